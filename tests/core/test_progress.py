"""Progress is said as a step and, for some steps, the file: the interface words it in its language."""

from core.progress import ANALYSING, COMPARING, OPENING, WRITING, heard, said


def test_a_step_that_names_a_file_gives_it_back_whole():
    assert heard(said(OPENING, "أخبار اليوم/خبر 1.txt")) == (OPENING, "أخبار اليوم/خبر 1.txt")


def test_a_file_named_like_a_step_is_still_a_file():
    assert heard(said(ANALYSING, "writing the project file")) == (ANALYSING, "writing the project file")


def test_a_step_alone_is_heard_alone():
    assert heard(said(COMPARING)) == (COMPARING, "")
    assert heard(said(WRITING, "ignored")) == (WRITING, "")


def test_a_message_of_no_step_is_kept_as_it_is():
    assert heard("something else") == ("", "something else")
