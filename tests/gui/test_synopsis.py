"""The Aligned view's rows: one per alignment group, sources in their own order, loners alone."""

from __future__ import annotations

from core.match.synopsis import synopsis_rows
from core.model import Alignment, Analysis, Document, Sentence


def _analysis(
    sentences: dict[str, int], alignments: list[tuple[str, str]], furniture: frozenset[str] = frozenset()
) -> Analysis:
    docs = sorted({sid.split(".")[0] for sid in sentences})
    return Analysis(
        folder="x",
        documents=[Document(d, f"{d}.txt", d, "") for d in docs],
        sentences=[
            Sentence(sid, sid.split(".")[0], i, 10 * i, 10 * i + 9, sid in furniture) for sid, i in sentences.items()
        ],
        alignments=[Alignment(a, b, 1.0) for a, b in alignments],
    )


def test_aligned_sentences_share_a_row_and_loners_get_their_own() -> None:
    an = _analysis(
        {"d1.s1": 0, "d1.s2": 1, "d1.s3": 2, "d2.s1": 0, "d2.s2": 1},
        [("d1.s2", "d2.s1"), ("d1.s3", "d2.s2")],
    )
    rows = [r.cells for r in synopsis_rows(an)]
    assert rows == [(("d1.s1",), ()), (("d1.s2",), ("d2.s1",)), (("d1.s3",), ("d2.s2",))]


def test_groups_are_connected_components() -> None:
    an = _analysis(
        {"d1.s1": 0, "d2.s1": 0, "d3.s1": 0, "d3.s2": 1},
        [("d1.s1", "d2.s1"), ("d2.s1", "d3.s2")],
    )
    rows = synopsis_rows(an)
    assert rows[0].cells == ((), (), ("d3.s1",))
    assert rows[1].cells == (("d1.s1",), ("d2.s1",), ("d3.s2",))
    assert rows[1].aligned and not rows[0].aligned


def test_each_source_keeps_its_order_when_groups_cross() -> None:
    an = _analysis(
        {"d1.s1": 0, "d1.s2": 1, "d2.s1": 0, "d2.s2": 1},
        [("d1.s1", "d2.s2"), ("d1.s2", "d2.s1")],
    )
    rows = synopsis_rows(an)
    order_d1 = [sid for r in rows for sid in r.cells[0]]
    assert order_d1 == ["d1.s1", "d1.s2"]
    assert sorted(sid for r in rows for c in r.cells for sid in c) == ["d1.s1", "d1.s2", "d2.s1", "d2.s2"]


def test_furniture_is_left_out_by_default() -> None:
    an = _analysis({"d1.s1": 0, "d1.s2": 1}, [], furniture={"d1.s2"})
    assert [r.cells for r in synopsis_rows(an)] == [(("d1.s1",),)]
    assert len(synopsis_rows(an, include_furniture=True)) == 2


def test_a_weak_link_does_not_chain_a_third_sentence_of_one_source_into_a_group() -> None:
    an = _analysis({"d1.s1": 0, "d1.s2": 1, "d1.s3": 2, "d2.s1": 0}, [])
    an.alignments = [
        Alignment("d1.s1", "d2.s1", 0.9),
        Alignment("d1.s2", "d2.s1", 0.8),
        Alignment("d1.s3", "d2.s1", 0.3),
    ]
    rows = [r.cells for r in synopsis_rows(an)]
    assert (("d1.s1", "d1.s2"), ("d2.s1",)) in rows
    assert (("d1.s3",), ()) in rows
