"""Shortcuts of `core.match.facts` when it words a fact: each gives what the general path gives."""

from core.match import reasons as R
from core.match.agreement import show_value
from core.match.facts import _shown
from core.model import Reason


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
