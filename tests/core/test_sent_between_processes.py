"""What the maps send to their workers comes back as it left: an article's text to the character."""

import pickle

from core.model import Alignment, Document, Sentence
from core.story_link import StoryWork

TEXT = "أعلن الدفاع المدني إنقاذ 11 شخصاً من حافلة \udc8f انقلبت"  # a lone surrogate: an undecodable byte kept


def test_a_document_comes_back_whole_from_a_worker():
    doc = Document("d1", "/news/a.txt", "حافلة \udc8f", TEXT, "cp1256", published="2015-07-25T09:50")
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_a_story_s_work_comes_back_whole_from_a_worker():
    work = StoryWork("s1", {"d1": TEXT, "d2": "نقل 4 مصابين"}, [Sentence("d1.s1", "d1", 0, 0, len(TEXT))])
    back = pickle.loads(pickle.dumps(work))
    assert (back.story, back.texts, back.sentences, back.mentions) == (work.story, work.texts, work.sentences, [])


def test_alignments_come_back_whole_and_share_their_strings():
    sent = [
        Alignment("d1.s2", "d2.s3", 0.91, "shared: حافلة انقلبت"),
        Alignment("d1.s2", "d3.s1", 0.8, "shared: حافلة انقلبت"),
    ]
    first, second = pickle.loads(pickle.dumps(sent[0])), pickle.loads(pickle.dumps(sent[1]))
    assert [first, second] == sent
    assert first.a is second.a and first.why is second.why  # one string each in this process, not a copy per alignment
