"""English number words, for English articles and captions: «three hundred», «twenty-five»,
«1.5 million», «several hundred», «thousands of». Vocabulary in `numbers/english.txt`."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from core.mentions.numbers.lexicon import lexicon, read_lines
from core.mentions.numbers.tokens import Token


class English(NamedTuple):
    words: dict[str, tuple[str, int]]
    """word → (class, value): units, tens, hundred, scale, vague."""
    not_counted: frozenset[str]


@lru_cache(maxsize=1)
def english() -> English:
    words: dict[str, tuple[str, int]] = {}
    not_counted: set[str] = set()
    for head, forms in read_lines("english"):
        parts = head.split()
        if parts[0] == "not-counted":
            not_counted.update(forms)
            continue
        for f in forms:
            words[f] = (parts[0], int(parts[1]))
    return English(words, frozenset(not_counted))


class EnglishNumber(NamedTuple):
    value: float
    end: int
    vague: bool


def _joined(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a and b are one phrase: only spaces, or a hyphen, between them («twenty-five»)."""
    return b < len(tokens) and text[tokens[a].end : tokens[b].start].strip() in ("", "-")


def read_english(text: str, tokens: list[Token], i: int) -> EnglishNumber | None:
    """The English number phrase at token i (a Latin word), or None."""
    table = english().words
    hit = table.get(tokens[i].key)
    if hit is None:
        return None
    if hit[0] == "vague":
        return EnglishNumber(hit[1], i + 1, True)
    total = group = 0.0
    j = i
    last = ""
    while j < len(tokens):
        if (
            tokens[j].key == "-"
            and j > i
            and _joined(text, tokens, j - 1, j + 1)
            and tokens[j - 1].end == tokens[j].start
            and j + 1 < len(tokens)
            and tokens[j + 1].kind == "lat"
        ):
            j += 1  # «twenty-five»
        if tokens[j].kind != "lat":
            break
        cls, v = table.get(tokens[j].key, ("", 0))
        if not cls or cls == "vague" or (j > i and not _joined(text, tokens, j - 1, j)):
            if (
                tokens[j].key == "and"
                and last in ("hundred", "scale")
                and j + 1 < len(tokens)
                and table.get(tokens[j + 1].key, ("",))[0] in ("units", "tens")
            ):
                j += 1
                continue
            break
        if cls == "units" and last not in ("", "tens", "hundred", "scale"):
            break
        if cls == "tens" and last not in ("", "hundred", "scale"):
            break
        if cls == "hundred":
            group = (group or 1) * v
        elif cls == "scale":
            total += (group or 1) * v
            group = 0
        else:
            group += v
        last = cls
        j += 1
    if j == i:
        return None
    return EnglishNumber(total + group, j, False)


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """Capitalised English words that may stand before a quantity («Around 300», «In 2017»):
    not-counted words, qualifier and year-context words, month names. Other capitalised words right
    before digits name a product or a code («ISO 9001», «Windows 10»)."""
    lex = lexicon()
    words = set(english().not_counted) | set(english().words)
    for phrases in (lex.before, lex.after, lex.months, lex.words("year-context")):
        words.update(w for phrase in phrases for w in phrase if w.isascii())
    return frozenset(words)


def english_scale(key: str) -> int | None:
    """«million» after digits («1.5 million»)."""
    hit = english().words.get(key)
    return hit[1] if hit and hit[0] in ("scale", "hundred") else None


def english_counted(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The English noun after a number («85 fighters» → «fighter»)."""
    if j >= len(tokens) or tokens[j].kind != "lat":
        return None
    key = tokens[j].key
    if key in english().not_counted or key in english().words or len(key) < 3:
        return None
    if key.endswith("ies") and len(key) > 4:
        key = key[:-3] + "y"
    elif key.endswith(("ses", "xes", "ches", "shes")):
        key = key[:-2]  # «buses», «boxes»
    elif key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    return key, j + 1
