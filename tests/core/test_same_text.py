"""Two files hold the same article when their texts differ only in spacing or in Unicode's
compatibility forms (`same_text_key`): the copy is shown once."""

from core.ingest.folder import same_text_key

PLAIN = "قال الدفاع المدني إن 11 حافلة نقلت السكان، ولا إصابات بين المسعفين."
PRESENTATION_FORMS = "قال الدفاع المدني إن 11 حافلة نقلت السكان، وﻻ إصابات بين المسعفين."
"""«لا» written as the ligature U+FEFB, as some old PDF extractions give it."""


def test_spacing_does_not_make_a_text_distinct():
    assert same_text_key("  " + PLAIN.replace(" ", "\n\t ") + "\n") == same_text_key(PLAIN)


def test_a_ligature_in_presentation_forms_is_the_same_text():
    assert same_text_key(PRESENTATION_FORMS) == same_text_key(PLAIN)


def test_full_width_digits_are_the_same_text():
    assert same_text_key(PLAIN.replace("11", "１１")) == same_text_key(PLAIN)


def test_another_figure_is_another_text():
    assert same_text_key(PLAIN.replace("11", "17")) != same_text_key(PLAIN)
