"""Search across articles folds alef/hamza/ya/ta marbuta/tashkeel and reports original offsets."""

from __future__ import annotations

from pathlib import Path

from core.model import Document
from core.text.search import find, find_in_text, forget_keys


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


def _articles(*texts: str) -> list[Document]:
    return [Document(f"d{i}", f"{i}.txt", "", text) for i, text in enumerate(texts, 1)]


def test_find_in_many_articles_gives_each_article_s_own_hits() -> None:
    docs = _articles(
        "مرّت الحافلاتُ بأمان، وقالت AFP إن الحافلات عادت",
        "لا ذكر للنقل هنا",
        "قـــالَ المُتَحَدِّثُ: غادرت ١١ حافلةً ثُمَّ عادت الحافلات",
        "ΣΑΣ LOUAI BESHARA/AFP",
    )
    for query in ("الحافلات", "حافلة", "afp", "σασ", " عادت ", "مرت الحافلات", "غير موجود"):
        expected = [(d.id, s, e) for d in docs for s, e in find_in_text(query, d.text)]
        assert [(h.doc, h.start, h.end) for h in find(query, docs)] == expected, query


def test_an_article_is_found_again_after_another_query() -> None:
    docs = _articles("أعلن الدفاع المدني إخلاء 17 مبنى", "وصلت 11 حافلة")
    assert [h.doc for h in find("مبنى", docs)] == ["d1"]
    assert [h.doc for h in find("حافله", docs)] == ["d2"]
    assert [h.doc for h in find("مبني", docs)] == ["d1"]


def test_a_blank_query_finds_nothing() -> None:
    assert find("  ", _articles("نص")) == []


def test_after_another_folder_is_shown_the_same_query_finds_the_same_hits() -> None:
    docs = _articles("وصلت 11 حافلة إلى الموقع", "غادرت 17 حافلةً")
    first = find("حافله", docs)
    forget_keys()
    assert find("حافله", docs) == first and len(first) == 2
