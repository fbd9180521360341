"""The number reader: every quantity in a string, with its span, value, kind, qualifier and the
noun it counts.

A mention is read in three steps: the core (digits, number words, a vague plural such as
«العشرات», a dual such as «عامين», an ordinal), then what follows it (a month makes it a date, a
unit gives its kind, a noun is what it counts), then what precedes it (a qualifier such as «نحو»,
«الساعة» for a time, «العام» for a year, the noun of «الحافلات الـ 11»). Codes and model names
(«سو-34», «F-16»), phone numbers and digits inside identifiers are not quantities.
"""
from __future__ import annotations

from dataclasses import dataclass

from core import lexicon
from core.arabic import stem
from core.model import Kind, NumberMention, Qualifier
from core.numbers import dates, tables
from core.numbers.tokens import Token, tokenize
from core.numbers.values import as_number, fraction_after, parse_digits, read_words, word_value

_TIME_WORDS = frozenset({"الساعه", "ساعه", "بالساعه", "للساعه", "الساعة"})
_OF = frozenset({"من"})
_DUAL_ENDINGS = ("تين", "تان", "ين", "ان")


@dataclass(slots=True)
class _Draft:
    first: int
    last: int  # index after the last token of the mention
    value: int | float | str
    kind: Kind = "count"
    qualifier: Qualifier = "exact"
    counted: str = ""


def _is_code(text: str, tok: Token) -> bool:
    """«سو-34», «F-16», «A320», phone numbers, digits in URLs or identifiers."""
    before = text[max(0, tok.start - 2):tok.start]
    after = text[tok.end:tok.end + 2]
    if before.endswith("-") and len(before) == 2 and before[0].isalpha():
        return True
    if before[-1:].isascii() and before[-1:].isalpha() or after[:1].isascii() and after[:1].isalpha():
        return True
    if after.startswith("-") and after[1:2].isalpha():
        return True
    if before.endswith(("/", "+", "#", "@", "_", ":")) or after.startswith(("/", "@", "_")):
        return True
    if "." in tok.norm or "," in tok.norm:
        return False
    return (tok.norm.startswith("0") and len(tok.norm) >= 7) or len(tok.norm) >= 10


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start].strip()


def _content_noun(tok: Token) -> bool:
    """Whether a token can be the noun a number counts (not a function word or another number)."""
    if tok.is_digits or tok.norm in lexicon.stopwords() or len(tok.norm) < 2:
        return False
    return word_value(tok) is None and dates.month_at([tok], 0) is None


def _core(text: str, toks: list[Token], i: int, want_ordinals: bool) -> _Draft | None:
    tok = toks[i]
    if tok.is_digits:
        if _is_code(text, tok):
            return None
        value = parse_digits(tok.norm)
        if value is None:
            return None
        j = i + 1
        frac = fraction_after(toks, j)
        if frac:
            value, j = value + frac[0], frac[1]
        elif j < len(toks) and not _gap(text, tok, toks[j]):
            wv = word_value(toks[j])
            if wv and wv[1]:
                value, j = value * wv[0], j + 1
        if text[max(0, tok.start - 1):tok.start] == "-" and (tok.start < 2 or text[tok.start - 2].isspace()):
            value = -value
        return _Draft(i, j, as_number(value))
    words = read_words(toks, i, text)
    if words:
        value, j = words
        frac = fraction_after(toks, j)
        if frac:
            return _Draft(i, frac[1], as_number(value + frac[0]))
        vague = tables.strip_clitic(tok.norm, tables.multipliers()) is not None and j == i + 1
        return _Draft(i, j, value, qualifier="vague" if vague else "exact")
    found = tables.strip_clitic(tok.norm, tables.ordinals())
    if found:
        value, j = tables.ordinals()[found[0]], i + 1
        if j < len(toks) and toks[j].norm in ("عشر", "عشره"):
            value, j = value + 10, j + 1
        elif j < len(toks):
            k = j + 1 if toks[j].norm == "و" else j
            more = read_words(toks, k, text) if k < len(toks) else None
            if more and (k > j or toks[j].norm.startswith("و")):
                value, j = value + more[0], more[1]
        date = dates.date_after_day(text, toks, value, j)
        if date:
            return _Draft(i, date[1], date[0], kind="date")
        return _Draft(i, j, value, kind="ordinal") if want_ordinals else None
    return _dual(tok, i)


def _dual(tok: Token, i: int) -> _Draft | None:
    """«عامين», «طائرتين», «قياديان»: a countable noun in the dual is the count 2.

    -ين is also the sound masculine plural («مقاتلين»), so it counts as a dual only for nouns
    listed in dual_nouns.txt; -ان, -تين and -تان do for any countable noun.
    """
    word = tok.norm
    for clitic in ("", *tables.CLITICS):
        if clitic and not word.startswith(clitic):
            continue
        rest = word[len(clitic):]
        for ending in _DUAL_ENDINGS:
            if not rest.endswith(ending) or len(rest) - len(ending) < 2:
                continue
            base = rest[: -len(ending)]
            if ending.startswith("ت"):
                base, allowed = base + "ه", tables.countable_bases()
            else:
                allowed = tables.dual_bases() if ending == "ين" else tables.countable_bases()
            if base in allowed and not base.endswith("ه") or ending.startswith("ت") and base in allowed:
                return _Draft(i, i + 1, 2, counted=stem(base))
            break
    return None


