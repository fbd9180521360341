"""What an update took renamed from the stored analysis is known to its save (core.store.renamed_links)."""

from dataclasses import replace

from core.model import Alignment, Fact
from core.store.renamed_links import RenamedLinks

STORED_FACT = Fact("f3", "conflict", ("d4.m2", "d7.m5"), "عدد الحافلات")
RENAMED_FACT = replace(STORED_FACT, mentions=("d5.m2", "d8.m5"))


def test_a_renamed_fact_is_known_by_its_first_mention_once_numbered_again():
    links = RenamedLinks()
    links.facts([RENAMED_FACT], [STORED_FACT])
    assert links.stored_fact(replace(RENAMED_FACT, id="f4")) is STORED_FACT


def test_a_fact_not_taken_renamed_is_not_known():
    links = RenamedLinks()
    links.facts([RENAMED_FACT], [STORED_FACT])
    assert links.stored_fact(STORED_FACT) is None


def test_a_renamed_alignment_is_given_beside_the_one_it_was_stored_as():
    stored = Alignment("d4.s1", "d7.s3", 0.82, "بعشر حافلات")
    renamed = Alignment("d5.s1", "d8.s3", 0.82, "بعشر حافلات")
    links = RenamedLinks()
    links.alignments([renamed], [stored])
    assert links.stored_alignments() == ([renamed], [stored])
