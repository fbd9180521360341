"""The renamed copies an update makes of an unchanged article's stored sentences and mentions
(core.reuse): the stored records with the new document id in their ids, nothing else changed."""

from dataclasses import replace

from core.model import Frame, Mention, Sentence
from core.reuse import _renamed_mentions, _renamed_sentences


def _mention(id_: str, sentence: str, part_of: str = "", value: object = 11) -> Mention:
    doc = id_.split(".")[0]
    frame = Frame("died", "people", "part" if part_of else "plain", "", part_of, "")
    return Mention(id_, doc, sentence, 4, 9, value, "count", "exact", "شخص", "١١ شخصاً", frame, "number")


def test_sentences_take_the_new_document_id_and_keep_everything_else():
    d1 = [Sentence("d1.s0", "d1", 0, 0, 40), Sentence("d1.s1", "d1", 1, 41, 90, furniture=True)]
    d9 = [Sentence("d9.s0", "d9", 0, 0, 12)]
    renamed = _renamed_sentences([(d1, "d1", "d2"), (d9, "d9", "d10"), ([], "d11", "d12")])
    assert renamed == [
        Sentence("d2.s0", "d2", 0, 0, 40),
        Sentence("d2.s1", "d2", 1, 41, 90, furniture=True),
        Sentence("d10.s0", "d10", 0, 0, 12),
    ]


def test_a_mention_s_part_of_is_renamed_only_when_it_names_a_mention_of_its_own_article():
    total = _mention("d1.m0", "d1.s0")
    part = _mention("d1.m1", "d1.s0", part_of="d1.m0")  # «بينهم ٤ أطفال»: part of its article's total
    elsewhere = _mention("d1.m2", "d1.s1", part_of="d10.m0")  # names another article: left as it is
    big = _mention("d10.m0", "d10.s3", value="2015-07-25")
    renamed = _renamed_mentions([([total, part, elsewhere], "d1", "d2"), ([big], "d10", "d11")])
    assert renamed == [
        replace(total, id="d2.m0", doc="d2", sentence="d2.s0"),
        replace(part, id="d2.m1", doc="d2", sentence="d2.s0", frame=replace(part.frame, part_of="d2.m0")),
        replace(elsewhere, id="d2.m2", doc="d2", sentence="d2.s1"),
        replace(big, id="d11.m0", doc="d11", sentence="d11.s3"),
    ]
    assert renamed[0].frame is total.frame  # a frame without a part is shared, not copied


def test_nothing_to_rename_gives_nothing():
    assert _renamed_sentences([]) == [] and _renamed_mentions([]) == []
