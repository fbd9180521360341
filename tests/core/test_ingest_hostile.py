"""Hostile entries in a folder: each is reported or read, none costs the folder, none is slow by its shape."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from core.ingest.folder import MAX_DEPTH, MAX_LINE_CHARS, read_folder
from core.ingest.formats.docx import MAX_XML_BYTES
from core.mentions.numbers import find_numbers
from core.project import Project
from core.text.segment import sentence_spans
from tests.fixtures.ingest.make import word_document

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "التحالف يوقف مراقبة القافلة\n\nسحب التحالف الطائرات التي كانت تراقب 11 حافلة تنقل نحو 200 مقاتل.\n"


def _messages(problems, name):
    return [p.message for p in problems if Path(p.path).name == name]


def test_a_name_that_is_not_utf8_is_read_shown_escaped_and_saved(tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/\xc7\xe1\xc3\xce\xc8\xc7\xd1.txt"  # windows-1256 bytes, as unzip leaves them
    Path(os.fsdecode(raw)).write_text(ARTICLE, encoding="utf-8")
    docs, problems = read_folder(tmp_path)
    assert [Path(d.path).name for d in docs] == ["\\xc7\\xe1\\xc3\\xce\\xc8\\xc7\\xd1.txt"] and problems == []
    with Project.open(tmp_path) as project:
        assert len(project.analysis.mentions) == 2
    with Project.open(tmp_path) as again:
        assert again.changes.nothing_changed


def test_a_folder_a_thousand_levels_deep_is_cut_at_the_depth_budget(tmp_path):
    here = os.open(tmp_path, os.O_RDONLY)
    for _ in range(1000):
        os.mkdir("d", dir_fd=here)
        below = os.open("d", os.O_RDONLY, dir_fd=here)
        os.close(here)
        here = below
    os.close(here)
    (tmp_path / "top.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        docs, problems = read_folder(tmp_path)
        assert [Path(d.path).name for d in docs] == ["top.txt"]
        assert [p.message for p in problems] == [f"is nested more than {MAX_DEPTH} folders deep: not read"]
    finally:
        _remove_chain(tmp_path, 1000)  # shutil.rmtree (pytest's clean-up) recurses too


def _remove_chain(top: Path, levels: int) -> None:
    """Remove TOP/d/d/…/d (LEVELS deep) from the bottom up, one level at a time."""
    fds = [os.open(top, os.O_RDONLY)]
    for _ in range(levels - 1):
        fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
    for fd in reversed(fds):
        os.rmdir("d", dir_fd=fd)
        os.close(fd)


def test_a_link_to_a_file_outside_the_folder_is_listed_not_read_unless_allowed(tmp_path):
    folder, outside = tmp_path / "articles", tmp_path / "private.txt"
    folder.mkdir()
    outside.write_text(ARTICLE, encoding="utf-8")
    os.symlink(outside, folder / "passwd.txt")
    docs, problems = read_folder(folder)
    assert docs == [] and "outside the folder" in _messages(problems, "passwd.txt")[0]
    docs, problems = read_folder(folder, outside_links=True)
    assert [Path(d.path).name for d in docs] == ["passwd.txt"]


def test_links_to_folders_are_followed_when_allowed_and_a_loop_is_read_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink("..", tmp_path / "a" / "up")
    docs, problems = read_folder(tmp_path, outside_links=True)
    assert [Path(d.path).name for d in docs] == ["one.txt"]
    assert "a loop" in _messages(problems, "up")[0]


def test_a_docx_whose_styles_unpack_beyond_the_budget_is_refused_naming_it(tmp_path):
    base = zipfile.ZipFile(io.BytesIO(word_document(ARTICLE)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in base.namelist():
            if name != "word/styles.xml":
                package.writestr(name, base.read(name))
        package.writestr("word/styles.xml", b"<!--" + b" " * (MAX_XML_BYTES + 1) + b"-->")
    (tmp_path / "bomb.docx").write_bytes(out.getvalue())
    docs, problems = read_folder(tmp_path)
    assert docs == [] and "word/styles.xml" in problems[0].message and "budget" in problems[0].message


def test_a_line_beyond_the_line_budget_is_refused_naming_it(tmp_path):
    (tmp_path / "dump.txt").write_text("كلمة " * (MAX_LINE_CHARS // 5 + 10), encoding="utf-8")
    docs, problems = read_folder(tmp_path)
    assert docs == [] and "line-length budget" in problems[0].message


def test_an_aes_encrypted_pdf_is_refused_without_asking_for_a_package(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from hostile_folder import _aes_pdf

    (tmp_path / "locked.pdf").write_bytes(_aes_pdf())
    _, problems = read_folder(tmp_path)
    assert "encrypted" in problems[0].message and "cryptography" not in problems[0].message


def test_a_page_beyond_the_element_budget_is_refused(tmp_path):
    (tmp_path / "huge.html").write_text("<html><body>" + "<div><p>كلام</p></div>" * 25_000 + "</body></html>")
    _, problems = read_folder(tmp_path)
    assert "HTML elements" in problems[0].message and "budget" in problems[0].message


def test_problems_reach_the_listener_as_they_are_found(tmp_path):
    for n, name in enumerate(("a.txt", "b.txt", "c.txt")):
        (tmp_path / name).write_text(ARTICLE.replace("11", str(20 + n)), encoding="utf-8")
    (tmp_path / "a-empty.txt").write_bytes(b"")
    seen: list[str] = []
    heard: list[tuple[str, list[str]]] = []
    read_folder(
        tmp_path,
        progress=lambda done, total, path: seen.append(path),
        on_problem=lambda p: heard.append((p.path, list(seen))),
    )
    assert heard == [("a-empty.txt", ["a-empty.txt"])]  # before b.txt and c.txt were opened


def test_the_cli_escapes_control_characters_in_names(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x\x1b[2Jy\nz.txt").write_bytes(b"")
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "\x1b" not in run.stderr
    assert "x\\x1b[2Jy\\nz.txt: is empty" in run.stderr


def test_reopening_a_folder_with_refused_files_is_the_fast_path_and_lists_them_again(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")  # a copy: shown once
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with open(tmp_path / "huge.txt", "wb") as big:
        big.truncate(4 * 1024**3)  # sparse: 4 GB on paper
    with Project.open(tmp_path) as first:
        problems = first.analysis.problems
    assert len(problems) == 3
    heard: list[object] = []
    with Project.open(tmp_path, on_problem=heard.append) as again:
        assert again.changes.nothing_changed and again.analysis.problems == problems
    assert heard == []  # the problems come from the project file: no file was read or decoded again


def test_an_update_tells_what_its_folder_walk_meets_as_a_first_analysis_does(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with Project.open(tmp_path):
        pass
    (tmp_path / "b.txt").write_text("قتل 3 أشخاص في انفجار سيارة مفخخة.\n", encoding="utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (tmp_path / "linked").symlink_to(elsewhere, target_is_directory=True)
    heard: list[object] = []
    with Project.open(tmp_path, on_problem=heard.append) as updated:
        assert updated.changes.added == ("b.txt",)
    assert [(Path(p.path).name, p.severity) for p in heard] == [("linked", "info")]
    assert heard == [p for p in updated.analysis.problems if Path(p.path).name == "linked"]


def test_address_shaped_bait_neither_hides_numbers_nor_takes_long():
    text = "ab." * 7000 + " قتل 5 أشخاص " + "x@x." * 25000 + " وأصيب 30 آخرون"
    assert [n.value for n in find_numbers(text)] == [5, 30]
    assert find_numbers("راسلوا info@site.org أو زوروا news.example.com/2017/5 حيث قتل 7")[-1].value == 7
    assert [n.value for n in find_numbers("راسلوا info@site.org أو زوروا news.example.com/2017/5")] == []


def test_a_percent_sign_is_never_taken_by_two_numbers():
    spans = [(n.start, n.end) for n in find_numbers("ارتفعت من 0 ٪0 إلى 5 ٪3")]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_one_letter_abbreviations_still_hold_a_sentence_together():
    text = "قال د. محمد إن 5 أشخاص قتلوا. وأضاف أن («د.» ليست نهاية)."
    assert len(sentence_spans(text)) == 2
