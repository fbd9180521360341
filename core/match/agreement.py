"""Comparing two reported values with their qualifiers: do they agree?

«نحو 200» and «لا يتجاوز 200» agree; 11 and 17 do not; «أكثر من 300» agrees with 350.
Dates agree when one is a less precise form of the other («--08» and «--08-29»).
"""

from __future__ import annotations

from core.mentions.numbers import display
from core.model import Mention, Value

ABOUT_TOLERANCE = 0.10
"""«نحو 200» covers 180–220."""

QUALIFIER_SIGN = {
    "exact": "",
    "about": "~",
    "at_least": "≥",
    "at_most": "≤",
    "more_than": ">",
    "less_than": "<",
    "vague": "≈",
}


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "about":
        d = abs(value) * ABOUT_TOLERANCE
        return value - d, value + d
    if qualifier == "at_least":
        return value, float("inf")
    if qualifier == "more_than":
        return value + 1e-9, float("inf")
    if qualifier == "at_most":
        return float("-inf"), value
    if qualifier == "less_than":
        return float("-inf"), value - 1e-9
    if qualifier == "vague":
        return value, value * 10
    return value, value


def _dates_agree(a: str, b: str) -> bool:
    a, b = a.lstrip("-"), b.lstrip("-")
    return a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a)


def agree(a: Mention, b: Mention) -> bool:
    """Whether two mentions can both be true of one quantity."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        return str(a.value) == str(b.value) or _dates_agree(str(a.value), str(b.value))
    lo_a, hi_a = _interval(float(a.value), a.qualifier)
    lo_b, hi_b = _interval(float(b.value), b.qualifier)
    return lo_a <= hi_b and lo_b <= hi_a


def show_value(value: Value, qualifier: str, lang: str = "ar") -> str:
    """A value as the user reads it («نحو 200», «≤ 200», «143.8 مليون», «29/08»): see
    `core.mentions.numbers.display`, the one place values are formatted."""
    return display.show_value(value, qualifier, lang=lang)
