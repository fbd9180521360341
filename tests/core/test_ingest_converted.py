"""The seeds as researchers receive them — Windows-1256, UTF-16, saved web pages, Word — give the
same analysis as the UTF-8 originals: the same facts (status, label, mentions) and the same numbers."""

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.pipeline import analyze_folder
from core.report.json_export import write_json
from tests.fixtures.ingest.facts import facts_of, mention_values
from tests.fixtures.ingest.make import legacy_bytes, saved_page, word_document

CONVERSIONS = {
    "windows-1256": lambda text: (".txt", legacy_bytes(text, "cp1256")[0]),
    "utf-16-le": lambda text: (".txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
    "utf-16-be": lambda text: (".txt", codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
    "saved page": lambda text: (".html", saved_page(text)),
    "saved page in windows-1256": lambda text: (".htm", saved_page(text, charset="windows-1256")),
    "docx": lambda text: (".docx", word_document(text)),
}
"""How each seed is turned into another format: (suffix, bytes)."""


@pytest.fixture(scope="module")
def original(seeds_dir):
    return analyze_folder(seeds_dir)


def convert(seeds_dir: Path, target: Path, how: str) -> Path:
    target.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt")):
        suffix, data = CONVERSIONS[how](seed.read_text(encoding="utf-8"))
        (target / f"{seed.stem}{suffix}").write_bytes(data)
    return target


@pytest.mark.parametrize("how", CONVERSIONS)
def test_converted_seeds_give_the_same_facts_and_numbers(how, seeds_dir, original, tmp_path):
    converted = analyze_folder(convert(seeds_dir, tmp_path / "converted", how))
    assert converted.problems == []
    assert facts_of(converted) == facts_of(original)
    assert mention_values(converted) == mention_values(original)


@pytest.mark.parametrize(
    ("how", "encoding"),
    [
        ("windows-1256", "windows-1256"),
        ("utf-16-le", "utf-16-le"),
        ("saved page in windows-1256", "windows-1256"),
        ("docx", "docx"),
    ],
)
def test_the_encoding_found_is_recorded(how, encoding, seeds_dir, tmp_path):
    converted = analyze_folder(convert(seeds_dir, tmp_path / "converted", how))
    assert {d.encoding for d in converted.documents} == {encoding}


def score(shared_dir: Path, export: Path) -> list[str]:
    run = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(export)], capture_output=True, text=True, check=True
    )
    return run.stdout.splitlines()


@pytest.mark.parametrize("how", ["windows-1256", "utf-16-le", "docx"])
def test_score_figures_are_those_of_the_originals(how, seeds_dir, shared_dir, tmp_path):
    """score.py names articles by file name and offsets into the text: for a .docx the export's paths
    are given the .txt names (its text is the original's, character for character)."""
    write_json(analyze_folder(seeds_dir), tmp_path / "original.json")
    write_json(analyze_folder(convert(seeds_dir, tmp_path / "converted", how)), tmp_path / "converted.json")
    data = json.loads((tmp_path / "converted.json").read_text(encoding="utf-8"))
    for doc in data["documents"]:
        doc["path"] = str(Path(doc["path"]).with_suffix(".txt"))
    (tmp_path / "converted.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert score(shared_dir, tmp_path / "converted.json") == score(shared_dir, tmp_path / "original.json")
