"""Tokens with offsets: the reader works on words, digit groups and single punctuation marks.

The text is folded with `fold_chars` (same length, so token offsets are offsets into the original):
Arabic-Indic and Persian digits become ASCII, «٫» becomes «.», «٬» and «،» become «,».
«1,250,000», «9.777.000» and «1 250 000» (groups of three after a space; no-break and thin
spaces are made plain before, see `marks`) are one token each. Digits and
letters are separate tokens even when glued («ودمر40» → «ودمر», «40»). Each token carries a `key`:
its folded form without tashkeel or tatweel (Latin lower-cased), the form the lexicon is keyed by.
Tokens inside URLs, e-mail addresses and domain names are dropped: their digits are no quantities.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from core.text.arabic import TASHKEEL, fold_chars

_TOKEN = re.compile(
    r"(?=[^\s\u0640\u064b-\u065f\u0670])"
    r"(?:(?P<ar>[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]"
    r"[\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06fa-\u06ff]*)"
    r"|(?P<lat>[A-Za-z]+)"
    r"|(?P<num>(?=[\d.])(?:(?<![\d.,])\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,]|\.\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    r"|(?<![\d.,])\d+,(?!\d{3}(?!\d))\d+(?![\d,.])"
    r"|\d+(?:\.\d+)?|(?<![\w.])\.\d+))"
    r"|(?P<p>[^\s\u0640\u064b-\u065f\u0670]))"
)
"""Words first (most tokens are), and a digit group tried only where a digit or a dot stands: the
three kinds start with different characters, so their order changes no token, and the regex runs
half the instructions it ran with digit groups tried first at every word and space. Every token
starts with a character the lookahead lets through (a mark's class), so it turns a white space
away in one class test, where the four branches failed one by one (5 % of `tokenize`)."""
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_AT_DOMAIN = re.compile(r"@[\w-]+\.[\w.]+")
_MAIL_LOCAL = re.compile(r"[\w.+-]")
_DOTTED_RUN = re.compile(r"(?<![\w-])[\w-]++(?:\.[\w-]++)++")
"""Words joined by dots, read possessively: each run of the text is read once, never re-tried
from inside (the one regex it replaces backtracked: «ab.» × 7,000 took 16 s)."""
_TLDS = frozenset("com net org gov edu info int io co tv me sa ae eg ma dz tn qa kw bh om jo lb sy iq uk fr".split())
_WEB_HINT = re.compile(r"://|www\.|@|\.[A-Za-z]{2,4}\b")
"""Cheap test before the address patterns: most articles have no address at all."""


def web_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and domain names («alarabiya.net/ar»), merged where they
    overlap, in order; linear in the text whatever it holds."""
    spans = [m.span() for m in _URL.finditer(text)]
    last_end = 0
    for m in _AT_DOMAIN.finditer(text):
        start = m.start()
        while start > last_end and _MAIL_LOCAL.match(text, start - 1):
            start -= 1
        if start < m.start():
            spans.append((start, m.end()))
            last_end = m.end()
    for m in _DOTTED_RUN.finditer(text):
        labels = m[0].split(".")
        offset = m.start() + len(labels[0]) + 1
        end = -1
        for label in labels[1:]:
            top = label.split("-", 1)[0]
            if top.lower() in _TLDS and top.isascii():
                end = offset + len(top)
            offset += len(label) + 1
        if end < 0:
            continue
        if end == m.end() and text.startswith("/", end):
            end = len(text) if (path := _NOT_SPACE_END.search(text, end)) is None else path.start()
        spans.append((m.start(), end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_NOT_SPACE_END = re.compile(r"\s")


class Token(NamedTuple):
    start: int
    end: int
    kind: str
    """num (a digit group, key without «,»), ar (Arabic word), lat (Latin word), p (one mark)."""
    key: str


@lru_cache(maxsize=100_000)
def word_key(folded: str) -> str:
    """The lexicon key of an Arabic or Latin word: no tashkeel or tatweel, Latin lower-cased."""
    return TASHKEEL.sub("", folded).lower()


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` in order, with offsets into `text`."""
    folded = fold_chars(text)
    web = web_spans(folded) if _WEB_HINT.search(folded) else []
    new, token = tuple.__new__, Token  # a Token made without NamedTuple's Python-level __new__
    if not web and TASHKEEL.search(folded) is None:
        # most sentences: no address, no tashkeel; an Arabic word or a mark is then its own key
        # (Arabic has no case), made in one comprehension, the other kinds by `_keyed`
        tokens = [
            new(token, (m.start(), m.end(), kind, m[0])) if (kind := m.lastgroup) in _OWN_KEY else _keyed(m)
            for m in _TOKEN.finditer(folded)
        ]
    elif not web:
        # tashkeel (a third of the sentences): an Arabic word's key is its `word_key`, a mark's its text
        tokens = [
            new(token, (m.start(), m.end(), kind, word_key(m[0]))) if (kind := m.lastgroup) == "ar" else _keyed(m)
            for m in _TOKEN.finditer(folded)
        ]
    else:
        tokens = []
        in_web = 0  # index into `web`, moving forward with the tokens (no scan of every span per token)
        for m in _TOKEN.finditer(folded):
            s = m.start()
            while in_web < len(web) and web[in_web][1] <= s:
                in_web += 1
            if in_web < len(web) and web[in_web][0] <= s:
                continue
            tokens.append(_keyed(m))
    return _unbracketed(tokens) if "(" in folded else tokens  # a «(» token needs a «(» in the text


_OWN_KEY = frozenset({"ar", "p"})


def _keyed(m: re.Match[str]) -> Token:
    """The token of a match, with its key."""
    kind = m.lastgroup or "p"
    g = m[0]
    if kind == "num":
        # «1,250,000»; «9.777.000» (dots between groups of three are thousands separators too);
        # «69,68» and «0,3»: a comma before other than three digits is a decimal comma
        if "," in g and "." not in g and " " not in g and g.count(",") == 1 and len(g.split(",")[1]) != 3:
            key = g.replace(",", ".")
        else:
            key = g.replace(",", "").replace(" ", "") if g.count(".") < 2 else g.replace(".", "")
    elif kind == "p":
        key = g
    else:
        key = word_key(g)
    return tuple.__new__(Token, (m.start(), m.end(), kind, key))


_KEY = itemgetter(3)
"""`Token.key` as a C-level getter."""
LABEL_FOLLOWERS = frozenset({"و", "من", "في"})
"""Words after «الدورتين (35)» that leave the bracketed number a name; a noun there is what it counts
(«ضبطت الهيئة (1.489) جهازاً»)."""


def _unbracketed(tokens: list[Token]) -> list[Token]:
    """Without the brackets that wrap a lone digit group: «لأكثر من (1300) حالة», «لـ(92) حالة» read
    as «لأكثر من 1300 حالة» (a qualifier before, a noun after; `quantity.spaced` skips the brackets).
    Brackets after a definite noun name something («الدورتين (35) و(10) من المستفيدين»: courses 35 and
    10) and are kept, with the brackets chained to them by «و»."""
    drop: set[int] = set()
    labels = False
    last = len(tokens) - 2
    for k in compress(count(), map("(".__eq__, map(_KEY, tokens))):  # the «(» tokens, found in C
        if k >= last:
            break
        if tokens[k + 1].kind == "num" and tokens[k + 2].key == ")":
            before = tokens[k - 1] if k else None
            after = tokens[k + 3] if k + 3 < len(tokens) else None
            unnamed = after is not None and after.kind == "ar" and after.key not in LABEL_FOLLOWERS
            named = before is not None and before.kind == "ar" and before.key.startswith("ال") and len(before.key) > 3
            named = named and not unnamed
            labels = named or (labels and before is not None and before.key == "و" and tokens[k - 2].key == ")")
            if not labels:
                drop.update((k, k + 2))
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span with both brackets of «(1300)» when it holds one (`tokens` reads through them)."""
    span = text[start:end]
    if span.count("(") > span.count(")") and text[end : end + 1] == ")":
        end += 1
    elif span.count(")") > span.count("(") and text[start - 1 : start] == "(":
        start -= 1
    return start, end
