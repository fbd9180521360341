"""A mention given its frame keeps every other field."""

from dataclasses import fields, replace

from core.match.frame import _framed
from core.model import Frame, Mention


def test_a_framed_mention_is_the_mention_with_that_frame_and_nothing_else_changed():
    values = {f.name: f"{f.name}-value" for f in fields(Mention)}
    mention = Mention(**values)  # type: ignore[arg-type]
    frame = Frame("died", "person", "total", "background", "m1", "year")
    assert _framed(mention, frame) == replace(mention, frame=frame)
    assert repr(_framed(mention, frame)) == repr(replace(mention, frame=frame))
