"""The currency of an article: money written without its currency word, or without its issuer.

The reader sees one sentence at a time, so these steps run over the mentions of a whole article
(`core.pipeline.analyze_document`):
- an article that writes «50 مليون ريال قطري» once and then «20 مليون ريال» means Qatari riyals
  both times; only when the article names one issuer for that currency word (with «ريال قطري» and
  «ريال عماني» both present, a bare «ريال» stays as it is);
- «1.81 تريليون ريال مقابل 1.93 تريليون», a headline «1.1 تريليون ودائع»: a large amount with
  a scale word and nothing counted is money in the article's currency, when the article has one
  currency and at least half of its large amounts are money (an economic report, not a count of people).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar


class _Money(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def counted(self) -> str: ...

    @property
    def value(self) -> int | float | str: ...

    @property
    def text(self) -> str: ...


M = TypeVar("M", bound=_Money)


LARGE = 1_000_000
_SCALE_WORDS = ("مليون", "ملايين", "مليار", "مليارات", "تريليون", "بليون")


def _bare_amount(m: _Money) -> bool:
    """«1.93 تريليون»: a large count with a scale word and nothing counted."""
    return (
        m.kind == "count"
        and not m.counted
        and isinstance(m.value, (int, float))
        and m.value >= LARGE
        and any(w in m.text for w in _SCALE_WORDS)
    )


def carry_currency(mentions: list[M]) -> list[M]:
    """The mentions of one article, with the article's currency where the article gives one."""
    return _amounts(_issuers(mentions))


def _amounts(mentions: list[M]) -> list[M]:
    """Large bare amounts become money in the article's one currency (see the module docstring)."""
    large = [m for m in mentions if isinstance(m.value, (int, float)) and m.value >= LARGE and m.kind != "date"]
    money = [m for m in large if m.kind == "money"]
    currencies = {m.counted for m in money}
    if len(currencies) != 1 or 2 * len(money) < len(large):
        return mentions
    currency = next(iter(currencies))
    return [replace(m, kind="money", counted=currency) if _bare_amount(m) else m for m in mentions]  # type: ignore[type-var]


def _issuers(mentions: list[M]) -> list[M]:
    """Bare currency words given the article's one issuer."""
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
