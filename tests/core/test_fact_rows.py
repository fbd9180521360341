"""Shortcuts of `core.match.facts` and `fact_labels` when they word a fact: each gives what the general path gives."""

import re

from core.match import reasons as R
from core.match.agreement import show_value
from core.match.cannot_links import cannot_links
from core.match.fact_labels import _forms
from core.match.facts import _shown, _values, status_of
from core.match.linkage import components
from core.model import Mention, Reason
from core.text.arabic import stem


def test_the_one_article_reason_made_directly_is_the_one_reason_makes():
    assert Reason(R.ONE_ARTICLE, (("doc", "d12"),)) == R.reason(R.ONE_ARTICLE, doc="d12")


def test_a_value_shown_through_the_memo_is_shown_as_without_it():
    for value, qualifier in [
        (15, "about"),
        (15.0, "about"),
        (143800000, "exact"),
        (0.25, "at_most"),
        ("2015-07", "exact"),
    ]:
        assert _shown(value, qualifier) == show_value(value, qualifier)
        assert _shown(value, qualifier) == show_value(value, qualifier)  # the second time from the memo


def _forms_walked(text: str, counted: str) -> tuple[str, ...]:
    """What `_noun` read of a mention before `_forms` kept it: each word of the text stemmed."""
    out = []
    for word in re.findall(r"[\u0621-\u064a\u0640-\u065f\u0670]+", text):
        if stem(word) == counted:
            out.append(word[2:] if word.startswith("ال") and len(word) > 4 else word)
    return tuple(out)


def test_the_forms_of_a_counted_word_kept_are_those_read_word_by_word():
    counted = stem("حافلة")
    for text in [
        "11 حافلة",
        "١١ حافلات",  # Arabic-Indic digits
        "الحافلات الـ17",  # the article, stripped from a long word
        "بالحافلات وحافلتين",  # clitics
        "حافـــلة",  # tatweel
        "حَافِلَةً",  # diacritics
        "نحو 200 مسلح",  # none of it
    ]:
        assert _forms(text, counted) == _forms_walked(text, counted), text
        assert _forms(text, counted) == _forms_walked(text, counted), text  # the second time from the memo


def _mention(i: int, doc: str, value: int) -> Mention:
    return Mention(f"{doc}.m{i}", doc, f"{doc}.s1", i, i + 2, value, "count", "exact", "حافل", f"{value} حافلة")


def test_one_number_alone_is_single_with_its_value_shown():
    m = _mention(1, "d1", 17)
    assert status_of([m]) == "single"
    assert _values([m])[0] == [_shown(m.value, m.qualifier)]


def test_numbers_without_links_are_each_a_group_of_their_own():
    ms = [_mention(1, "d1", 17), _mention(5, "d1", 11), _mention(9, "d1", 17)]
    apart = cannot_links(ms)
    groups, kept = components(
        [m.id for m in ms], [], {m.id: m.doc for m in ms}, apart, {m.id: str(m.value) for m in ms}
    )
    assert groups == [[m.id] for m in ms]
    assert all(kept[i] == [] for (i,) in groups)
