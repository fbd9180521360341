"""A fact's reasons, stored as codes and parameters, are worded in the interface language."""

from core.match import reasons as R
from core.report.reasons_text import reason_text


def test_a_frame_match_reads_in_arabic_with_the_role_named():
    r = R.reason(R.FRAME_MATCH, kind="count", role="died", subject="person", scope="")
    text = reason_text(r, "ar")
    assert "وفاة" in text and "أشخاص" in text


def test_a_frame_match_reads_in_english_with_the_role_named():
    r = R.reason(R.FRAME_MATCH, kind="count", role="injured", subject="person", scope="")
    assert "injured" in reason_text(r, "en") and "people" in reason_text(r, "en")


def test_a_subject_outside_the_classes_is_named_by_the_labels_noun_not_its_stem():
    r = R.reason(R.FRAME_MATCH, kind="time", role="", subject="ساع", scope="", noun="ساعة")
    assert "(ساعة)" in reason_text(r, "ar") and "(ساع)" not in reason_text(r, "ar")


def test_an_unknown_role_is_said_to_be_unknown():
    r = R.reason(R.FRAME_MATCH, kind="count", role="", subject="bus", scope="")
    assert "unknown" in reason_text(r, "en") and "غير معروف" in reason_text(r, "ar")


def test_a_kept_out_mention_is_named_with_its_rule():
    r = R.reason(R.KEPT_OUT, mention="d1.m2", rule=R.RULE_TOTAL_PART)
    text = reason_text(r, "en", lambda mid: "«6 من الحراس» (1)")
    assert "«6 من الحراس» (1)" in text and "total and its part" in text


def test_an_unknown_code_is_shown_as_data_not_dropped():
    assert reason_text(R.reason("later_code", x="1"), "ar") == "later_code x=1"


def test_the_html_report_words_a_conflicts_reasons_in_its_language(tmp_path):
    from core.pipeline import analyze_folder
    from core.report.html_report import render_html

    for i, n in enumerate((14, 16)):
        (tmp_path / f"{i + 1:03d}.txt").write_text(
            f"انفجار في السوق\nأسفر الانفجار في السوق المركزي عن مقتل {n} شخصاً.", encoding="utf-8"
        )
    analysis = analyze_folder(tmp_path)
    assert "القيم متعارضة" in render_html(analysis, lang="ar")
    assert "the values conflict" in render_html(analysis, lang="en")


def test_a_frame_match_names_the_comparison_base_when_known():
    r = R.reason(R.FRAME_MATCH, kind="money", role="fell", subject="money_sar", scope="", base="year")
    assert "a year before" in reason_text(r, "en") and "من العام السابق" in reason_text(r, "ar")
