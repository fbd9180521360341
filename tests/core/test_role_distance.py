"""Distances between a role word and a number: the running counts give what `words_between` counts."""

from core.match.clause import COMMAS, clause_tokens
from core.match.roles import CLAUSE_PENALTY, running_counts, words_between


def test_running_counts_give_words_between_for_every_pair_of_tokens():
    toks = clause_tokens("قُتل 85 مقاتلاً، وأصيب ٣٠ آخرون (بينهم أطفال)؛ «وفق» مصادر طبية: ثلاثة منهم بحروق")
    words_to, commas_to, blocked_to = running_counts(toks, [(1, 1), (5, 5)], [False, True])
    for a in range(len(toks)):
        for b in range(a + 1, len(toks) + 1):
            commas = commas_to[b] - commas_to[a]
            assert words_to[b] - words_to[a] + 1 + CLAUSE_PENALTY * commas == words_between(toks[a:b])
            assert commas == sum(w in COMMAS for _, _, w in toks[a:b])
            assert (blocked_to[b] != blocked_to[a]) == (a <= 1 < b)  # the date at 5 is an adjunct
