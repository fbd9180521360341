"""Whose age a number of years is: «محمد علاونة (22 سنة)», «لوافد يبلغ من العمر 28 عاماً».

A report of a shooting or an outbreak gives the ages of several people: the gunman «(58 عاما)» and
a gunman of another year «(27 عامًا)», a 28-year-old patient and a 30-year-old one. Under one role
their ages were one fact, in red. An age is told right after the person it belongs to (in brackets
or after a dash) or after «يبلغ/البالغ (من العمر)»; the word that names the person is its holder,
and a fact holding ages of different holders is split by holder (`holders_apart`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from core.match import reasons as R
from core.model import Mention
from core.text.arabic import normalize

YEARS = frozenset({"سنه", "عام"})
"""The counted nouns (normalised) of an age: years."""
AFTER_A_NAME = re.compile(r"(\S+)\s*[(\-–]\s*$")
"""«علاونة (22 سنة)», «أبو ماريا- 53 عاماً»: the word before the bracket or the dash."""
AGED = re.compile(
    r"(\S+)(?:\s+من\s+(?:مدينه|محافظه|منطقه)?\s*\S+)?\s+(?:يبلغ|تبلغ|البالغ|البالغه)(?:\s+من\s+العمر)?\s*\(?\s*$"
)
"""«لوافد يبلغ من العمر 28 عاماً», «شابا يبلغ 21 عاما», «لمواطن من مدينة الرياض يبلغ من العمر(30
عاماً)»: the word before «يبلغ», or before where the person is from."""
CLITICS = ("لل", "ال", "ل", "ب")
LOOK_BACK = 60
"""Characters before an age read for its holder."""


def age_holders(texts: dict[str, str], mentions: list[Mention]) -> dict[str, str]:
    """{mention id: the word naming whose age it is} for the ages among MENTIONS whose holder is told."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind != "duration" or normalize(m.counted) not in YEARS:
            continue
        before = normalize(texts[m.doc][max(0, m.start - LOOK_BACK) : m.start]).replace("«", " ").replace('"', " ")
        found = AGED.search(before) or AFTER_A_NAME.search(before)
        if found:
            out[m.id] = holder_key(found.group(1))
    return out


def holder_key(word: str) -> str:
    """WORD without its article, clitic preposition or accusative ending: «لوافد» and «وافد», «شابا»
    and «شاب» name one holder."""
    word = word.strip("«»\"'،,.:")
    for clitic in CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            word = word[len(clitic) :]
            break
    return word[:-1] if word.endswith("ا") and len(word) > 3 else word


def holders_apart(
    groups: list[list[str]], kept: dict[str, list[tuple[str, str]]], holders: dict[str, str], values: dict[str, str]
) -> list[list[str]]:
    """GROUPS with each group that holds different ages (VALUES) of different holders split by holder
    (the ages whose holder is not told make a part of their own). Equal ages stay one fact: a name is
    written many ways («غوميز», «جوميز»; «طفلة», «سعودية تبلغ»), and agreeing is never red. What a
    part leaves out is noted in KEPT under `R.RULE_OTHER_PERSON`, as a cannot-link's would be. One
    pass over the groups, not a cannot-link for every two ages: thousands of ages stay linear."""
    if not holders:
        return groups
    out: list[list[str]] = []
    for ids in groups:
        told = {holders[i] for i in ids if i in holders}
        if len(told) < 2 or len({values[i] for i in ids}) < 2:
            out.append(ids)
            continue
        parts: dict[str, list[str]] = defaultdict(list)
        for i in ids:
            parts[holders.get(i, "")].append(i)
        ordered = list(parts.values())
        for part in ordered:
            kept[part[0]] = kept.pop(ids[0], []) if part[0] == ids[0] else kept.get(part[0], [])
            kept[part[0]] += [(i, R.RULE_OTHER_PERSON) for other in ordered if other is not part for i in other[:1]]
            out.append(part)
    return out
