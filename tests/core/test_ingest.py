"""Reading a folder: text kept exactly as decoded; a bad file is reported, never fatal."""

import pytest

from core.ingest.folder import FolderError, read_folder


def test_text_is_kept_exactly_and_title_is_the_first_non_empty_line(tmp_path):
    body = "\n\n  عنوان الخبر \nنص الخبر: 11 حافلة.\n"
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (doc,), problems = read_folder(tmp_path)
    assert doc.text == body and doc.title == "عنوان الخبر" and problems == []


def test_utf8_bom_is_dropped_and_the_encoding_recorded(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffخبر".encode("utf-8"))
    (doc,), _ = read_folder(tmp_path)
    assert doc.text == "خبر" and doc.encoding == "utf-8-sig"


def test_language_follows_the_script_of_the_text(tmp_path):
    (tmp_path / "ar.txt").write_text("قال التحالف الدولي إنه استجاب", encoding="utf-8")
    (tmp_path / "en.txt").write_text("The coalition said it complied", encoding="utf-8")
    docs, _ = read_folder(tmp_path)
    assert {d.path.rsplit("/", 1)[1]: d.language for d in docs} == {"ar.txt": "ar", "en.txt": "en"}


def test_unreadable_files_are_reported_and_the_rest_still_opens(tmp_path):
    (tmp_path / "good.txt").write_text("خبر جيد", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff")
    (tmp_path / "random.txt").write_bytes(bytes(range(128, 256)) * 4 + b"\x00")
    docs, problems = read_folder(tmp_path)
    assert [d.title for d in docs] == ["خبر جيد"]
    assert sorted(p.path for p in problems) == ["binary.txt", "empty.txt", "random.txt"]


def test_hidden_files_and_other_extensions_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("خبر", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("خبر آخر", encoding="utf-8")
    (tmp_path / "notes.docx.tmp").write_text("خبر ثالث", encoding="utf-8")
    (tmp_path / "muqabala.sqlite").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "~$report.docx").write_bytes(b"\x05user")  # the lock file Word leaves beside an open file
    docs, problems = read_folder(tmp_path)
    assert [d.text for d in docs] == ["خبر"] and problems == []


def test_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FolderError):
        read_folder(tmp_path / "nowhere")


def test_a_folder_name_too_long_for_the_file_system_is_an_error_that_says_so(tmp_path):
    with pytest.raises(FolderError, match="cannot be read \\(File name too long\\)"):
        read_folder(tmp_path / ("f" * 300))
