"""Small helpers of the frame reader, pinned against the plain forms they replace."""

from dataclasses import fields, replace

from core.match.frame import _framed, _stretches
from core.model import Frame, Mention


def test_a_framed_mention_is_the_mention_with_that_frame_and_nothing_else_changed():
    values = {f.name: f"{f.name}-value" for f in fields(Mention)}
    mention = Mention(**values)  # type: ignore[arg-type]
    frame = Frame("died", "person", "total", "background", "m1", "year")
    assert _framed(mention, frame) == replace(mention, frame=frame)
    assert repr(_framed(mention, frame)) == repr(replace(mention, frame=frame))


def test_each_number_reads_its_own_stretch_between_its_neighbours():
    cases: list[list[tuple[int, int] | None]] = [
        [],
        [(3, 3)],
        [(0, 1), None, (5, 5), (5, 6), None, (9, 11)],
        [None, None],
        [(4, 4), (2, 2)],
    ]
    for spans in cases:
        los, his = _stretches(spans, 12)
        for k in range(len(spans)):
            assert los[k] == max((sp[1] + 1 for sp in spans[:k] if sp), default=0)
            assert his[k] == min((sp[0] for sp in spans[k + 1 :] if sp), default=12)
