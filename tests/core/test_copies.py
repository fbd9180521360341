"""Near-identical copies of one wire text are grouped; distinct reports of the same event are not."""

from __future__ import annotations

from core.match.copies import copy_groups
from core.model import Document

WIRE = (
    "أعلنت وزارة الصحة تسجيل 312 إصابة جديدة بالحمى في المنطقة الجنوبية خلال الأسبوع الماضي، "
    "وقالت إن 41 مريضاً ما زالوا في المستشفيات وإن فرق التقصي زارت 18 قرية لرش المبيدات. "
    "وأضافت الوزارة أن حملة التطعيم ستبدأ يوم الأحد وتستمر عشرة أيام في المدارس والمراكز الصحية."
)
OWN_REPORT = (
    "زار مراسلنا قرى الجنوب التي ضربتها الحمى، وقال الأهالي إن المستوصف الوحيد يستقبل عشرات "
    "المرضى يومياً وإن الأدوية نفدت منذ أيام. وطالب شيخ القبيلة بإرسال أطباء إضافيين قبل موسم الأمطار."
)


def _doc(i: int, text: str) -> Document:
    return Document(f"d{i}", f"{i:03d}.txt", text.split("،")[0], text)


def test_wire_copies_with_another_headline_and_dateline_are_one_group() -> None:
    docs = [
        _doc(1, WIRE),
        _doc(2, "الرياض - واس\n" + WIRE),
        _doc(3, "الحمى في الجنوب: 312 إصابة\n\n" + WIRE.replace("الماضي", "المنصرم")),
        _doc(4, OWN_REPORT),
    ]
    assert copy_groups(docs) == [["d1", "d2", "d3"], ["d4"]]


def test_a_shortened_copy_is_a_copy() -> None:
    first_two_sentences = WIRE.rsplit(". ", 1)[0] + "."
    assert copy_groups([_doc(1, WIRE), _doc(2, first_two_sentences)]) == [["d1", "d2"]]


def test_hamza_and_tashkeel_do_not_make_a_copy_distinct() -> None:
    variant = WIRE.replace("أعلنت", "اعلنت").replace("إصابة", "اصابة").replace("الصحة", "الصحّة")
    assert copy_groups([_doc(1, WIRE), _doc(2, variant)]) == [["d1", "d2"]]


def test_distinct_reports_stay_apart() -> None:
    assert copy_groups([_doc(1, WIRE), _doc(2, OWN_REPORT)]) == [["d1"], ["d2"]]
