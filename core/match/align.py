"""Cross-document sentence alignment: which sentences of different articles report the same thing.

Outlets reorder freely and split or merge sentences, so alignment is non-monotonic and
many-to-many. Fuzzy string scores alone do not align paraphrases (FINDINGS.md), so a sentence is
described by what carries paraphrase: stems (clitics and broken plurals folded), synonym classes
from `resources/lexicon/synonyms.txt`, and the values of its number mentions. Terms are weighted
by their rarity in the folder (IDF), pairs are generated only through shared rare terms (an
inverted index, so the work grows with the candidates, not with all pairs), and scored by a
weighted overlap blended with rapidfuzz's token-set ratio.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz

from core.ids import folder_order
from core.match.fuzzy_bound import WordsOf, short_of
from core.match.pair_budget import ALIGN_PAIRS, ALIGN_PAIRS_PER_SENTENCE, within_budget
from core.match.sentence_terms import sentence_readings
from core.model import Alignment, Mention, Sentence, by_fields

THRESHOLD = 0.25
"""Pairs scoring at least this are aligned (tuned on the seeds, checked on other clusters)."""
MAX_POSTING = 400
"""Terms in more sentences than this do not generate candidates (they still count in the score)."""
STORY_WORD_DAMPING = 0.5
MIN_DOCS_FOR_DAMPING = 3
"""With fewer articles, a word in all of them says little about being story-wide."""
LEAD_SENTENCES = 3
"""An article's title and first two sentences are its lead: what the article is mainly about."""
LEAD_THRESHOLD = 0.20
"""Two leads are aligned from this score on when they share a word that is not story-wide (see align)."""
COMMON_PARTNERS = 2
"""Two sentences of different articles that are each aligned with this many of the same sentences
are aligned too, from `COMMON_PARTNERS_THRESHOLD` on (see `Similarity.align`)."""
COMMON_PARTNERS_THRESHOLD = 0.15
"""What two sentences with common partners must still share of their own wording."""
NUMBER_WEIGHT = 1.5
"""A shared quantity (same value) weighs this much more than a word of the same rarity."""


@dataclass(frozen=True, slots=True)
class Profile:
    """What a sentence is compared on."""

    sid: str
    doc: str
    terms: frozenset[str]
    norm: str
    rank: int = 0
    """Place among its article's non-furniture sentences (0: the title)."""

    __reduce__ = by_fields


def profiles(
    texts: dict[str, str],
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    *,
    folded: bool = False,
    words: dict[str, tuple[str, list[str]]] | None = None,
) -> list[Profile]:
    """Profiles of the non-furniture sentences; `texts` maps document id → text (already passed
    through `fold_chars` when FOLDED: a document is folded once for every stage). WORDS: {sentence
    id: (its normalised text, the words of it)} where the caller has them (`core.text.arabic.words_of_normalized`)."""
    out = []
    ranks: dict[str, int] = defaultdict(int)
    for s, norm, terms in sentence_readings(texts, sentences, mentions, folded=folded, words=words):
        rank = ranks[s.doc]
        ranks[s.doc] += 1
        out.append(Profile(s.id, s.doc, frozenset(terms), norm, rank))
    return out


def _idf(profs: list[Profile], damped: bool = True) -> dict[str, float]:
    """Rarity of each term among the sentences, damped (for alignment) for terms found in every article.

    A word every article of a story uses (its place, its actors: «دير الزور», «التحالف»)
    identifies the story, not the statement: it weighs `STORY_WORD_DAMPING` of its rarity."""
    return _idfs(profs)[0 if damped else 1]


