"""Files → documents. An unreadable file becomes a `Problem`; it never aborts the folder.

The text is kept exactly as decoded (only a UTF-8 byte-order mark is dropped), so that every
offset computed later points at the characters the user sees.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from core.model import Document, Problem

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024
"""Articles above this size are refused: no news article is 20 MB, a log or dump file is."""

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile(r"[A-Za-z]")


class FolderError(Exception):
    """The folder itself cannot be used (missing, not a folder, unreadable)."""


def list_articles(folder: Path) -> list[Path]:
    """Article files of a folder and its subfolders, hidden entries skipped, in a stable order."""
    if not folder.exists():
        raise FolderError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise FolderError(f"{folder}: not a folder")
    found: list[Path] = []
    try:
        for root, dirs, files in os.walk(folder, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(
                Path(root) / f
                for f in sorted(files)
                if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)
            )
    except OSError as exc:
        raise FolderError(f"{folder}: cannot be read ({exc.strerror})") from exc
    return found


def detect_language(text: str) -> str:
    """"ar" when Arabic letters outnumber Latin ones, else "en" (pane direction follows this)."""
    return "ar" if len(_ARABIC.findall(text)) >= len(_LATIN.findall(text)) else "en"


def title_of(text: str) -> str:
    """The first non-empty line, trimmed."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding). Raises UnicodeDecodeError when not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    return data.decode("utf-8"), "utf-8"


def read_document(path: Path, doc_id: str, folder: Path) -> Document | Problem:
    """Read one article file into a Document, or say plainly why it cannot be used."""
    shown = str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Problem(shown, f"too large ({size // 1_000_000} MB; the limit is {MAX_BYTES // 1_000_000} MB)")
        data = path.read_bytes()
    except OSError as exc:
        return Problem(shown, f"cannot be read: {exc.strerror or exc}")
    if b"\x00" in data[:4096]:
        return Problem(shown, "looks like a binary file, not text")
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:
        return Problem(shown, f"is not valid UTF-8 text (byte {exc.start})")
    if not text.strip():
        return Problem(shown, "is empty", "warning")
    return Document(
        id=doc_id,
        path=str(path),
        title=title_of(text),
        text=text,
        encoding=encoding,
        language=detect_language(text),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_folder(folder: str | Path) -> tuple[list[Document], list[Problem]]:
    """All readable articles of a folder (ids d1, d2, … in path order) and the problems met."""
    root = Path(folder)
    documents: list[Document] = []
    problems: list[Problem] = []
    for path in list_articles(root):
        result = read_document(path, f"d{len(documents) + 1}", root)
        (documents if isinstance(result, Document) else problems).append(result)  # type: ignore[arg-type]
    return documents, problems
