"""Linking one story: a story of one article is linked without comparing its sentences."""

import pytest

from core.match.align import Similarity, profiles
from core.match.facts import build_facts
from core.story_link import StoryWork, link_story
from core.text.arabic import fold_chars
from tests.articles import analyse

STRIKE = (
    "غارة على حلب\n"
    "قالت مصادر طبية إن الغارة الجوية على حي الشعار في حلب أسفرت عن مقتل 12 مدنيا وإصابة 30 آخرين.\n"
    "وأضافت المصادر أن 12 من القتلى أطفال، وأن فرق الدفاع المدني انتشلت 4 جثث من تحت الأنقاض."
)
TOLL = "مقتل مدنيين في حلب\nأعلن الدفاع المدني أن الغارة الجوية على حي الشعار أدت إلى مقتل 15 مدنيا."


def _work(analysis, docs):
    work = StoryWork("st1", {d.id: d.text for d in analysis.documents if d.id in docs})
    work.sentences = [s for s in analysis.sentences if s.doc in docs]
    work.mentions = [m for m in analysis.mentions if m.doc in docs]
    return work


def test_a_story_of_one_article_has_the_facts_comparing_its_sentences_would_give(tmp_path):
    analysis = analyse(tmp_path, STRIKE)
    work = _work(analysis, {"d1"})
    compared = Similarity.of_profiles(profiles({"d1": fold_chars(STRIKE)}, work.sentences, work.mentions, folded=True))
    linked = link_story(work)
    assert linked.facts == build_facts(work.texts, work.sentences, work.mentions, compared)
    assert linked.facts and {f.status for f in linked.facts} == {"single"} and linked.alignments == []


def test_numbers_of_several_articles_are_not_linked_without_their_sentences_similarity(tmp_path):
    analysis = analyse(tmp_path, STRIKE, TOLL)
    work = _work(analysis, {"d1", "d2"})
    with pytest.raises(ValueError, match="similarity"):
        build_facts(work.texts, work.sentences, work.mentions, None)