def _idfs(profs: list[Profile]) -> tuple[dict[str, float], dict[str, float]]:
    """`_idf` damped and not, counted in one pass over the terms (a story's setup counted them twice)."""
    df = Counter(chain.from_iterable(p.terms for p in profs))
    terms_of_doc: dict[str, set[str]] = {}
    for p in profs:
        known = terms_of_doc.get(p.doc)
        if known is None:
            terms_of_doc[p.doc] = set(p.terms)
        else:
            known |= p.terms
    doc_count = Counter(chain.from_iterable(terms_of_doc.values()))  # articles with the term
    n = len(profs)
    n_docs = len(terms_of_doc)
    damp = n_docs >= MIN_DOCS_FOR_DAMPING
    # a term's weight follows from its count alone: one log per count (the same expression, the same
    # floats), a word's weight that log (times 1.0: itself), a number's times NUMBER_WEIGHT
    log_of = {c: math.log((n + 1) / (c + 0.5)) for c in set(df.values())}
    plain = {t: log_of[c] for t, c in df.items()}
    for t in [t for t in plain if t.startswith("#")]:
        plain[t] = log_of[df[t]] * NUMBER_WEIGHT
    damped = dict(plain)
    if damp:
        for t in [t for t, k in doc_count.items() if k == n_docs and not t.startswith("#")]:
            damped[t] = plain[t] * STORY_WORD_DAMPING
    return damped, plain


def _candidate_partners(profs: list[Profile], idf: dict[str, float]) -> Iterator[tuple[int, list[int]]]:
    """Each sentence i with a partner, and its partners j (i < j, of a different article, sharing a term
    not too common), ascending: each sentence's partners are the union of its terms' posting lists (made
    and sorted in C), from the first sentence of a later article on. By sentence, not by pair: `align`
    reads a sentence's fields once for all its partners, and no tuple is made per pair."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profs):
        for t in p.terms:
            postings[t].append(i)
    terms = [t for t, plist in postings.items() if len(plist) <= MAX_POSTING]
    plists = [postings[t] for t in terms]
    budget = max(ALIGN_PAIRS, ALIGN_PAIRS_PER_SENTENCE * len(profs))  # rarest terms first (core.match.pair_budget)
    kept = within_budget(plists, budget)
    telling = {t: plist for t, plist, keep in zip(terms, plists, kept, strict=True) if keep and len(plist) > 1}
    docs = [p.doc for p in profs]
    later = _later_articles(docs)
    union = set().union
    for i, p in enumerate(profs):
        lists = [plist for plist in map(telling.get, p.terms) if plist is not None]
        if not lists:
            continue
        partners = sorted(union(*lists))
        if later is not None:
            partners = partners[bisect_left(partners, later[i]) :]
        else:
            doc = docs[i]
            partners = [j for j in partners[bisect_right(partners, i) :] if docs[j] != doc]
        if partners:
            yield i, partners


def _later_articles(docs: list[str]) -> list[int] | None:
    """Per sentence, where the sentences of the next article start; None when the sentences of an
    article are not next to each other (a story lists them article by article)."""
    later = [0] * len(docs)
    seen: set[str] = set()
    start = len(docs)
    for i in range(len(docs) - 1, -1, -1):
        if i + 1 == len(docs) or docs[i] != docs[i + 1]:
            if docs[i] in seen:
                return None
            seen.add(docs[i])
            start = i + 1
        later[i] = start
    return later


def pair_score(
    a: Profile, b: Profile, idf: dict[str, float], weights: dict[str, float] | None = None, at_least: float = 0.0
) -> tuple[float, list[str]]:
    """Score in [0, 1] and the shared terms, most telling first.

    `weights` caches each profile's summed term weight; a pair that cannot reach `at_least`
    even with a perfect fuzzy score is returned as 0 without the fuzzy comparison."""
    score, shared = _scored(a, b, idf, weights, at_least)
    return score, _ranked(shared, idf)


def _ranked(shared: frozenset[str], idf: dict[str, float]) -> list[str]:
    """SHARED by weight, heaviest first, then alphabetically: sorted alphabetically, then stably by
    weight (two C sorts, no key tuples: this runs for every pair aligned)."""
    ranked = sorted(shared)
    ranked.sort(key=idf.__getitem__, reverse=True)  # `reverse` keeps the ties in their order
    return ranked


_NONE: frozenset[str] = frozenset()


def _scored(
    a: Profile,
    b: Profile,
    idf: dict[str, float],
    weights: dict[str, float] | None = None,
    at_least: float = 0.0,
    ratios: dict[tuple[str, str], float] | None = None,
) -> tuple[float, frozenset[str]]:
    """`pair_score` with the shared terms as a set: ranking them is only needed for a pair kept.
    RATIOS: the token-set ratios of text pairs already compared (`Similarity.align` fills it)."""
    shared = a.terms & b.terms
    if not shared:
        return 0.0, _NONE
    # sums over sets are exactly rounded (fsum): a set's order follows the process's string hashes,
    # and a plain sum in it gave a worker and a serial run scores one unit apart in the last digit
    wa = weights[a.sid] if weights is not None else math.fsum(idf[t] for t in a.terms)
    wb = weights[b.sid] if weights is not None else math.fsum(idf[t] for t in b.terms)
    ws = math.fsum(map(idf.__getitem__, shared))
    overlap = ws / math.sqrt(wa * wb) if wa and wb else 0.0
    if 0.8 * overlap + 0.2 < at_least:
        return 0.0, _NONE
    known = ratios.get((a.norm, b.norm)) if ratios is not None else None
    if known is None:
        known = fuzz.token_set_ratio(a.norm, b.norm)
        if ratios is not None:
            ratios[(a.norm, b.norm)] = ratios[(b.norm, a.norm)] = known
    fuzzy = known / 100.0
    return 0.8 * overlap + 0.2 * fuzzy, shared


class _Weights(dict[str, float]):
    """Each profile's summed term weight, summed when first asked for."""

    def __init__(self, by_id: dict[str, Profile], idf: dict[str, float]) -> None:
        super().__init__()
        self._by_id = by_id
        self._idf = idf

    def __missing__(self, sid: str) -> float:
        idf = self._idf
        total = self[sid] = math.fsum(map(idf.__getitem__, self._by_id[sid].terms))
        return total


