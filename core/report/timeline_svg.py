"""A fact's values over time as a small inline SVG step chart (no script, no external resource).

Each value holds until the next report replaces it (a step); each point links to its quoted
sentence in the report (`href_of(point)`), with a tooltip (<title>) naming outlet, time and value.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from core.match.over_time import Point

WIDTH, HEIGHT, PAD = 560, 150, 28
COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457")


def _x(i: int, n: int) -> float:
    return PAD + (WIDTH - 2 * PAD) * (i / max(1, n - 1))


def timeline_svg(points: Sequence[Point], href_of: Callable[[Point], str], title: str = "", lang: str = "ar") -> str:
    """The chart, "" when fewer than two points have a time (nothing changes over one point).

    Times are spaced evenly in their order (reports cluster in hours, then days pass): the axis
    labels give the real times."""
    if len(points) < 2:
        return ""
    lo, hi = min(p.value for p in points), max(p.value for p in points)
    span = (hi - lo) or 1.0

    def y(v: float) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * ((v - lo) / span if hi > lo else 0.5)

    n = len(points)
    outlets = list(dict.fromkeys(p.outlet for p in points))
    path = [f"M{_x(0, n):.1f},{y(points[0].value):.1f}"]
    for i in range(1, n):
        path.append(f"H{_x(i, n):.1f}V{y(points[i].value):.1f}")
    out = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" direction="ltr" role="img" aria-label="{html.escape(title)}">',
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" stroke="#bbb"/>',
        f'<path d="{"".join(path)}" fill="none" stroke="#888" stroke-width="2"/>',
    ]
    lowest, highest = min(points, key=lambda p: p.value), max(points, key=lambda p: p.value)
    for p in [lowest, highest] if hi > lo else [lowest]:
        shown = html.escape(p.shown(lang))
        out.append(f'<text x="4" y="{y(p.value) + 4:.1f}" font-size="10" fill="#555">{shown}</text>')
    for i, p in enumerate(points):
        anchor = "start" if i == 0 else "end" if i == n - 1 else "middle"  # the ends' labels stay inside
        colour = COLOURS[outlets.index(p.outlet) % len(COLOURS)]
        label = html.escape(f"{p.outlet} · {p.time.replace('T', ' ')} · {p.text}")
        out.append(
            f'<a href="{html.escape(href_of(p))}"><circle cx="{_x(i, n):.1f}" cy="{y(p.value):.1f}" r="5" '
            f'fill="{colour}"><title>{label}</title></circle></a>'
        )
        out.append(
            f'<text x="{_x(i, n):.1f}" y="{HEIGHT - 8}" font-size="9" fill="#555" text-anchor="{anchor}">'
            f"{html.escape(p.time[5:16].replace('T', ' '))}</text>"
        )
        out.append(
            f'<text x="{_x(i, n):.1f}" y="{y(p.value) - 9:.1f}" font-size="10" fill="{colour}" '
            f'text-anchor="{anchor}">{html.escape(p.outlet)} {html.escape(p.shown(lang))}</text>'
        )
    out.append("</svg>")
    return "".join(out)
