"""Plain-text articles in the encodings Arabic newsrooms use; the encoding found is recorded."""

import codecs

import pytest

from core.ingest.formats import FormatError
from core.ingest.formats.text import decode

ARTICLE = "قال المتحدث إن التحالف دمر 40 آلية وقتل 85 مقاتلا حاولوا الالتحاق بالقافلة.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("cp1256"), "windows-1256"),
        (ARTICLE.encode("iso8859_6"), "iso-8859-6"),
    ],
)
def test_each_encoding_gives_the_same_text_and_is_named(data, encoding):
    text, found, notes = decode(data)
    assert (text, found, notes) == (ARTICLE, encoding, [])


def test_utf16_without_a_byte_order_mark_is_read_with_a_warning():
    text, found, notes = decode(ARTICLE.encode("utf-16-le"))
    assert (text, found) == (ARTICLE, "utf-16-le") and notes[0][0] == "warning"


def test_utf8_cut_in_the_middle_of_a_letter_keeps_what_came_before():
    data = ARTICLE.encode("utf-8")
    cut = data[: data.index("آلية".encode()) + 1]  # one byte of the two of «آ»
    text, found, notes = decode(cut)
    assert text == ARTICLE[: ARTICLE.index("آلية")] and found == "utf-8"
    assert notes == [("warning", "ends in the middle of a character (cut short?): the last 1 byte(s) were dropped")]


def test_one_damaged_byte_in_utf8_is_shown_as_a_replacement_character():
    data = ARTICLE.encode("utf-8")
    text, found, notes = decode(data[:7] + b"\xff" + data[7:])  # after «قال »
    assert found == "utf-8" and text.count("\ufffd") == 1 and "damaged" in notes[0][1]


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        bytes(range(1, 9)) * 100,
    ],
)
def test_binary_data_is_refused(data):
    with pytest.raises(FormatError, match="binary"):
        decode(data)
