"""A fact's values over time as an inline SVG chart in the HTML report."""

from core.match.over_time import Point
from core.report.timeline_svg import timeline_svg


def points(kind: str, *values: float) -> list[Point]:
    return [
        Point(f"2015-07-2{i}T20:00", v, "نص الرقم", f"d{i}", f"d{i}.m1", f"d{i}.s1", f"outlet{i}", kind)
        for i, v in enumerate(values, 1)
    ]


def test_clock_times_are_labelled_as_clock_times():
    svg = timeline_svg(points("time", 8.0833, 20.0833), lambda p: "#")
    assert "20:05" in svg and "20.0833" not in svg


def test_large_amounts_are_labelled_in_words_not_in_exponent_form():
    svg = timeline_svg(points("money", 2_550_000_000_000, 2_520_000_000_000), lambda p: "#", lang="en")
    assert "2.52 trillion" in svg and "e+12" not in svg