def _after(text: str, toks: list[Token], d: _Draft) -> None:
    """Date, unit, percent or counted noun after the core."""
    units = tables.unit_kinds()
    j = d.last
    if isinstance(d.value, (int, float)) and d.kind == "count" and d.qualifier == "exact" and not d.counted:
        date = dates.date_after_day(text, toks, int(d.value), j) if float(d.value).is_integer() else None
        if date:
            d.value, d.last, d.kind = date[0], date[1], "date"
            return
    if d.kind != "count" or j >= len(toks):
        return
    nxt = toks[j]
    if text[toks[j - 1].end:nxt.start].strip() and nxt.norm != "%":
        return
    if nxt.norm in ("في", "ب") and j + 1 < len(toks) and units.get(toks[j + 1].norm) == "percent":
        d.kind, d.last, d.counted = "percent", j + 2, "%"
        return
    kind = units.get(nxt.norm) or units.get(stem(nxt.norm))
    if not d.counted and kind:
        d.kind, d.last = kind, j + 1  # type: ignore[assignment]
        d.counted = "%" if kind == "percent" else stem(nxt.norm)
        return
    if d.counted:
        return
    if nxt.norm in _OF and j + 1 < len(toks) and _content_noun(toks[j + 1]) and d.qualifier == "vague":
        d.counted, d.last = stem(toks[j + 1].norm), j + 2
    elif _content_noun(nxt) and nxt.norm not in _OF:
        d.counted, d.last = stem(nxt.norm), j + 1


def _before(text: str, toks: list[Token], d: _Draft) -> None:
    """Noun before «الـ 11» or «جثث 5 من», «الساعة», «العام», and qualifiers before the number."""
    i = d.first
    prev = toks[i - 1] if i > 0 and not _gap(text, toks[i - 1], toks[i]) else None
    if prev is not None and isinstance(d.value, (int, float)) and d.kind == "count":
        if prev.norm in _TIME_WORDS and 0 <= d.value <= 24:
            d.kind, d.counted, d.first = "time", "ساعه", i - 1
            return
        if prev.norm in dates.YEAR_WORDS and toks[i].is_digits and dates.is_year(toks[i]):
            d.value, d.kind, d.counted, d.first = toks[i].norm, "date", "", i - 1
            return
    _qualify(text, toks, d)


def _noun_before(text: str, toks: list[Token], d: _Draft) -> None:
    """The counted noun written before the number: «الحافلات الـ 11», «جثث 5 من عناصرها»."""
    i = d.first
    prev = toks[i - 1] if i > 0 and not _gap(text, toks[i - 1], toks[i]) else None
    if prev is None or d.counted or d.kind != "count" or not toks[i].is_digits:
        return
    if prev.norm in ("ال", "لل") and i >= 2 and _content_noun(toks[i - 2]) and not _gap(text, toks[i - 2], prev):
        d.counted, d.first = stem(toks[i - 2].norm), i - 2
    elif (d.last < len(toks) and toks[d.last].norm in _OF
          and stem(prev.norm) in lexicon.classes("counted_classes")):
        d.counted, d.first = stem(prev.norm), i - 1


def _qualify(text: str, toks: list[Token], d: _Draft) -> None:
    quals = tables.qualifiers()
    for width in (4, 3, 2, 1):
        lo = d.first - width
        if lo < 0 or any(_gap(text, toks[k], toks[k + 1]) for k in range(lo, d.first)):
            continue
        phrase = " ".join(t.norm for t in toks[lo:d.first])
        for cand in (phrase, phrase[1:] if phrase.startswith("و") else ""):
            if cand in quals and d.qualifier == "exact":
                d.qualifier, d.first = quals[cand], lo  # type: ignore[assignment]
                return
    for width in (2, 1):
        hi = d.last + width
        if hi <= len(toks) and not any(_gap(text, toks[k], toks[k + 1]) for k in range(d.last - 1, hi - 1)):
            phrase = " ".join(t.norm for t in toks[d.last:hi])
            if phrase in quals and quals[phrase] in ("at_least", "about") and d.qualifier == "exact":
                d.qualifier, d.last = quals[phrase], hi  # type: ignore[assignment]
                return


def find_numbers(text: str, *, ordinals: bool = True) -> list[NumberMention]:
    """Every quantity in `text`, in order, with offsets into `text`.

    `ordinals=False` leaves out free-standing ordinals («للمرة الثانية»), which are rarely facts;
    ordinals inside dates («الخامس من سبتمبر») are always read.
    """
    toks = tokenize(text)
    found: list[NumberMention] = []
    i = 0
    while i < len(toks):
        draft = _core(text, toks, i, ordinals) or dates_first(text, toks, i)
        if draft is None:
            i += 1
            continue
        _noun_before(text, toks, draft)
        _after(text, toks, draft)
        _before(text, toks, draft)
        start, end = toks[draft.first].start, toks[draft.last - 1].end
        if found and start < found[-1].end:
            start = found[-1].end
            while start < end and text[start].isspace():
                start += 1
        found.append(NumberMention(start, end, draft.value, draft.kind, draft.qualifier, draft.counted,
                                   text[start:end]))
        i = draft.last
    return found


def dates_first(text: str, toks: list[Token], i: int) -> _Draft | None:
    """Dates that start with the month: «August 28, 2017»."""
    date = dates.english_date(text, toks, i)
    return _Draft(i, date[1], date[0], kind="date") if date else None
