"""A fact's structured reasons (`core.model.Reason`) as sentences in the interface language.

The wording is core's (`core.report.reasons_text`, Arabic and English), the same the HTML report
uses, so the Why panel and the report never say two things; this module only names mentions the
way the window shows them (their text and article). A code this version does not know is shown as
itself with its parameters, so a newer analysis never hides a reason.
"""

from __future__ import annotations

from core.model import Fact, Reason
from core.report.reasons_text import reason_text as worded
from gui.i18n import current_language
from gui.index import AnalysisIndex

GROUPING_CODES = frozenset(
    {"frame_match", "similar_context", "kept_out", "values_agree", "twelve_hour_clock", "values_differ", "one_article"}
)
"""The codes that say why a fact's mentions were grouped (without them, the older prose explanation is shown)."""


def reason_text(reason: Reason, index: AnalysisIndex | None = None) -> str:
    """One reason as a sentence in the interface language; a mention named by its text and article."""

    def name(mention_id: str) -> str:
        m = index.mention.get(mention_id) if index is not None else None
        return f"\u2068{m.text}\u2069 · {m.doc}" if m is not None else mention_id

    return worded(reason, "ar" if current_language() == "ar" else "en", name)


def reasons_text(reasons: tuple[Reason, ...], index: AnalysisIndex | None = None) -> list[str]:
    """Every reason of a fact, in order."""
    return [reason_text(r, index) for r in reasons]


def why_lines(fact: Fact, index: AnalysisIndex | None = None) -> list[str]:
    """Why FACT is what it is, line by line in the interface language; a project analysed before
    reasons existed still shows its English prose (isolated so that it reads left to right)."""
    lines = reasons_text(fact.reasons, index)
    if fact.explanation and not any(r.code in GROUPING_CODES for r in fact.reasons):
        lines.insert(0, f"\u2066{fact.explanation}\u2069")
    return lines