class Similarity:
    """Sentence profiles and term weights of one folder; scores any two sentences on demand."""

    def __init__(self, texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention]):
        self._setup(profiles(texts, sentences, mentions))

    @classmethod
    def of_profiles(cls, profs: list[Profile]) -> Similarity:
        """Similarity within these sentences only (one story): their own term weights."""
        sim = cls.__new__(cls)
        sim._setup(profs)
        return sim

    def _setup(self, profs: list[Profile]) -> None:
        self.profiles = profs
        self.idf, self.context_idf = _idfs(self.profiles)
        self._story_words = frozenset(t for t, w in self.idf.items() if w < self.context_idf[t])
        self._by_id = {p.sid: p for p in self.profiles}
        self._rank = {p.sid: k for k, p in enumerate(sorted(self.profiles, key=lambda p: folder_order(p.sid)))}
        get = self.idf.__getitem__
        self._weights = {p.sid: math.fsum(map(get, p.terms)) for p in self.profiles}
        self._context_weights = _Weights(self._by_id, self.context_idf)  # only the facts stage asks, for few
        self._contexts: dict[tuple[str, str], float] = {}
        self._ratios: dict[tuple[str, str], float] = {}  # copies repeat sentences: each text pair compared once

    def score(self, a: str, b: str) -> float:
        """Alignment similarity of two sentences by id (0 for furniture or unknown ids)."""
        pa, pb = self._by_id.get(a), self._by_id.get(b)
        return _scored(pa, pb, self.idf, self._weights, ratios=self._ratios)[0] if pa and pb else 0.0

    def context(self, a: str, b: str) -> float:
        """How much two sentences share, story-wide words included: for deciding whether two
        numbers speak of the same thing, that the story's place and actors are named counts.
        Kept per sentence pair: the facts stage asks it for every pair of numbers, and a sentence
        holding thousands of numbers (a long line without a full stop) would be scored thousands
        of times over."""
        known = self._contexts.get((a, b))
        if known is None:
            pa, pb = self._by_id.get(a), self._by_id.get(b)
            known = (
                _scored(pa, pb, self.context_idf, self._context_weights, ratios=self._ratios)[0] if pa and pb else 0.0
            )
            self._contexts[(a, b)] = known
        return known

    def align(self, threshold: float = THRESHOLD) -> list[Alignment]:
        """Aligned sentence pairs across documents, best first.

        Two leads need less (`LEAD_THRESHOLD`) provided they share a word that is not story-wide:
        leads sharing only the story's place and actors may still tell different news."""
        profs, idf = self.profiles, self.idf
        weight_of, story_words = idf.__getitem__, self._story_words
        lead_needed = min(threshold, LEAD_THRESHOLD)
        sqrt, fsum, ratio = math.sqrt, math.fsum, fuzz.token_set_ratio
        out: list[Alignment] = []
        ratios = self._ratios  # kept for `context`: the facts stage compares many of these pairs again
        norms = [p.norm for p in profs]
        words = WordsOf(norms)
        # each profile's fields in lists, read by index: this loop runs once per candidate pair
        terms = [p.terms for p in profs]
        weights = [self._weights[p.sid] for p in profs]
        leads = [p.rank < LEAD_SENTENCES for p in profs]
        # `_scored` written out (the same operations, so the same floats): this runs once per candidate pair
        for i, partners in _candidate_partners(profs, idf):  # in order: ties keep one order whatever the string hashes
            terms_i, weight_i, norm_i, lead_i = terms[i], weights[i], norms[i], leads[i]
            for j in partners:
                # both sentences lead their articles: news puts the main event first (the inverted pyramid),
                # so the leads of one story's articles tend to report the same thing in different words
                needed = lead_needed if lead_i and leads[j] else threshold
                shared = terms_i & terms[j]
                score = 0.0
                if shared:
                    wb = weights[j]
                    ws = fsum(map(weight_of, shared))
                    overlap = ws / sqrt(weight_i * wb) if weight_i and wb else 0.0
                    if 0.8 * overlap + 0.2 < needed:
                        continue  # no ratio could bring it to NEEDED: score 0, not kept
                    nb = norms[j]
                    fuzzy = ratios.get((norm_i, nb))
                    if fuzzy is None and 0.8 * overlap + 0.1 < needed and short_of(words[i], words[j], overlap, needed):
                        continue  # no ratio could make up for the overlap (a ratio under 50 would not do)
                    if fuzzy is None:
                        fuzzy = ratios[(norm_i, nb)] = ratios[(nb, norm_i)] = ratio(norm_i, nb)
                    score = 0.8 * overlap + 0.2 * (fuzzy / 100.0)
                if score >= threshold or (score >= needed and not shared <= story_words):
                    why = "shared: " + " ".join([t.lstrip("=!") for t in _ranked(shared, idf)[:6]])
                    out.append(Alignment(profs[i].sid, profs[j].sid, round(score, 3), why))
        out += self._common_partners(out)
        out.sort(key=lambda al: -al.score)
        return out

    def _common_partners(self, aligned: list[Alignment]) -> list[Alignment]:
        """Pairs of sentences of different articles, not ALIGNED yet, each aligned with
        `COMMON_PARTNERS` or more of the same sentences and scoring `COMMON_PARTNERS_THRESHOLD`.

        Outlets tell one thing in many words: a title and a lead that both match the same two
        sentences of two other articles report what those report, though they share too few words
        with each other to be aligned on their own («تركيا تنفذ أولى غاراتها ضد داعش» and «الطائرات
        المقاتلة التركية قصفت مقرين»). Two partners, not one: one chance likeness does not chain."""
        partners: dict[str, set[str]] = defaultdict(set)
        for al in aligned:
            partners[al.a].add(al.b)
            partners[al.b].add(al.a)
        rank = self._rank  # the profiles' order: the folder's (sentence ids sorted by `folder_order`)
        have = {(al.a, al.b) if rank[al.a] < rank[al.b] else (al.b, al.a) for al in aligned}
        doc = {sid: self._by_id[sid].doc for sid in partners}
        out: list[Alignment] = []
        for middle in sorted(partners, key=rank.__getitem__):
            ends = sorted(partners[middle], key=rank.__getitem__)
            for k, x in enumerate(ends):
                for y in ends[k + 1 :]:
                    if doc[x] == doc[y] or (x, y) in have:
                        continue
                    have.add((x, y))
                    common = partners[x] & partners[y]
                    if len(common) < COMMON_PARTNERS:
                        continue
                    score, shared = _scored(
                        self._by_id[x], self._by_id[y], self.idf, self._weights, ratios=self._ratios
                    )
                    if score >= COMMON_PARTNERS_THRESHOLD:
                        words = " ".join([t.lstrip("=!") for t in _ranked(shared, self.idf)[:6]])
                        why = f"aligned with {len(common)} of the same sentences; shared: {words}"
                        out.append(Alignment(x, y, round(score, 3), why))
        return out
