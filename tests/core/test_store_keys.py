"""The rows name an article by its key, the analysis by its place (core.store.keys.Keys)."""

from core.store.keys import NO_KEYS, Keys

MOVED = Keys({"d5": "d4"})
"""An article added before the one saved as d4: it is now d5, its rows still say d4."""


def test_a_sentence_is_named_in_the_rows_by_its_article_key():
    assert MOVED.row("d5.s3") == "d4.s3"


def test_an_article_that_did_not_move_keeps_its_id_in_the_rows():
    assert MOVED.row("d2.m1") == "d2.m1"


def test_texts_that_name_an_article_are_renamed_each():
    assert MOVED.texts(["11 (d5) vs 17 (d2)", ""]) == ["11 (d4) vs 17 (d2)", ""]


def test_texts_that_name_no_article_are_given_back_as_they_are():
    texts = ["", "بعشر حافلات"]
    assert MOVED.texts(texts) is texts
    assert NO_KEYS.texts(["(d5)"]) == ["(d5)"]
