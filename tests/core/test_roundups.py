"""A roundup turning to another incident of the day («من جهة أخرى، …», «إلى ذلك، …») is scoped "aside"
(core.match.scope): its numbers join the same values another article tells as its own, and are
never red against the article's own toll nor another's."""

from core.match import reasons as R
from core.report.reasons_text import reason_text
from tests.articles import analyse, fact_of, mention, one_fact

ADEN = "اشتباكات في عدن\n\nقتل 25 حوثيا في اشتباكات مع المقاومة الشعبية في عدن. {}"
BOTH = "اشتباكات في عدن\n\nقتل 25 حوثيا في اشتباكات مع المقاومة الشعبية في عدن، وقتل {} حوثيين في مأرب."


def test_a_sentence_opening_on_another_incident_is_aside(tmp_path):
    analysis = analyse(tmp_path, ADEN.format("من جهة أخرى، قتل 8 حوثيين في مأرب."))
    assert (mention(analysis, 25).frame.scope, mention(analysis, 8).frame.scope) == ("", "aside")


def test_a_paragraph_opening_on_another_incident_is_aside_to_its_end(tmp_path):
    analysis = analyse(tmp_path, ADEN.format("\nإلى ذلك، شنت المقاومة هجوما في مأرب. وقتل 8 حوثيين في المواجهات."))
    assert mention(analysis, 8).frame.scope == "aside"


def test_another_incident_joins_the_same_toll_told_as_an_article_own(tmp_path):
    analysis = analyse(tmp_path, ADEN.format("من جهة أخرى، قتل 8 حوثيين في مأرب."), BOTH.format(8))
    a, b = (m for m in analysis.mentions if m.value == 8)
    assert one_fact(analysis, a, b) and fact_of(analysis, a).status == "shared"


def test_another_incident_is_never_red(tmp_path):
    analysis = analyse(
        tmp_path,
        ADEN.format("من جهة أخرى، قتل 8 حوثيين في مأرب."),
        ADEN.format("إلى ذلك، قتل 6 حوثيين في مأرب."),
        BOTH.format(7),
    )
    assert not [f for f in analysis.facts if f.status == "conflict"]


def test_a_fact_of_another_incident_is_worded_as_such(tmp_path):
    reason = R.reason(R.FRAME_MATCH, kind="count", role="died", subject="person", scope="aside")
    assert "من جهة أخرى" in reason_text(reason, "ar") and "another incident" in reason_text(reason, "en")
