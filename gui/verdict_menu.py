"""What a number offers under the mouse: the verdict entries of its context menu and its tooltip.

The tooltip is built as plain text (label, status, the researcher's verdict, values per source)
and escaped before Qt sees it, so nothing from an article is ever read as markup.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from core.model import Mention
from gui.facts_model import format_value, review_text, status_text
from gui.index import AnalysisIndex


def add_verdict_actions(
    menu: QMenu, index: AnalysisIndex | None, doc_id: str, offset: int, emit: Callable[[str, str], None]
) -> None:
    """Put the verdicts that apply to the number at OFFSET on top of MENU; EMIT(kind, mention id)."""
    mention = index.mention_at(doc_id, offset) if index is not None else None
    if index is None or mention is None:
        return
    fact = index.fact_for_mention(mention.id)
    first = menu.actions()[0] if menu.actions() else None
    entries: list[tuple[str, str]] = []
    if fact is not None and fact.status != "single":
        entries.append(("confirm", QCoreApplication.translate("Verdicts", "Confirm this fact (reviewed)")))
        if fact.status == "conflict":
            entries.append(
                ("dismiss", QCoreApplication.translate("Verdicts", "Dismiss this conflict (not a contradiction)"))
            )
    if fact is not None and len(fact.mentions) > 1:
        entries.append(("split", QCoreApplication.translate("Verdicts", "Split this number out of the fact")))
    if fact is not None:
        entries.append(("merge", QCoreApplication.translate("Verdicts", "Merge with the selected fact")))
    entries.append(("not_quantity", QCoreApplication.translate("Verdicts", "Not a quantity")))
    for kind, text in entries:
        action = menu.addAction(text)
        action.setObjectName(f"verdict-{kind}")
        action.triggered.connect(lambda _=False, k=kind: emit(k, mention.id))
        if first is not None:
            menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)


def number_tooltip(index: AnalysisIndex, mention: Mention) -> str:
    """The tooltip of a highlighted number: fact label, status, verdict and values per source."""
    fact = index.fact_for_mention(mention.id)
    if fact is None:
        lines = [
            f"{mention.text}: {format_value(mention)}",
            QCoreApplication.translate("Verdicts", "in no fact (one source only)"),
        ]
    else:
        status = status_text("dismissed" if fact.review == "dismissed" else fact.status)
        review = review_text(fact.review)
        lines = [fact.label, f"{status} · {review}" if review else status]
        per_doc: dict[str, list[str]] = {}
        for m in index.mentions_of(fact.id):
            values = per_doc.setdefault(m.doc, [])
            if format_value(m) not in values:
                values.append(format_value(m))
        for doc_id, values in per_doc.items():
            doc = index.document.get(doc_id)
            name = Path(doc.path).stem if doc is not None else doc_id
            lines.append(f"{doc_id} · {name}: {'، '.join(values)}")
    body = html.escape("\n".join(lines))
    return f'<p style="white-space:pre-wrap">{body}</p>'
