"""The report's account of the researcher's verdicts: which facts she reviewed, which not, and
verdicts whose text vanished. Used by `core.report.html_report`."""

from __future__ import annotations

import html
from collections.abc import Callable

from core.match.verdicts import Verdict
from core.model import Fact
from core.report.data import ReportData

REVIEW_LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "reviews": "أحكام الباحث",
        "reviewed_of": "رُوجعت {reviewed} من {total} واقعة (تعارضات ووقائع متفق عليها)؛ لم تُراجع {open}.",
        "rv_confirmed": "مؤكَّد",
        "rv_dismissed": "مستبعَد: ليس تعارضاً",
        "rv_edited": "عُدّل يدوياً (فصل أو دمج)",
        "orphan_verdicts": "أحكام فقدت موضعها",
        "over_time": "تغيّر الرقم مع الوقت",
    },
    "en": {
        "reviews": "The researcher's verdicts",
        "reviewed_of": "{reviewed} of {total} facts (conflicts and shared) reviewed; {open} not reviewed.",
        "rv_confirmed": "confirmed",
        "rv_dismissed": "dismissed: not a contradiction",
        "rv_edited": "edited by hand (split or merged)",
        "orphan_verdicts": "Verdicts that lost their place",
        "over_time": "The figure over time",
    },
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def review_tag(fact: Fact, t: dict[str, str]) -> str:
    """The researcher's verdict on FACT as a small tag ("" when not reviewed)."""
    if not fact.review:
        return ""
    return f' <span class="review {esc(fact.review)}">{esc(t.get("rv_" + fact.review, fact.review))}</span>'


def reviews_section(data: ReportData, t: dict[str, str], orphans: list[Verdict], label: Callable[[str], str]) -> str:
    """Counts of reviewed and unreviewed facts, the list of reviewed ones (linked), orphaned verdicts."""
    shown = data.facts("conflict", "shared")
    done = [f for f in data.reviewed() if f.status != "single" or f.review == "edited"]
    counts = t["reviewed_of"].format(
        reviewed=sum(1 for f in shown if f.review), total=len(shown), open=sum(1 for f in shown if not f.review)
    )
    items = "\n".join(f'<li><a href="#{esc(f.id)}">{label(f.label)}</a>{review_tag(f, t)}</li>' for f in done)
    out = [f'<h2 id="reviews">{esc(t["reviews"])} ({len(done)})</h2>', f"<p>{esc(counts)}</p>"]
    if items:
        out.append(f"<ul>\n{items}\n</ul>")
    if orphans:
        lost = "\n".join(f'<li dir="auto">{esc(v.kind)}: «{esc(v.label[:200])}»</li>' for v in orphans)
        out.append(f'<h3>{esc(t["orphan_verdicts"])} ({len(orphans)})</h3>\n<ul class="orphan">\n{lost}\n</ul>')
    return "\n".join(out) + "\n"
