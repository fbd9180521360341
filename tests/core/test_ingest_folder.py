"""A researcher's folder as it really is: subfolders, copies, links, pipes, locked and vanishing files."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from core.ingest.folder import list_folder, read_folder, read_listed
from tests.fixtures.ingest.make import legacy_bytes, word_document

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "التحالف يوقف مراقبة القافلة\n\nسحب التحالف الطائرات التي كانت تراقب 11 حافلة تنقل نحو 200 مقاتل.\n"
OTHER = "روسيا تعلن مقتل قياديين\n\nقالت وزارة الدفاع الروسية إن طائرتين استهدفتا مقرا في دير الزور.\n"


def names(problems):
    return sorted(p.path for p in problems)


def test_subfolders_are_read_by_default_and_hidden_ones_skipped(tmp_path):
    (tmp_path / "2017" / "sept").mkdir(parents=True)
    (tmp_path / "2017" / "sept" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "b.txt").write_text(OTHER, encoding="utf-8")
    docs, problems = read_folder(tmp_path)
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in docs] == ["2017/sept/a.txt"]
    assert read_folder(tmp_path, recurse=False)[0] == []


def test_the_resources_folder_a_browser_saves_beside_a_page_is_not_read(tmp_path):
    (tmp_path / "convoy.html").write_text(f"<html><body><h1>قافلة</h1><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (tmp_path / "convoy_files").mkdir()
    (tmp_path / "convoy_files" / "ad-frame.html").write_text("<p>اشترك الآن بخصم 50%</p>", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    (tmp_path / "notes_files" / "n.txt").write_text(OTHER, encoding="utf-8")
    docs, problems = read_folder(tmp_path)
    assert [Path(d.path).name for d in docs] == ["convoy.html", "n.txt"] and problems == []


def test_the_same_article_saved_twice_is_shown_once_with_both_paths_named(tmp_path):
    (tmp_path / "aljazeera.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "aljazeera-1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "archive" / "aljazeera.docx").write_bytes(word_document(ARTICLE.rstrip("\n")))
    docs, problems = read_folder(tmp_path)
    assert [Path(d.path).name for d in docs] == ["aljazeera.txt"]
    assert [(p.path, p.severity) for p in problems] == [
        ("archive/aljazeera-1256.txt", "info"),
        ("archive/aljazeera.docx", "info"),
    ]
    assert all("aljazeera.txt" in p.message and "shown once" in p.message for p in problems)


def test_the_detected_encoding_and_language_are_recorded(tmp_path):
    data, _ = legacy_bytes(OTHER, "iso8859_6")
    (tmp_path / "old.txt").write_bytes(data)
    (tmp_path / "reuters.txt").write_text("Russia says it killed 40 militants near Deir ez-Zor.", encoding="utf-8")
    docs, _ = read_folder(tmp_path)
    assert [(d.encoding, d.language) for d in docs] == [("iso-8859-6", "ar"), ("utf-8", "en")]
    assert docs[0].text == OTHER


def test_links_that_lead_nowhere_or_in_a_circle_are_reported(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "ping.txt").symlink_to("pong.txt")
    (tmp_path / "pong.txt").symlink_to("ping.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..", target_is_directory=True)  # never followed
    docs, problems = read_folder(tmp_path)
    assert len(docs) == 1
    messages = {p.path: p.message for p in problems}
    assert "broken link" in messages["gone.txt"] and "deleted.txt" in messages["gone.txt"]
    assert "loops" in messages["ping.txt"] and "loops" in messages["pong.txt"]
    assert "not followed" in messages["sub/up"]


def test_a_pipe_named_like_an_article_is_reported_not_waited_on(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "feed.txt")  # opening it for reading would block until a writer comes
    docs, problems = read_folder(tmp_path)
    assert len(docs) == 1 and [(p.path, "not a regular file" in p.message) for p in problems] == [("feed.txt", True)]


def test_a_file_that_disappears_while_the_folder_is_read_is_reported(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("11", str(len(name) + ord(name[0]))), encoding="utf-8")

    def delete_the_next_one(done, total, path):
        if path == "a.txt":
            (tmp_path / "b.txt").unlink()  # listed, then gone before its turn: another program moved it

    docs, problems = read_folder(tmp_path, progress=delete_the_next_one)
    assert [Path(d.path).name for d in docs] == ["a.txt", "c.txt"]
    assert [(p.path, p.message) for p in problems] == [("b.txt", "disappeared before it could be read")]


def test_a_50_mb_file_is_refused_at_once_without_being_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(tmp_path / "dump.txt", "wb") as big:
        big.truncate(50 * 1024 * 1024)
    docs, problems = read_folder(tmp_path)
    assert len(docs) == 1
    assert [(p.path, p.message) for p in problems] == [("dump.txt", "is too large (50 MB; the limit is 20 MB)")]


def test_archives_are_noted_and_never_opened(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "articles.zip", "w") as archive:
        archive.writestr("inside.txt", ARTICLE)
    docs, problems = read_folder(tmp_path)
    assert docs == [] and [p.severity for p in problems if p.path == "articles.zip"] == ["info"]
    assert not any("inside" in p.path for p in problems)


def test_a_folder_without_articles_says_so(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    docs, problems = read_folder(tmp_path)
    assert docs == [] and problems[-1].severity == "warning" and "no articles found" in problems[-1].message


def test_the_cli_prints_the_problems_and_succeeds_when_one_article_was_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0
    assert "skipped broken.pdf: is damaged" in run.stderr and "warning empty.txt: is empty" in run.stderr
    assert "1 article(s) read; problems: 1 error(s), 1 warning(s), 0 note(s)" in run.stderr


def test_the_cli_fails_when_no_article_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 2 and "no readable articles" in run.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to drop privileges")
def test_a_file_the_user_may_not_read_is_reported():
    """chmod 000 does not stop root, so when the tests run as root the folder is read by a child
    process that has become `nobody` (uid 65534) first: the permission check is the kernel's."""
    folder = Path(tempfile.mkdtemp(prefix="muqabala-perm-"))
    try:
        folder.chmod(0o755)
        (folder / "open.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "locked.txt").write_text(OTHER, encoding="utf-8")
        (folder / "open.txt").chmod(0o644)
        (folder / "locked.txt").chmod(0o000)
        (folder / "private").mkdir(mode=0o700)
        (folder / "private" / "c.txt").write_text(ARTICLE, encoding="utf-8")
        result = _read_folder_without_privileges(folder)
    finally:
        shutil.rmtree(folder)
    assert result == {
        "docs": ["open.txt"],
        "problems": [
            ["private", "subfolder cannot be read (Permission denied): skipped"],
            ["locked.txt", "cannot be read: permission denied"],
        ],
    }


def _read_folder_without_privileges(folder):
    import core.ingest.formats.text  # noqa: F401 — imported while the interpreter's files can still be read

    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, read, report as JSON, leave without running pytest's exit code
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            docs, problems = read_folder(folder)
            out = {"docs": [Path(d.path).name for d in docs], "problems": [[p.path, p.message] for p in problems]}
        except BaseException as exc:  # noqa: BLE001 — reported to the parent, which fails the test
            out = {"error": repr(exc)}
        os.write(writing, json.dumps(out).encode())
        os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as stream:
        data = stream.read()
    os.waitpid(pid, 0)
    return json.loads(data)


def test_a_preview_reads_the_first_articles_with_the_ids_the_whole_folder_gives_them(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")  # a copy: shown once
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "d.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "e.txt").write_text(OTHER + "\nوأضافت الوزارة أن 3 مواقع دمرت.\n", encoding="utf-8")
    everything, _ = read_folder(tmp_path)
    first, _ = read_listed(list_folder(tmp_path), first=2)
    assert [(d.id, d.path) for d in first] == [(d.id, d.path) for d in everything[:2]]
    assert [Path(d.path).name for d in first] == ["a.txt", "d.txt"]


def test_the_article_files_are_counted_without_being_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 not really")  # counted: whether it reads is seen later
    (tmp_path / "notes.xlsx").write_bytes(b"PK")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>" + OTHER + "</p>", encoding="utf-8")
    assert len(list_folder(tmp_path).articles) == 3
    assert len(list_folder(tmp_path, recurse=False).articles) == 2
