"""The words of a clause as the frame readers see them: tokens with offsets, their stems, and
the cue phrases of `resources/lexicon/frame_cues.txt` looked up by their first stem."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_

from core import resources
from core.text.arabic import normalize, stem, stems_of

_WORD = r"[^\W0-9٠-٩۰-۹]"
"""A word character other than the digits: one class test."""
_MARK = r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]"
"""Arabic marks and tatweel, which belong to the word they sit in."""
_PUNCT = '،,؛;:()«»"“”'
TOKEN = re.compile(
    f"(?=[\\w\u0610-\u061a\u064b-\u065f\u0670\u0640{_PUNCT}])"
    + f"(?:{_WORD}++(?:{_MARK}++{_WORD}*+)*+|[0-9٠-٩۰-۹]+|{_MARK}++(?:{_WORD}++{_MARK}*+)*+|[{_PUNCT}])"
)
r"""Runs of word characters (not the digits below) and Arabic marks; digit runs; single marks of
clause. A run is read as letters, then marks and letters by turns: each turn one single-class
repeat, where one repeated alternation («(?:letter|mark)+») tried both branches at every character.
The lookahead (any character a token starts with) turns a white space away in one class test, not
four failed branches; words, the most tokens, are tried first (the branches start with different
characters but tatweel, with which both runs read the same), and runs are possessive (nothing after
them could make them give back). A quarter fewer instructions than the plain alternation."""
CLAUSE_MARKS = set('،,؛;:()«»"“”')
COMMAS = set("،,؛;:")
YEAR = re.compile(r"^(?:A?H)?(\d{4})")
"""The year a date value starts with («2015-07-15», «AH1436»); its `fullmatch` is a year alone."""


Token = tuple[int, int, str]
_WORD_OF = itemgetter(2)
"""The word of a token (start, end, word)."""
_MATCH_START, _MATCH_END, _MATCH_WORD = re.Match.start, re.Match.end, re.Match.group


@lru_cache(maxsize=1024)
def words_before(text: str, start: int, n: int = 2) -> list[str]:
    """The N normalised words (at most) right before offset START of TEXT, each without a leading
    «و» («وبعد أربعة أيام», «ومن 3.9 بالمئة»): what a number's frame reads just before it."""
    return [w.removeprefix("و") for w in normalize(text[max(0, start - 12) : start]).split()[-n:]]


def clause_tokens(sentence: str) -> tuple[Token, ...]:
    """Tokens of a sentence, cached: every mention of a sentence reads the same tokens, and an
    article's frame passes (scope, base, roles) read its sentences again. A thousand sentences hold a
    long article without keeping megabytes of capped 2,000-character sentences alive. Three Match
    methods a token cost less than `findall` and a `str.find` for each word's offset (8 % fewer
    instructions)."""
    return tuple([(m.start(), m.end(), m[0]) for m in TOKEN.finditer(sentence)])


def clause_words(sentence: str) -> list[str]:
    """The words of `clause_tokens` (`[word for _, _, word in clause_tokens(sentence)]`), without their
    offsets: one `findall`, no tuple per token, for a reader that needs the offsets only where it
    finds something (the agents of a sentence: most name none)."""
    return TOKEN.findall(sentence)


@lru_cache(maxsize=1024)
def token_stems(toks: tuple[Token, ...]) -> list[str]:
    return stems_of(map(_WORD_OF, toks))


Clause = tuple[tuple[Token, ...], list[str], list[bool], list[int], list[int]]
"""A sentence as the frame readers read it: its tokens, the stem of each, whether each is a word (not
one of `CLAUSE_MARKS`), and the starts and the ends of the tokens (both in order). Shared: never
changed by a reader."""


@lru_cache(maxsize=1024)
def clause_parts(sentence: str) -> Clause:
    """The `Clause` of a sentence, cached by its text: scope, roles, aggregation and base read the same
    sentence, and a cache keyed by the text finds it by the text's hash, where `token_stems` hashes
    every token. The stems are `token_stems`' (`stem` of each token)."""
    found = list(TOKEN.finditer(sentence))  # `clause_tokens`, each column read in C
    starts, ends, words = list(map(_MATCH_START, found)), list(map(_MATCH_END, found)), list(map(_MATCH_WORD, found))
    is_word = list(map(not_, map(CLAUSE_MARKS.__contains__, words)))
    return tuple(zip(starts, ends, words, strict=True)), stems_of(words), is_word, starts, ends


def words_stems(stems: list[str], is_word: list[bool], start: int, stop: int) -> list[str]:
    """The stems of the words among tokens START..STOP-1 of a `Clause` (its marks left out), read
    from the sentence's stems."""
    return list(compress(stems[start:stop], is_word[start:stop]))


@lru_cache(maxsize=1)
def cue_groups() -> dict[str, tuple[tuple[str, ...], ...]]:
    """{cue group: stem sequences} from frame_cues.txt."""
    return {
        group: tuple(tuple(stem(p) for p in raw.split("_") if normalize(p)) for raw in words)
        for group, words in resources.read_groups("frame_cues").items()
    }


@lru_cache(maxsize=None)
def cue_heads(group: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """{first stem: cues of GROUP starting with it}."""
    heads: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for cue in cue_groups().get(group, ()):
        if cue:
            heads[cue[0]].append(cue)
    return {k: tuple(v) for k, v in heads.items()}


def has_cue(stems: list[str], group: str) -> bool:
    heads = cue_heads(group)
    if heads.keys().isdisjoint(stems):  # most windows: no stem a cue of GROUP starts with (one C-level test)
        return False
    for i, st in enumerate(stems):
        for cue in heads.get(st, ()):
            if tuple(stems[i : i + len(cue)]) == cue:
                return True
    return False
