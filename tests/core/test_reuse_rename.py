"""An update's unchanged articles loaded under their new ids (core.store.renamed): the stored records
with the new document id in their ids, nothing else changed, and only the articles named."""

from dataclasses import replace

from core.model import Frame, Mention, Sentence
from core.project import Project
from core.store.renamed import renamed_records


def _mention(id_: str, sentence: str, part_of: str = "", value: object = 11) -> Mention:
    doc = id_.split(".")[0]
    frame = Frame("died", "people", "part" if part_of else "plain", "", part_of, "")
    return Mention(id_, doc, sentence, 4, 9, value, "count", "exact", "شخص", "١١ شخصاً", frame, "number")


def test_sentences_take_the_new_document_id_and_keep_everything_else():
    stored = [
        Sentence("d1.s0", "d1", 0, 0, 40),
        Sentence("d1.s1", "d1", 1, 41, 90, furniture=True),
        Sentence("d9.s0", "d9", 0, 0, 12),
    ]
    assert renamed_records(Sentence, stored, {"d1": "d2", "d9": "d10"}, ("id",)) == [
        Sentence("d2.s0", "d2", 0, 0, 40),
        Sentence("d2.s1", "d2", 1, 41, 90, furniture=True),
        Sentence("d10.s0", "d10", 0, 0, 12),
    ]


def test_only_the_articles_named_are_kept():
    stored = [Sentence("d1.s0", "d1", 0, 0, 40), Sentence("d2.s0", "d2", 0, 0, 30), Sentence("d3.s0", "d3", 0, 0, 9)]
    renamed = renamed_records(Sentence, stored, {"d1": "d1", "d3": "d2"}, ("id",))  # d2 was edited
    assert renamed == [Sentence("d1.s0", "d1", 0, 0, 40), Sentence("d2.s0", "d2", 0, 0, 9)]


def test_articles_that_keep_their_place_keep_their_ids():
    stored = [_mention("d1.m0", "d1.s0"), _mention("d1.m1", "d1.s0", part_of="d1.m0"), _mention("d2.m0", "d2.s4")]
    assert renamed_records(Mention, stored, {"d1": "d1", "d2": "d2"}, ("id", "sentence")) == stored


def test_a_mention_s_part_of_is_renamed_only_when_it_names_a_mention_of_its_own_article():
    total = _mention("d1.m0", "d1.s0")
    part = _mention("d1.m1", "d1.s0", part_of="d1.m0")  # «بينهم ٤ أطفال»: part of its article's total
    elsewhere = _mention("d1.m2", "d1.s1", part_of="d10.m0")  # names another article: left as it is
    big = _mention("d10.m0", "d10.s3", value="2015-07-25")
    renamed = renamed_records(Mention, [total, part, elsewhere, big], {"d1": "d2", "d10": "d11"}, ("id", "sentence"))
    assert renamed == [
        replace(total, id="d2.m0", doc="d2", sentence="d2.s0"),
        replace(part, id="d2.m1", doc="d2", sentence="d2.s0", frame=replace(part.frame, part_of="d2.m0")),
        replace(elsewhere, id="d2.m2", doc="d2", sentence="d2.s1"),
        replace(big, id="d11.m0", doc="d11", sentence="d11.s3"),
    ]
    assert renamed[0].frame is total.frame  # a frame without a part is shared, not copied


def test_nothing_to_rename_gives_nothing():
    assert (
        renamed_records(Sentence, [], {}, ("id",)) == [] and renamed_records(Mention, [], {"d1": "d2"}, ("id",)) == []
    )


def test_the_snapshot_and_the_tables_load_the_same_articles_under_the_same_new_ids(folder):
    with Project.open(folder) as project:
        store = project.store
        stored = [d.id for d in store.load_head(folder).documents]
        renamed = {was: f"d{n + 2}" for n, was in enumerate(stored) if n != 1}  # one added first, the second edited
        from_snapshot = store.load(folder, head=store.load_head(folder), renamed=renamed)
        store.db.execute("DELETE FROM snapshot")
        from_tables = store.load(folder, head=store.load_head(folder), renamed=renamed)
    assert from_snapshot.mentions and {m.doc for m in from_snapshot.mentions} <= set(renamed.values())
    assert (from_snapshot.sentences, from_snapshot.mentions) == (from_tables.sentences, from_tables.mentions)
