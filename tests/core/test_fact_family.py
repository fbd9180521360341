"""A second fact family needs a module and its tests, and no edit of the pipeline.

The toy family here reads a few compass directions («شمال القاهرة» / «جنوب القاهرة»): where two
articles place one thing differently, that is a conflict, exactly as with numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from core.match.simple_family import SimpleFamily
from core.mentions.registry import extra_family, show_mention
from core.model import Mention, NumberMention, Value
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict

DIRECTIONS = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west"}
PLACE = re.compile(r"\b(شمال|جنوب|شرق|غرب)(?:ي|ى)?\s+(\w+)")


class Directions(SimpleFamily):
    """Where a place lies: the direction is the value, the place named after it is what it is about."""

    name = "direction"

    def find(self, sentence: str) -> Sequence[NumberMention]:
        return [
            NumberMention(m.start(), m.end(), DIRECTIONS[m.group(1)], "other", "exact", m.group(2), m.group(0))
            for m in PLACE.finditer(sentence)
        ]

    def show(self, value: Value, qualifier: str, kind: str, counted: str, language: str) -> str:
        return f"{value} of {counted}" if language == "en" else str(value)


def _folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text("انفجار قرب العاصمة\n\nوقع الانفجار شمال القاهرة وأصيب 12 شخصاً.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("انفجار قرب العاصمة\n\nوقع الانفجار جنوب القاهرة وأصيب 12 شخصاً.", encoding="utf-8")
    return tmp_path


def _direction_facts(mentions: list[Mention], facts: list) -> list:  # type: ignore[type-arg]
    ours = {m.id for m in mentions if m.family == "direction"}
    return [f for f in facts if set(f.mentions) <= ours]


def test_a_new_family_finds_its_mentions_and_conflicts_without_touching_the_pipeline(tmp_path: Path) -> None:
    with extra_family(Directions()):
        analysis = analyze_folder(_folder(tmp_path), jobs=1)
    facts = _direction_facts(analysis.mentions, analysis.facts)
    assert [f.status for f in facts] == ["conflict"]


def test_numbers_are_still_found_beside_a_new_family(tmp_path: Path) -> None:
    with extra_family(Directions()):
        analysis = analyze_folder(_folder(tmp_path), jobs=1)
    shared = [f for f in analysis.facts if f.status == "shared"]
    assert [[m.value for m in analysis.mentions if m.id in f.mentions] for f in shared] == [[12, 12]]


def test_a_new_familys_mentions_are_exported_apart_from_the_numbers(tmp_path: Path) -> None:
    with extra_family(Directions()):
        data = to_dict(analyze_folder(_folder(tmp_path), jobs=1))
    assert {m["value"] for m in data["mentions"]} == {"north", "south"}
    assert all(n["family"] == "number" for n in data["numbers"])


def test_a_new_familys_mentions_are_kept_in_the_project_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "articles")
    with extra_family(Directions()):
        with Project.open(folder, jobs=1):
            pass
        with Project.open(folder, jobs=1) as project:
            kept = [m for m in project.analysis.mentions if m.family == "direction"]
    assert sorted(str(m.value) for m in kept) == ["north", "south"]


def test_a_new_family_shows_its_values_its_own_way(tmp_path: Path) -> None:
    with extra_family(Directions()):
        analysis = analyze_folder(_folder(tmp_path), jobs=1)
        shown = {show_mention(m, "en") for m in analysis.mentions if m.family == "direction"}
    assert shown == {"north of القاهرة", "south of القاهرة"}
