"""PDF text layers: Arabic in visual order or shaped glyphs repaired, with a plain warning."""

import io

import pypdf
import pytest

from core.ingest.formats import FormatError, NotAnArticle
from core.ingest.formats.pdf import read_pdf
from core.ingest.formats.visual import repair, to_logical, unshape
from tests.fixtures.ingest.make import pdf_with_text

# «قتل 85 مسلحا في الغارة» as a PDF producer stores it: shaped glyphs, left to right on the page.
VISUAL = "ﺓﺭﺎﻐﻟﺍ ﻲﻓ ﺎﺤﻠﺴﻣ 85 ﻞﺘﻗ"


def test_an_english_text_layer_is_read_as_it_is():
    pdf = read_pdf(pdf_with_text(["The convoy had 11 buses.", "About 300 fighters left."]))
    assert pdf.text == "The convoy had 11 buses.\nAbout 300 fighters left." and pdf.notes == []


def test_shaped_arabic_in_visual_order_is_turned_into_reading_order_with_a_warning():
    pdf = read_pdf(pdf_with_text([VISUAL, "The convoy had 11 buses."]))
    assert pdf.text == "قتل 85 مسلحا في الغارة\nThe convoy had 11 buses."
    assert "visual (reversed) order" in pdf.notes[0][1]


def test_arabic_set_word_by_word_from_the_right_is_read_in_reading_order():
    shaped_words = "ﻗﺘﻞ 85 ﻣﺴﻠﺤﺎ ﻓﻲ ﺍﻟﻐﺎﺭﺓ ﻋﻠﻰ ﺍﻟﻘﺎﻓﻠﺔ"  # «قتل 85 مسلحا في الغارة على القافلة», shaped
    pdf = read_pdf(pdf_with_text([shaped_words], words_right_to_left=True))
    assert pdf.text == "قتل 85 مسلحا في الغارة على القافلة"


def test_arabic_already_in_reading_order_is_left_alone():
    assert read_pdf(pdf_with_text(["قتل 85 مسلحا في الغارة"])).text == "قتل 85 مسلحا في الغارة"


def test_the_lam_alef_ligature_comes_out_as_two_letters_in_order():
    assert unshape("ﻻ") == "لا" and repair("ﺔﻠﻓﺎﻘﻟﺍ ﻰﻟﺇ ﻻﻮﺻﻭ ﻝﺎﻗ")[0] == "قال وصولا إلى القافلة"


def test_digits_and_latin_words_keep_their_own_order_when_a_line_is_turned():
    assert to_logical("ةلودلا ميظنت نم 2017 ماع IS") == "IS عام 2017 من تنظيم الدولة"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (pdf_with_text(["The convoy left."], encrypt_with="sirr"), "password-protected"),
        (pdf_with_text(["The convoy left."])[:250], "damaged"),
        (b"%PDF-1.4 nothing else", "damaged"),
        (pdf_with_text([]), "no text layer"),
    ],
)
def test_locked_damaged_or_scanned_pdfs_are_refused_with_the_reason(data, message):
    with pytest.raises(FormatError, match=message):
        read_pdf(data)


def test_text_whose_order_cannot_be_settled_is_flagged_as_doubtful():
    lines = ["ةلفاقلا تلصو"] * 5  # one reversed-looking word a line: too little to turn a line, too much to trust
    text, turned, doubtful = repair("\n".join(lines))
    assert turned == 0 and doubtful


def _with_info(data: bytes, **info: str) -> bytes:
    """DATA, a PDF, with these entries in its document information (CreationDate, Creator …)."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.add_metadata({f"/{key}": value for key, value in info.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdfs_creation_date_is_its_publication_time():
    pdf = read_pdf(_with_info(pdf_with_text(["The convoy left."]), CreationDate="D:20150725095000+03'00'"))
    assert pdf.published == "2015-07-25T09:50"


def test_a_pdf_muqabala_printed_is_no_article():
    with pytest.raises(NotAnArticle):
        read_pdf(_with_info(pdf_with_text(["The convoy left."]), Creator="Muqabala"))
