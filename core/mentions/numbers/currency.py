"""The currency of an article: a bare currency word takes the issuer the article gives it elsewhere.

An article that writes «50 مليون ريال قطري» once and then «20 مليون ريال» means Qatari riyals both
times; the reader sees one sentence at a time, so this step runs over the mentions of a whole
article (`core.pipeline.analyze_document`). Only when the article names one issuer for that
currency word: with «ريال قطري» and «ريال عماني» both present, a bare «ريال» stays as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar


class _Money(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def counted(self) -> str: ...


M = TypeVar("M", bound=_Money)


def carry_currency(mentions: list[M]) -> list[M]:
    """The mentions of one article, bare currency words given the article's one issuer."""
    issuers: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "money" and " " in m.counted:
            word, _, origin = m.counted.partition(" ")
            issuers.setdefault(word, set()).add(origin)
    if not issuers:
        return mentions
    out: list[M] = []
    for m in mentions:
        origins = issuers.get(m.counted) if m.kind == "money" else None
        if origins and len(origins) == 1:
            m = replace(m, counted=f"{m.counted} {next(iter(origins))}")  # type: ignore[type-var]
        out.append(m)
    return out
