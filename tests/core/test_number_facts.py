"""The folder's facts numbered f1, f2, … in display order: conflicts, then shared, biggest first."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from core.match import reasons as R
from core.match.fact_order import number_facts
from core.model import Fact

SHARED = Fact(
    "x1", "shared", ("d1.m2", "d2.m1"), "قتلى", counted="قتيل", kind="count", reasons=(R.reason(R.VALUES_AGREE),)
)
CONFLICT = Fact("x2", "conflict", ("d1.m1", "d3.m4"), "جرحى", counted="جريح", kind="count")
BIGGER = Fact("x3", "shared", ("d2.m3", "d3.m1", "d4.m2"), "حافلات", review="confirmed")


def test_facts_are_numbered_conflicts_first_then_shared_biggest_first():
    numbered = number_facts([SHARED, CONFLICT, BIGGER])
    assert [(f.id, f.label) for f in numbered] == [("f1", "جرحى"), ("f2", "حافلات"), ("f3", "قتلى")]


def test_a_numbered_fact_is_the_same_fact_under_its_new_id_and_stays_frozen():
    (numbered,) = number_facts([SHARED])
    assert numbered == dataclasses.replace(SHARED, id="f1") and hash(numbered) == hash(
        dataclasses.replace(SHARED, id="f1")
    )
    assert pickle.loads(pickle.dumps(numbered)) == numbered
    with pytest.raises(dataclasses.FrozenInstanceError):
        numbered.label = "مصابون"  # type: ignore[misc]


def test_facts_of_one_status_and_size_are_numbered_in_the_folder_order_not_as_text():
    """«d9» comes before «d10», and «d1.m3» before «d1.m12»: as text they would not."""
    later = dataclasses.replace(SHARED, id="x4", mentions=("d10.m1", "d11.m1"), label="مصابون")
    earlier = dataclasses.replace(SHARED, id="x5", mentions=("d9.m2", "d11.m2"), label="قتلى")
    first = dataclasses.replace(SHARED, id="x6", mentions=("d1.m3", "d2.m5"), label="مفقودون")
    second = dataclasses.replace(SHARED, id="x7", mentions=("d1.m12", "d2.m6"), label="ناجون")
    numbered = number_facts([later, second, earlier, first])
    assert [f.label for f in numbered] == ["مفقودون", "ناجون", "قتلى", "مصابون"]
