"""Totals and their parts in one sentence."""

from core.match.parts import parts
from core.mentions.numbers import find_numbers
from core.model import Mention


def structure(text: str) -> list[tuple[str, str | None]]:
    mentions = [
        Mention(f"m{i}", "d1", "d1.s1", n.start, n.end, n.value, n.kind, n.qualifier, n.counted, n.text)
        for i, n in enumerate(find_numbers(text))
    ]
    whole = parts({"d1": text}, mentions)
    text_of = {m.id: m.text for m in mentions}
    return [(m.text, text_of.get(whole.get(m.id, ""))) for m in mentions]


def test_numbers_after_minhum_are_parts_of_the_number_before():
    assert structure("وأسفر عن استشهاد 15 منهم 12 من منسوبي القوات، وثلاثة عاملين") == [
        ("15", None),
        ("12 من منسوبي", "15"),
        ("ثلاثة عاملين", "15"),
    ]


def test_numbers_side_by_side_are_not_parts():
    assert structure("قتل 12 شخصا وأصيب 30 آخرون") == [("12 شخصا", None), ("30 آخرون", None)]


def test_a_number_followed_by_minhum_is_a_part_of_the_number_before():
    assert structure("استفاد من البرامج 25589 مشاركا والتحق 14058 مشاركا منهم بالامتحانات") == [
        ("25589 مشاركا", None),
        ("14058 مشاركا", "25589 مشاركا"),
    ]
