"""The report a researcher hands to an editor: one self-contained, right-to-left HTML file.

No external resource of any kind (inline CSS, the bundled Arabic font embedded as a data URI, no
script, no link): it opens offline in any browser and prints. Sections: summary, the fact × source
matrix, every conflict with the quoted sentence from each source and its values marked, the shared
facts, the user's notes, the articles and the problems. Labels are Arabic by default (`lang="en"`
for English); article text is always quoted exactly as read, in its own direction.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from core.ingest.formats import GENERATOR
from core.match.over_time import timeline
from core.match.verdicts import Verdict, shown_status
from core.model import Analysis, Document, Fact, Mention
from core.report.data import ReportData
from core.report.html_labels import LABELS
from core.report.html_review import REVIEW_LABELS, review_tag, reviews_section
from core.report.json_export import summary
from core.report.reasons_text import reasons_text
from core.report.timeline_svg import timeline_svg
from core.resources import resource
from core.store.notes import Note
from core.whole_file import written_whole

FONT_FILE = "NotoNaskhArabic-Regular.ttf"
CELL_COLOURS = {"conflict": "#fdecea", "shared": "#e8f5e9", "single": "#ffffff"}

CSS = """
@font-face { font-family: "Report Naskh"; src: url(data:font/ttf;base64,{font}) format("truetype"); }
body { font-family: "Report Naskh", "Noto Naskh Arabic", "Amiri", "DejaVu Sans", serif; margin: 2em auto;
  max-width: 72em; padding: 0 1.5em; color: #1d1d1d; background: #fff; line-height: 170%; }
h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { border-bottom: 2px solid #bbb; margin-top: 1.8em; }
h3 { font-size: 1.15em; margin: 1.2em 0 .3em; }
.meta { color: #555; } .why { color: #666; font-size: .85em; }
.file { color: #777; font-size: .8em; font-weight: normal; } .hdr { font-weight: normal; font-size: .85em; }
td.fact { min-width: 13em; } td.fact a { color: #1d1d1d; text-decoration: none; }
table.matrix td:not(.fact) { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: start; vertical-align: top; }
th { background: #f1f1f1; }
tr.conflict td.fact { border-inline-start: 5px solid #c62828; }
tr.shared td.fact { border-inline-start: 5px solid #2e7d32; }
td.conflict { background: #fdecea; } td.shared { background: #e8f5e9; } td.empty { color: #bbb; }
.badge { font-size: .8em; padding: 0 .4em; border-radius: .3em; color: #fff; white-space: nowrap; }
.badge.conflict { background: #c62828; } .badge.shared { background: #2e7d32; } .badge.single { background: #777; }
.source { font-weight: bold; margin-top: .5em; }
blockquote { margin: .2em 0 .6em; padding: .2em .8em; border-inline-start: 4px solid #ddd; background: #fafafa; }
mark.conflict { background: #ffcdd2; font-weight: bold; padding: 0 .15em; }
mark.shared { background: #c8e6c9; font-weight: bold; padding: 0 .15em; }
.values { font-weight: bold; }
.note { background: #fff8e1; border: 1px solid #f0d58c; padding: .3em .7em; margin: .3em 0; border-radius: .3em; }
.orphan { color: #a15c00; }
h1, h2, h3, .meta, th, footer, .source { unicode-bidi: plaintext; }
html[dir="rtl"] :is(h1, h2, h3, .meta, th, footer, .source) { text-align: right; }
.review { font-size: .8em; padding: 0 .4em; border-radius: .3em; border: 1px solid #555; white-space: nowrap; }
.review.dismissed { color: #777; } .review.confirmed { color: #1b5e20; }
svg.timeline { display: block; margin: .3em 0 .6em; border: 1px solid #eee; background: #fcfcfc; }
footer { margin-top: 3em; color: #777; font-size: .85em; border-top: 1px solid #ddd; padding-top: .5em; }
@media print { h2 { break-after: avoid; } .fact-block { break-inside: avoid; } }
"""


def esc(text: str) -> str:
    """Escape for HTML; «http» is written with a character reference so that nothing in a report
    (not even a URL quoted from an article) can look like, or be taken for, an external reference."""
    return re.sub("(?i)h(ttp)", lambda m: f"&#{ord(m.group(0)[0])};{m.group(1)}", html.escape(text, quote=True))


def _font_face(embed_font: bool) -> str:
    if not embed_font:
        return ""
    path = resource("fonts", FONT_FILE)
    if not path.is_file():
        return ""
    return base64.b64encode(path.read_bytes()).decode("ascii")


def render_html(
    analysis: Analysis,
    notes: Iterable[Note] = (),
    *,
    lang: str = "ar",
    embed_font: bool = True,
    generated: datetime | None = None,
    for_qt: bool = False,
    sources_per_table: int | None = None,
    orphaned_verdicts: Iterable[Verdict] = (),
) -> str:
    """The whole report as one HTML string (see the module docstring).

    `for_qt`: for Qt's rich text (printing), which neither mirrors tables nor folds <details>:
    right-to-left table cells are written in visual order and the grouping explanations are left out.
    `sources_per_table`: split the fact × source matrix into tables of at most that many sources
    (for a printed page; None: one table, as a browser scrolls it)."""
    t = dict(LABELS.get(lang, LABELS["ar"]))
    if not for_qt:  # a browser: the page runs in the articles' direction, whatever the labels' language
        t["dir"] = articles_direction(analysis)
    t.update(REVIEW_LABELS.get(lang, REVIEW_LABELS["ar"]))
    t["lang"] = lang if lang in LABELS else "ar"
    t["visual"] = "1" if for_qt and t["dir"] == "rtl" else ""
    if for_qt:
        t["print"] = "1"
    data = ReportData(analysis, notes, lang)
    css = CSS.replace("{font}", _font_face(embed_font)) if embed_font else re.sub(r"@font-face[^\n]*\n", "", CSS)
    folder = Path(analysis.folder).name or analysis.folder
    when = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    s = summary(analysis)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{t["dir"]}">\n<head>\n'
        f'<meta charset="utf-8">\n<meta name="generator" content="{GENERATOR}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{esc(t["title"])} — {esc(folder)}</title>\n<style>{css}</style>\n</head>\n<body dir="{t["dir"]}">\n',
        f"<h1>{esc(t['title'])} — {_ltr(folder)}</h1>\n",
        f'<p class="meta">{esc(t["generated"])} {esc(when)} · {esc(t["counts"].format(**s))}</p>\n',
        _matrix(data, t, sources_per_table),
        _fact_section(data, t, "conflict", "conflicts"),
        _fact_section(data, t, "shared", "shared"),
        reviews_section(data, t, list(orphaned_verdicts), _label),
        _notes_section(data, t),
        _articles(data, t),
        _problems(analysis, t),
        f"<footer>{esc(t['footer'])}</footer>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def articles_direction(analysis: Analysis) -> str:
    """«rtl» when most articles are Arabic (an English report of Arabic articles still reads from
    the right: the tables, the quotes); «ltr» otherwise."""
    arabic = sum(d.language == "ar" for d in analysis.documents)
    return "rtl" if arabic * 2 >= len(analysis.documents) and arabic else "ltr"


def write_html(
    analysis: Analysis,
    path: str | Path,
    notes: Iterable[Note] = (),
    *,
    lang: str = "ar",
    orphaned_verdicts: Iterable[Verdict] = (),
) -> None:
    """Write the report as UTF-8 (whole or not at all: `core.whole_file`)."""
    text = render_html(analysis, notes, lang=lang, orphaned_verdicts=orphaned_verdicts)
    with written_whole(path) as part:
        part.write_text(text, encoding="utf-8")


def _badge(status: str, t: dict[str, str]) -> str:
    return f'<span class="badge {status}">{esc(t["st_" + status])}</span>'


def _short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _values(data: ReportData, mentions: list[Mention]) -> str:
    """Each value isolated, so «≤ 200» keeps its sign in front in RTL text (see `_ltr`)."""
    return " · ".join(_ltr(v) for v in data.values(mentions).split(" · "))


def _label(label: str) -> str:
    """A fact label «حافلة (انطلاق): 11 · 17» with its values isolated like `_values`."""
    head, sep, tail = label.rpartition(": ")
    if not sep:
        return esc(label)
    return esc(head + sep) + " · ".join(_ltr(v) for v in tail.split(" · "))


_ARABIC = re.compile("[\u0600-\u06ff]")


def _ltr(text: str) -> str:
    """TEXT isolated with Unicode isolates (… PDI) rather than <bdi>: browsers and Qt's rich text
    (printing) both honour them. Left to right (LRI) for «≥ 200», «3.5 %»; right to left (RLI) when
    the value has Arabic words («نحو 200», «4.1 مليار ريال»), so that they read in order."""
    mark = "\u2067" if _ARABIC.search(text) else "\u2066"
    return f"{mark}{esc(text)}\u2069"


def _table(name: str, t: dict[str, str]) -> str:
    """A table opening tag whose attributes also give Qt's rich text (printing) borders and direction."""
    align = ' align="right"' if t.get("visual") else ""  # Qt lays the (visual-order) table out from the left
    return f'<table class="{name}" dir="{t["dir"]}" border="1" cellspacing="0" cellpadding="4" width="100%"{align}>'


def _matrix(data: ReportData, t: dict[str, str], per_table: int | None = None) -> str:
    """Rows: conflicts and shared facts; columns: the sources; a cell holds that source's values.

    PER_TABLE (a printed page): at most that many sources per table, the fact and status columns
    repeated in each, so that no column is ever cut at the page edge; the header row repeats on
    every page (<thead>)."""
    docs = data.analysis.documents
    tables = -(-len(docs) // per_table) if per_table and per_table > 0 else 1
    size = max(1, -(-len(docs) // max(1, tables)))  # balanced: 14 sources by 6 → 5, 5, 4
    groups = [docs[i : i + size] for i in range(0, len(docs), size)] or [[]]
    out = [f'<h2 id="matrix">{esc(t["matrix"])}</h2>\n']
    for k, group in enumerate(groups):
        first = k * size
        if len(groups) > 1:
            part = t["sources_part"].format(first=first + 1, last=first + len(group), total=len(docs))
            out.append(f'<h3 class="part">{esc(part)}</h3>\n')
        out.append(_matrix_table(data, t, group, first, printed=per_table is not None))
    return "".join(out)


def _matrix_table(data: ReportData, t: dict[str, str], docs: list[Document], first: int, printed: bool) -> str:
    """One table of the matrix over DOCS (numbered from FIRST + 1)."""
    status_width = 10 if printed else 0
    each = (62 // max(1, len(docs))) if printed else 0
    fact_width = 100 - status_width - each * len(docs) if printed else 26  # Qt: the shares must add up to 100
    source_width = f' width="{each}%"' if printed else ""
    # on paper the file names (long, unbreakable) are left to the Articles table, by number
    head = [
        f'<th title="{esc(d.title)}"{source_width}>{first + i + 1}'
        f'<div class="hdr" dir="auto">{esc(_short(d.title, 5 if printed else 6))}</div>'
        + ("" if printed else f'<div class="file" dir="ltr">{_ltr(Path(d.path).name)}</div>')
        + "</th>"
        for i, d in enumerate(docs)
    ]
    rows = []
    for fact in data.facts("conflict", "shared"):
        cells = data.by_source(fact)
        tds = [
            f'<td class="{shown_status(fact)}" bgcolor="{CELL_COLOURS[shown_status(fact)]}">'
            f"{_values(data, cells[d.id])}</td>"
            if d.id in cells
            else '<td class="empty">—</td>'
            for d in docs
        ]
        rows.append(
            _row(
                t,
                [
                    f'<td class="fact"><div dir="{_direction(fact.label)}"><a href="#{fact.id}">'
                    f"{_label(fact.label)}</a>{review_tag(fact, t)}</div></td>",
                    f"<td>{_badge(shown_status(fact), t)}</td>",
                    *tds,
                ],
                f' class="{shown_status(fact)}"',
            )
        )
    body = "\n".join(rows) or f'<tr><td colspan="{len(docs) + 2}">{esc(t["none"])}</td></tr>'
    status_head = f' width="{status_width}%"' if status_width else ""
    header = _row(
        t, [f'<th width="{fact_width}%">{esc(t["fact"])}</th>', f"<th{status_head}>{esc(t['status'])}</th>", *head]
    )
    return f"{_table('matrix', t)}\n<thead>{header}</thead>\n<tbody>\n{body}\n</tbody>\n</table>\n"


def _file_name(path: str, t: dict[str, str]) -> str:
    """The file name; on paper it may wrap after «_» (a zero-width space), so that a long name
    does not push the other columns of its table off the page."""
    name = Path(path).name
    return name.replace("_", "_\u200b") if t.get("print") else name


def _direction(text: str) -> str:
    """«rtl» for a text whose first letter is Arabic: a fact label keeps its own direction in an
    English report (Qt's rich text knows no dir="auto")."""
    first = next((c for c in text if c.isalpha()), "")
    return "rtl" if "\u0600" <= first <= "\u06ff" else "ltr"


def _row(t: dict[str, str], cells: list[str], attributes: str = "") -> str:
    """A table row; cells in visual order (reversed in right-to-left) for renderers that do not
    mirror tables themselves (Qt's rich text)."""
    return f"<tr{attributes}>{''.join(reversed(cells) if t.get('visual') else cells)}</tr>"


def _fact_section(data: ReportData, t: dict[str, str], status: str, heading: str) -> str:
    facts = data.facts(status)
    blocks = [_fact_block(data, t, f) for f in facts]
    inner = "\n".join(blocks) if blocks else f"<p>{esc(t['none'])}</p>"
    return f'<h2 id="{status}">{esc(t[heading])} ({len(facts)})</h2>\n{inner}\n'


def _fact_block(data: ReportData, t: dict[str, str], fact: Fact) -> str:
    """A fact: its label, why it was grouped, then each source's values and quoted sentences."""
    out = [
        f'<section class="fact-block" id="{esc(fact.id)}">',
        f"<h3>{_badge(shown_status(fact), t)} {_label(fact.label)}{review_tag(fact, t)}</h3>",
    ]
    chart = (
        ""
        if t.get("print")
        else timeline_svg(
            timeline(data.analysis, fact), lambda p: f"#q-{fact.id}-{p.sentence}", t["over_time"], t["lang"]
        )
    )
    if chart:
        out.append(f'<div class="why">{esc(t["over_time"])}</div>{chart}')
    if fact.reasons and not t.get("print"):
        items = "".join(f"<li>{esc(line)}</li>" for line in _reason_lines(data, t, fact))
        out.append(f'<details class="why"><summary>{esc(t["why"])}</summary><ul>{items}</ul></details>')
    elif fact.explanation and not t.get("print"):
        out.append(
            f'<details class="why"><summary>{esc(t["why"])}</summary>'
            f'<div dir="ltr" lang="en">{esc(fact.explanation)}</div></details>'
        )
    for doc_id, mentions in data.by_source(fact).items():
        doc = data.docs[doc_id]
        out.append(
            f'<div class="source">{data.order[doc_id] + 1}. <bdi>{esc(doc.title)}</bdi> '
            f'<span class="file" dir="ltr">{_ltr(Path(doc.path).name)}</span> — '
            f'<span class="values">{_values(data, mentions)}</span></div>'
        )
        direction = "rtl" if doc.language == "ar" else "ltr"
        for quote in data.quotes(fact, doc_id):
            text = "".join(
                f'<mark class="{fact.status}">{esc(p)}</mark>' if marked else esc(p) for p, marked in quote.pieces
            )
            out.append(
                f'<blockquote id="q-{esc(fact.id)}-{esc(quote.sentence)}" dir="{direction}" '
                f'lang="{esc(doc.language)}">{text}</blockquote>'
            )
    out.extend(_note_html(n, t) for n in data.notes_on(fact))
    out.append("</section>")
    return "\n".join(out)


def _reason_lines(data: ReportData, t: dict[str, str], fact: Fact) -> list[str]:
    """The fact's reasons in the report's language; a mention is named by its text and article."""

    def name(mention_id: str) -> str:
        m = data.mentions.get(mention_id)
        if m is None:
            return mention_id
        return f"«{m.text}» ({data.order.get(m.doc, 0) + 1})"

    return reasons_text(fact.reasons, t["lang"], name)


def _note_html(note: Note, t: dict[str, str], with_anchor: bool = False) -> str:
    anchor = f'<div class="why">{esc(t["on"])}: «{esc(note.anchor_text[:300])}»</div>' if with_anchor else ""
    orphan = f' <span class="orphan">({esc(t["orphaned"])})</span>' if note.orphaned else ""
    return f'<div class="note" dir="auto">✎ {esc(note.text)}{orphan}{anchor}</div>'


def _notes_section(data: ReportData, t: dict[str, str]) -> str:
    inner = "\n".join(_note_html(n, t, with_anchor=True) for n in data.notes) or f"<p>{esc(t['no_notes'])}</p>"
    return f'<h2 id="notes">{esc(t["notes"])} ({len(data.notes)})</h2>\n{inner}\n'


def _articles(data: ReportData, t: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    for m in data.analysis.mentions:
        counts[m.doc] = counts.get(m.doc, 0) + 1
    rows = "\n".join(
        _row(
            t,
            [
                f"<td>{i + 1}</td>",
                f'<td dir="auto">{esc(d.title)}</td>',
                f'<td dir="ltr" class="file">{esc(_file_name(d.path, t))}</td>',
                f"<td>{esc(d.language)}</td>",
                f"<td>{counts.get(d.id, 0)}</td>",
            ],
        )
        for i, d in enumerate(data.analysis.documents)
    )
    widths = {"number": 5, "headline": 45, "file": 36, "language": 6, "numbers": 8}  # add up to 100 (Qt)
    header = _row(t, [f'<th width="{w}%">{esc(t[k])}</th>' for k, w in widths.items()])
    return (
        f'<h2 id="articles">{esc(t["articles"])} ({len(data.analysis.documents)})</h2>\n{_table("articles", t)}\n'
        f"<thead>{header}</thead>\n{rows}\n</table>\n"
    )


def _problems(analysis: Analysis, t: dict[str, str]) -> str:
    if not analysis.problems:
        return f'<h2 id="problems">{esc(t["problems"])}</h2>\n<p>{esc(t["no_problems"])}</p>\n'
    items = "\n".join(
        f'<li>{esc(t["severity_" + p.severity])}: <span dir="ltr">{esc(p.path)}</span> — '
        f'<span dir="auto">{esc(p.message)}</span></li>'
        for p in analysis.problems
    )
    return f'<h2 id="problems">{esc(t["problems"])} ({len(analysis.problems)})</h2>\n<ul>\n{items}\n</ul>\n'
