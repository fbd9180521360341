"""Search across articles folds alef/hamza/ya/ta marbuta/tashkeel and reports original offsets."""

from __future__ import annotations

from pathlib import Path

from core.model import Document
from core.text.search import find, find_in_text


def test_hamza_and_ta_marbuta_are_folded() -> None:
    text = "قال إن الأسرى في القافلة"
    assert [text[s:e] for s, e in find_in_text("الاسري", text)] == ["الأسرى"]
    assert [text[s:e] for s, e in find_in_text("القافله", text)] == ["القافلة"]


def test_tashkeel_in_the_text_is_ignored_and_kept_in_the_hit() -> None:
    text = "مرّت الحافلاتُ بأمان"
    assert [text[s:e] for s, e in find_in_text("الحافلات", text)] == ["الحافلاتُ"]
    assert [text[s:e] for s, e in find_in_text("مرت", text)] == ["مرّت"]


def test_offsets_stay_original_after_emoji() -> None:
    text = "💡 أهم المواضيع ✨ أهم التصنيفات"
    spans = find_in_text("اهم", text)
    assert [text[s:e] for s, e in spans] == ["أهم", "أهم"]


def test_latin_is_case_insensitive() -> None:
    assert find_in_text("afp", "LOUAI BESHARA/AFP/Getty") == [(14, 17)]


def test_bus_query_hits_all_four_seed_articles(seeds_dir: Path) -> None:
    docs = [
        Document(f"d{i}", str(p), p.stem, p.read_text(encoding="utf-8"))
        for i, p in enumerate(sorted(seeds_dir.glob("*.txt")), 1)
    ]
    hits = find("الحافلات", docs)
    assert {h.doc for h in hits} == {"d1", "d2", "d3", "d4"}
    by_id = {d.id: d.text for d in docs}
    assert all(by_id[h.doc][h.start : h.end] == "الحافلات" for h in hits)


def test_a_hit_after_many_marks_taken_out_keeps_its_original_offsets() -> None:
    text = "قـــالَ المُتَحَدِّثُ: غادرت ١١ حافلةً ثُمَّ عادت الحافلاتُ"
    assert [text[s:e] for s, e in find_in_text("الحافلات", text)] == ["الحافلاتُ"]
    assert [text[s:e] for s, e in find_in_text("قال", text)] == ["قـــالَ"]


def test_letters_whose_lower_case_depends_on_the_word_are_lowered_one_by_one() -> None:
    assert find_in_text("σασ", "ΣΑΣ") == [(0, 3)]  # str.lower() makes a final «Σ» «ς»
    assert find_in_text("i", "İ") == []  # «İ» lowers to two characters: kept as it is
