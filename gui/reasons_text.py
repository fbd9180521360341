"""A fact's structured reasons (`core.model.Reason`) as sentences in the interface language.

Codes come from `core.match.facts` (frame_match, similar_context, kept_out, values_agree,
values_differ, one_article), `core.match.timeline` (time_order, updated_over_time) and
`core.match.verdicts` (verdict_*). A code this version does not
know is shown as itself with its parameters, so a newer analysis never hides a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.model import Reason
from gui.index import AnalysisIndex
from gui.tr_noop import QT_TRANSLATE_NOOP

TEMPLATES = {
    "frame_match": QT_TRANSLATE_NOOP(
        "Reasons", "Grouped: same kind ({kind}), what happened ({role}), to whom ({subject}){scope}"
    ),
    "similar_context": QT_TRANSLATE_NOOP("Reasons", "Their sentences say the same thing (similarity {score})"),
    "kept_out": QT_TRANSLATE_NOOP("Reasons", "Kept out: «{mention}» ({rule})"),
    "values_agree": QT_TRANSLATE_NOOP("Reasons", "Shared: the values agree ({values})"),
    "values_differ": QT_TRANSLATE_NOOP("Reasons", "Conflict: these values cannot all be true ({values})"),
    "one_article": QT_TRANSLATE_NOOP("Reasons", "Only one article reports it ({doc})"),
    "time_order": QT_TRANSLATE_NOOP("Reasons", "In the order they were published: {mentions}"),
    "updated_over_time": QT_TRANSLATE_NOOP(
        "Reasons", "Updated over time: the count only rises, from {first} to {last} (still a conflict)"
    ),
    "verdict_confirmed": QT_TRANSLATE_NOOP("Reasons", "You confirmed this fact (verdict {verdict})"),
    "verdict_dismissed": QT_TRANSLATE_NOOP(
        "Reasons", "You dismissed this conflict: not a contradiction (verdict {verdict})"
    ),
    "verdict_split": QT_TRANSLATE_NOOP("Reasons", "You split this number out of its fact (verdict {verdict})"),
    "verdict_split_from": QT_TRANSLATE_NOOP("Reasons", "You split «{mention}» out of this fact"),
    "verdict_merged": QT_TRANSLATE_NOOP("Reasons", "You merged «{with}» into this fact (verdict {verdict})"),
}
RULES = {
    "same_sentence": QT_TRANSLATE_NOOP("Reasons", "two numbers of one sentence are two quantities"),
    "total_part": QT_TRANSLATE_NOOP("Reasons", "a total and its part are never one fact"),
}
GROUPING_CODES = frozenset(
    {"frame_match", "similar_context", "kept_out", "values_agree", "values_differ", "one_article"}
)
"""The codes that say why a fact's mentions were grouped (without them, the older prose explanation is shown)."""
UNKNOWN = QT_TRANSLATE_NOOP("Reasons", "unknown")
SCOPE = QT_TRANSLATE_NOOP("Reasons", ", scope {scope}")


def tr(text: object) -> str:
    return QCoreApplication.translate("Reasons", str(text))


class _Params(dict[str, str]):
    """Missing parameters read as "?" instead of failing the whole line."""

    def __missing__(self, key: str) -> str:
        return "?"


def reason_text(reason: Reason, index: AnalysisIndex | None = None) -> str:
    """One reason as a sentence; unknown codes as «code: name=value, …»."""
    params = _Params(reason.params)
    template = TEMPLATES.get(reason.code)
    if template is None:
        shown = ", ".join(f"{k}={v}" for k, v in reason.params)
        return f"{reason.code}: {shown}" if shown else reason.code
    for key in ("role", "subject", "kind"):
        if key in params and not params[key]:
            params[key] = tr(UNKNOWN)
    if reason.code == "frame_match":
        params["scope"] = tr(SCOPE).format(scope=params["scope"]) if params.get("scope") else ""
    if "rule" in params:
        params["rule"] = tr(RULES[params["rule"]]) if params["rule"] in RULES else params["rule"]
    if reason.code == "kept_out" and index is not None and params.get("mention") in index.mention:
        m = index.mention[params["mention"]]
        params["mention"] = f"{m.text} · {m.doc}"
    if reason.code == "time_order" and index is not None:
        timed = [index.mention[i] for i in params.get("mentions", "").split() if i in index.mention]
        params["mentions"] = " → ".join(f"\u2068{m.text}\u2069 ({m.doc})" for m in timed) or params.get("mentions", "")
    if reason.code == "one_article" and index is not None and params.get("doc") in index.document:
        params["doc"] = f"{params['doc']} · {index.document[params['doc']].title[:60]}"
    return tr(template).format_map(params)
