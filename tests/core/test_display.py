"""Values as a person reads them (core.mentions.numbers.display): one formatter for the facts
table, tooltips, labels and reports, in the interface language."""

from __future__ import annotations

from core.mentions.numbers.display import show_date, show_value


def test_millions_read_with_a_scale_word() -> None:
    assert show_value(143_800_000) == "143.8 مليون"


def test_billions_in_english() -> None:
    assert show_value(4_100_000_000, lang="en") == "4.1 billion"


def test_money_carries_its_currency_when_asked() -> None:
    assert show_value(4_100_000_000, "exact", "money", "ريال", unit=True) == "4.1 مليار ريال"


def test_money_in_english_names_the_currency_in_english() -> None:
    assert show_value(5_000_000, "exact", "money", "دولار", "en", unit=True) == "5 million dollars"


def test_a_scale_word_only_when_it_loses_nothing() -> None:
    assert show_value(1_234_567) == "1,234,567"


def test_the_largest_scale_with_few_decimals() -> None:
    assert show_value(1_812_400_000_000) == "1812.4 مليار"


def test_no_exponent_ever() -> None:
    assert "e" not in show_value(4.1e9, lang="en").replace("billion", "")


def test_at_least_reads_as_a_sign() -> None:
    assert show_value(21, "at_least") == "≥ 21"


def test_about_reads_as_a_word_in_each_language() -> None:
    assert (show_value(200, "about"), show_value(200, "about", lang="en")) == ("نحو 200", "about 200")


def test_vague_amounts_read_as_words() -> None:
    assert (show_value(10, "vague"), show_value(1000, "vague", lang="en")) == ("عشرات", "thousands")


def test_percentages_carry_their_sign_when_asked() -> None:
    assert show_value(12.5, "exact", "percent", "%", unit=True) == "12.5 %"


def test_a_fraction_of_something_reads_as_a_fraction() -> None:
    assert show_value(0.333333, "exact", "other", "سكان") == "⅓"


def test_dates_read_day_first() -> None:
    assert (show_value("2017-08-29", kind="date"), show_value("--08-29", kind="date")) == ("29/08/2017", "29/08")


def test_hijri_dates_carry_their_era() -> None:
    assert show_value("AH1438-09-15", kind="date") == "15/09/1438 هـ"


def test_a_score_is_shown_as_written() -> None:
    assert show_value("3-1", kind="other") == "3-1"


def test_negative_values_keep_their_sign() -> None:
    assert show_value(-5, "exact", "other", "درجة", unit=True) == "-5 درجة"


def test_a_clock_time_is_shown_with_its_minutes() -> None:
    assert show_value(12.2167, kind="time") == "12:13"


def test_a_whole_hour_is_shown_as_written() -> None:
    assert show_value(7, kind="time") == "7"


def test_a_month_given_alone_is_named_not_shown_as_two_digits() -> None:
    assert (show_date("--06"), show_date("--06", "en"), show_date("AH--09")) == ("يونيو", "June", "رمضان")
