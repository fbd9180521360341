"""Totals and their parts: «استشهاد 15 منهم 12 من منسوبي القوات، وثلاثة عاملين».

A number introduced by a partitive word («منهم», «بينهم», «من بينهم», «منها») counts part of the
number before it, and so does a number joined to that part by «و». A total does not conflict with
one of its parts (DESIGN.md): the facts stage never puts a total and its part in one fact, so the
12 another outlet gives for the security men is compared with the 12, not with the 15.
"""

from __future__ import annotations

import re
from collections import defaultdict

from core.model import Mention
from core.text.arabic import normalize

PARTITIVE = re.compile(r"(?:^|\s)(?:من\s+)?(?:بينهم|بينها|بينهما|منهم|منها|منهما|ضمنهم|ضمنها)(?:\s|$)")
MAX_JOIN_WORDS = 3
"""A further part follows a part after at most this many words, the last one starting with «و»."""


PARTITIVE_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:منهم|منها|منهما)(?:\s|[،,.]|$)")
"""«والتحق 14058 مشاركاً منهم بالامتحانات»: «منهم» right after a number's noun makes it a part of
the number before it."""


def _partitive_after(text: str, m: Mention) -> bool:
    return bool(PARTITIVE_AFTER.match(normalize(text[m.end : m.end + 30])))


def parts(texts: dict[str, str], mentions: list[Mention]) -> dict[str, str]:
    """{part mention id: total mention id} for every total-and-parts structure in a sentence."""
    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    found: dict[str, str] = {}
    for group in by_sentence.values():
        group.sort(key=lambda m: m.start)
        whole: Mention | None = None
        previous: Mention | None = None
        for m in group:
            if previous is not None:
                gap = normalize(texts[m.doc][previous.end : m.start]).replace("،", " ").replace(",", " ")
                words = gap.split()
                if PARTITIVE.search(gap):
                    whole = previous if previous.id not in found else whole
                elif not (
                    previous.id in found and words and len(words) <= MAX_JOIN_WORDS and words[-1].startswith("و")
                ):
                    whole = None
                if whole is not None:
                    found[m.id] = whole.id
                elif m.kind == previous.kind == "count" and _partitive_after(texts[m.doc], m):
                    found[m.id] = previous.id
            previous = m
    return found
