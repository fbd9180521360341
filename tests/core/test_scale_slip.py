"""One written figure at another scale word («مليون» for «مليار») is a conflict, not two quantities."""

from pathlib import Path

from core.model import Analysis
from core.pipeline import analyze_folder


def analyse(tmp_path: Path, *articles: str) -> Analysis:
    for i, text in enumerate(articles):
        (tmp_path / f"{i + 1:03d}.txt").write_text(text, encoding="utf-8")
    return analyze_folder(tmp_path)


def test_the_same_figure_in_millions_and_in_billions_is_a_conflict(tmp_path):
    analysis = analyse(
        tmp_path,
        "صافي الأصول الأجنبية\nسجل صافي الأصول الأجنبية للبنك المركزي في يونيو 664.5 مليون دولار.",
        "صافي الأصول الأجنبية\nسجل صافي الأصول الأجنبية للبنك المركزي في يونيو 664.5 مليار دولار.",
    )
    (fact,) = [f for f in analysis.facts if len(f.mentions) == 2]
    assert fact.status == "conflict"
