"""A folder of short articles written for a test, analysed as a user's folder would be."""

from __future__ import annotations

from pathlib import Path

from core.model import Analysis, Fact, Mention
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


def mention(analysis: Analysis, value: float) -> Mention:
    """The one mention of ANALYSIS with VALUE."""
    (found,) = [m for m in analysis.mentions if m.value == value]
    return found


def fact_of(analysis: Analysis, m: Mention) -> Fact:
    """The fact M belongs to."""
    (found,) = [f for f in analysis.facts if m.id in f.mentions]
    return found


def one_fact(analysis: Analysis, a: Mention, b: Mention) -> bool:
    """Whether A and B are one fact."""
    return fact_of(analysis, a).id == fact_of(analysis, b).id


def facts_with(analysis: Analysis, *values: object) -> list[Fact]:
    """Facts whose mentions carry all the given values."""
    by_id = {m.id: m for m in analysis.mentions}
    return [f for f in analysis.facts if set(values) <= {by_id[i].value for i in f.mentions}]
