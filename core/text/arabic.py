"""Arabic normalisation for matching, never for display.

Two levels:
- `fold_chars` maps character for character (same length), so offsets found in the folded string
  are offsets into the original: digits of every script → ASCII, alef/hamza seats → bare letters,
  alef maqsura → ya, ta marbuta → ha. Tashkeel and tatweel are kept (they are removed by `normalize`).
- `normalize` additionally drops tashkeel and tatweel and lower-cases Latin: the form used for
  fuzzy scoring and search.
`stem` folds clitics and inflection (و/ف/ب/ل/ك/ال prefixes, plural and pronoun suffixes) and maps
broken plurals and synonyms through the lexicon in `resources/lexicon/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from core import resources
from core.text.memo import Memo, self_filling

_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_CHAR_FOLD = str.maketrans(
    {
        **{d: str(i % 10) for i, d in enumerate(_DIGITS)},
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "ڤ": "ف",
        "گ": "ك",
        "٫": ".",
        "٬": ",",
        "،": ",",
        "؛": ";",
        "؟": "?",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
"""Harakat, shadda, sukun, Quranic marks and tatweel (U+0640)."""
_WORD = re.compile(r"[\u0600-\u06ff\w][\u0600-\u06ff\w]*")
"""A run of word characters or Arabic-block characters, written «[…][…]*», not «[…]+»: a pattern
that opens with a class lets the search skip the characters between words in one class test (one
that opens with a repeat is tried at each), and the Arabic range, first, answers most characters
without the Unicode category lookup of «\\w»."""


_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in _CHAR_FOLD.items())
"""No target is also a source, so replacing one character after the other is the same as translating."""


_CHAR_FOLD_SOURCES = frozenset(source for source, _ in _FOLD_PAIRS)
_FOLDABLE = re.compile("[" + "".join(source for source, _ in _FOLD_PAIRS) + "]")
_SHORT = 16
"""Below this length `str.translate` beats one scan per foldable character."""


def fold_chars(text: str) -> str:
    """Fold letters and digits one for one: `len(fold_chars(s)) == len(s)` always.

    Touches only the characters that change. A short text (a word: most calls) is returned after one
    regex scan when it has none, else translated; in a longer one each foldable character is looked
    for (a C scan) and replaced where present, 8–20× faster than `str.translate` with a dict, which
    calls back into Python for every character of the text."""
    if len(text) < _SHORT:
        return text if _FOLDABLE.search(text) is None else text.translate(_CHAR_FOLD)
    for source, target in _FOLD_PAIRS:
        if source in text:
            text = text.replace(source, target)
    return text


def normalize(text: str) -> str:
    """The matching form of a text: folded, without tashkeel or tatweel, Latin lower-cased.

    A word (most calls: the frame readers normalise the same words again and again) is looked up in
    a bounded memo; a longer text is normalised afresh, so no sentence is kept alive by the memo."""
    if len(text) <= _WORD_CHARS:
        return _normalize_word(text)
    return normalize_folded(fold_chars(text))


_WORD_CHARS = 24
"""Texts up to this length are memoised by `normalize`: words, not sentences."""


@lru_cache(maxsize=50_000)
def _normalize_word(word: str) -> str:
    """`normalize` of a short text; a run of plain Arabic letters (most words) is its own."""
    if _PLAIN_LETTERS.fullmatch(word) is not None:
        return word
    return normalize_folded(fold_chars(word))


_PLAIN_LETTERS = re.compile(
    "["
    + "".join(c for c in map(chr, range(0x0621, 0x064B)) if c not in _CHAR_FOLD_SOURCES and TASHKEEL.match(c) is None)
    + "]+"
)
"""Arabic letters that `fold_chars` keeps, that are no tashkeel or tatweel, and that have no case:
a word of them alone is already normalised (one regex match instead of three passes)."""


def normalize_folded(folded: str) -> str:
    """`normalize` of a text already folded by `fold_chars` (a slice of a folded document: since
    folding keeps every offset, a document is folded once and its sentences sliced from it)."""
    return TASHKEEL.sub("", folded).lower()


def words(text: str) -> list[str]:
    """Normalised word tokens of a text (digits stay tokens of their own)."""
    return _WORD.findall(normalize(text))


_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = (
    "اتهم",
    "اتها",
    "يهم",
    "ونها",
    "تهم",
    "تها",
    "هما",
    "كما",
    "تين",
    "تان",
    "ات",
    "ون",
    "ين",
    "ان",
    "يه",
    "ها",
    "هم",
    "هن",
    "كم",
    "نا",
    "يا",
    "تي",
    "ه",
    "ي",
    "ا",
)
_MIN_STEM = 3


_PREFIX = re.compile("|".join(_PREFIXES))
"""`_PREFIXES` run from the longest to the shortest, so the first alternative a word starts with is
its longest prefix; matched with the end of the search at three letters before the word's end, it
is the longest that leaves ≥ 3 letters (one C call, not a slice and a set lookup per length)."""
_SUFFIX = re.compile("(?:{0})(?:{0})?".format("|".join(s[::-1] for s in sorted(_SUFFIXES, key=len, reverse=True))))
"""Up to two suffixes of a reversed word, each the longest that still leaves ≥ 3 letters (the match
ends three letters before the reversed word's end). Where two of `_SUFFIXES` both end a word, one
ends the other, and the longer comes first in `_SUFFIXES`: the first in that order is the longest,
so the rule "the first of `_SUFFIXES` that fits, twice" is one match of the longest first."""


def light_stem(word: str) -> str:
    """Strip one clitic prefix and inflectional suffixes from a normalised word, keeping ≥ 3 letters."""
    return _LIGHT_STEMS[word]


def _light_stem(word: str) -> str:
    # a word of digits or of ≤ 3 letters holds no prefix or suffix that leaves 3 letters: no match
    prefix = _PREFIX.match(word, 0, len(word) - _MIN_STEM)
    return _strip_suffixes(word[prefix.end() :] if prefix is not None else word)


def _strip_suffixes(w: str) -> str:
    """W without up to two suffixes: each time the first of `_SUFFIXES` (in its order) that W ends
    with, leaving ≥ 3 letters."""
    suffixes = _SUFFIX.match(w[::-1], 0, len(w) - _MIN_STEM)
    return w if suffixes is None else w[: len(w) - suffixes.end()]


def _strip_prefix(w: str) -> str:
    """W without the longest of `_PREFIXES` it starts with that leaves ≥ 3 letters."""
    prefix = _PREFIX.match(w, 0, len(w) - _MIN_STEM)
    return w if prefix is None else w[prefix.end() :]


def _new_stem(word: str) -> str:
    """`stem` of a word not met yet, kept in `_STEM_MEMO`: the memo's own `__missing__`, so that a
    new word runs one Python function (`_strip_prefix` and `_strip_suffixes` inlined too: a call is
    a tenth of what a new word costs)."""
    if _PLAIN_LETTERS.fullmatch(word) is None and (w := normalize(word)) != word:
        s = stem(w)  # a plain word (most) is its own normal form
    else:
        lemmas = resources.lemmas()
        lemma = lemmas.get(word)
        if lemma is None:
            prefix = _PREFIX_MATCH(word, 0, len(word) - _MIN_STEM)
            if prefix is None:
                stripped = word
            else:
                stripped = word[prefix.end() :]
                lemma = lemmas.get(stripped)
            if lemma is None:
                suffixes = _SUFFIX_MATCH(stripped[::-1], 0, len(stripped) - _MIN_STEM)
                s = stripped if suffixes is None else stripped[: len(stripped) - suffixes.end()]
                lemma = lemmas.get(s)
        if lemma is not None:
            s = light_stem(lemma)
    if len(_STEM_MEMO) >= _STEM_MEMO_WORDS:
        _STEM_MEMO.clear()
    _STEM_MEMO[word] = s
    return s


_PREFIX_MATCH = _PREFIX.match
_SUFFIX_MATCH = _SUFFIX.match


_STEM_MEMO_WORDS = 200_000
_STEM_MEMO: dict[str, str] = self_filling(_new_stem)
"""{word: stem}: a dict lookup done in C for every word of a text (an `lru_cache` moved each hit to
the front of its order first, and made a link object for each word met); emptied once it holds
`_STEM_MEMO_WORDS` words."""
_LIGHT_STEMS: Memo[str, str] = Memo(_light_stem, _STEM_MEMO_WORDS)

stem: Callable[[str], str] = _STEM_MEMO.__getitem__
"""The matching key of a word: the light stem of its lexicon lemma, else of the word itself.

Stemming the lemma too makes «حافلة», «حافلات» and «بالحافلات» meet at one key. A word not
normalised yet is stemmed as its normalised form (`normalize` is idempotent), through the memo:
the frame readers stem words as written, the search text and profiles the same words normalised."""


def stems_of(words: Iterable[str]) -> list[str]:
    """`stem` of each of WORDS, in order: the bulk form, for every word of a sentence."""
    return list(map(_STEM_MEMO.__getitem__, words))


def stems(text: str) -> list[str]:
    """Stems of every word of a text, in order."""
    return stems_of(words(text))


def stems_folded(folded: str) -> list[str]:
    """`stems` of a text already passed through `fold_chars`."""
    return stems_of(_WORD.findall(normalize_folded(folded)))


def words_of_normalized(norm: str) -> list[str]:
    """The words of a text already normalised (`words` without normalising again)."""
    return _WORD.findall(norm)
