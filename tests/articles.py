"""A folder of short articles written for a test, analysed as a user's folder would be."""

from __future__ import annotations

from pathlib import Path

from core.model import Analysis
from core.pipeline import analyze_folder


def write_articles(folder: Path, *articles: str) -> Path:
    """ARTICLES as 001.txt, 002.txt, … in FOLDER (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(articles):
        (folder / f"{i + 1:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def analyse(folder: Path, *articles: str) -> Analysis:
    """The analysis of a folder holding ARTICLES."""
    return analyze_folder(write_articles(folder, *articles))
