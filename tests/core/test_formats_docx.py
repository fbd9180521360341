"""Word documents: paragraphs in order, one per line; locked or damaged files are named as such."""

import pytest

from core.ingest.formats import FormatError
from core.ingest.formats.docx import read_docx
from tests.fixtures.ingest.make import OLE_ENCRYPTED, word_document

ARTICLE = "التحالف يوقف مراقبة قافلة داعش\n\nسحب التحالف الطائرات التي كانت تراقب 11 حافلة."


def test_paragraphs_become_lines_exactly():
    assert read_docx(word_document(ARTICLE)).text == ARTICLE


def test_table_rows_are_read_cell_by_cell():
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "القتلى", "85"
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).text.endswith("القتلى\t85")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (OLE_ENCRYPTED, "password-protected"),
        (OLE_ENCRYPTED[:400], "old Word file"),
        (word_document(ARTICLE)[:700], "damaged or not a Word file"),
        ("نص عادي".encode(), "damaged or not a Word file"),
    ],
)
def test_locked_old_or_damaged_files_are_refused_with_the_reason(data, message):
    with pytest.raises(FormatError, match=message):
        read_docx(data)
