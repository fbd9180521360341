"""A fact's reasons follow its articles when they are renumbered (core.match.reasons.renamed_reasons)."""

from core.match import reasons as R
from core.match.timeline import TIME_ORDER, timeline
from core.model import Fact, Reason


def _renumbered(item: str) -> str:
    """An article added before d4: d4 becomes d5."""
    doc, dot, rest = item.partition(".")
    return ("d5" if doc == "d4" else doc) + dot + rest


def test_a_mention_kept_out_is_renamed_with_its_article():
    kept_out = R.reason(R.KEPT_OUT, mention="d4.m2", rule=R.RULE_SAME_SENTENCE)
    (renamed,) = R.renamed_reasons((kept_out,), _renumbered, _renumbered)
    assert dict(renamed.params) == {"mention": "d5.m2", "rule": R.RULE_SAME_SENTENCE}


def test_the_article_of_a_single_report_is_renamed():
    alone = R.reason(R.ONE_ARTICLE, doc="d4")
    assert R.renamed_reasons((alone,), _renumbered, _renumbered) == (R.reason(R.ONE_ARTICLE, doc="d5"),)


def test_reasons_that_name_no_mention_or_article_stay_the_very_same():
    frame = R.reason(R.FRAME_MATCH, kind="count", role="injured", subject="people", scope="")
    context = R.reason(R.SIMILAR_CONTEXT, score="0.72")
    assert R.renamed_reason(frame, _renumbered, _renumbered) is frame
    assert R.renamed_reason(context, _renumbered, _renumbered) is context


def test_the_mentions_of_a_time_order_are_renamed_with_their_articles():
    in_time = Reason(TIME_ORDER, (("mentions", "d3.m2 d4.m7 d4.m9"),))
    (renamed,) = R.renamed_reasons((in_time,), _renumbered, _renumbered)
    assert timeline(Fact("f1", "conflict", ("d3.m2",), "", reasons=(renamed,))) == ["d3.m2", "d5.m7", "d5.m9"]
