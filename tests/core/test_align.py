"""Sentence alignment: sentences of different articles that report the same thing."""

from tests.articles import analyse


def aligned_texts(analysis) -> set[frozenset[str]]:
    texts = {d.id: d.text for d in analysis.documents}
    span = {s.id: texts[s.doc][s.start : s.end] for s in analysis.sentences}
    return {frozenset((span[al.a], span[al.b])) for al in analysis.alignments}


def test_sentences_giving_the_same_quantities_are_aligned_whatever_their_wording(tmp_path):
    a = "وتقل 11 حافلة نحو 200 مقاتل من تنظيم داعش مع عائلاتهم."
    b = "ووفق الاتفاق، خرج من الجرود مئتا مقاتل في إحدى عشرة حافلة باتجاه البادية."
    analysis = analyse(
        tmp_path, f"القافلة\n{a}\nوقال المرصد إن الطريق مغلق.", f"الاتفاق\n{b}\nوأكدت مصادر محلية وصول القافلة."
    )
    assert frozenset((a, b)) in aligned_texts(analysis)


LEAD_A = "أظهرت بيانات الوزارة أن صادرات الأسماك انخفضت خلال الربع الثاني."
LEAD_B = "وقال تقرير حكومي إن الصادرات البحرية هبطت بعد موسم ضعيف."
OTHERS = "وقال مسؤول إن الأرقام ستنشر كاملة الأسبوع المقبل.\nوأضاف أن الحكومة تتابع السوق عن كثب.\n"


def test_the_leads_of_two_articles_align_on_less_evidence_than_sentences_deep_in_their_bodies(tmp_path):
    leads = analyse(tmp_path / "leads", f"الأسواق\n{LEAD_A}\n{OTHERS}", f"السوق\n{LEAD_B}\n{OTHERS}")
    deep = analyse(tmp_path / "deep", f"الأسواق\n{OTHERS}{LEAD_A}\n", f"السوق\n{OTHERS}{LEAD_B}\n")
    assert frozenset((LEAD_A, LEAD_B)) in aligned_texts(leads)
    assert frozenset((LEAD_A, LEAD_B)) not in aligned_texts(deep)


STRIKES = "ونفذت المقاتلات التركية أولى غاراتها على مواقع التنظيم قرب الحدود في سوريا فجر الجمعة."
SHELLING = "وقصفت ثلاث طائرات إف 16 مقرين للتنظيم قرب الحدود قبل أن تعود إلى قاعدتها."
BOTH = (
    "وقصفت المقاتلات التركية فجر الجمعة مقرين للتنظيم قرب الحدود في أولى غاراتها على سوريا.",
    "شنت طائرات تركية فجر الجمعة أولى غاراتها على مقرين للتنظيم قرب الحدود مع سوريا.",
)


def test_two_sentences_aligned_with_two_of_the_same_sentences_are_aligned(tmp_path):
    rest = "\nوقال مسؤول إن الأرقام ستنشر كاملة الأسبوع المقبل.\nوأضاف أن الحكومة تتابع السوق عن كثب."
    analysis = analyse(
        tmp_path,
        f"غارات\n{STRIKES}{rest}",
        f"قصف\n{SHELLING}{rest}",
        f"الغارات التركية\n{BOTH[0]}{rest}",
        f"تركيا تقصف\n{BOTH[1]}{rest}",
    )
    texts = {d.id: d.text for d in analysis.documents}
    span = {s.id: texts[s.doc][s.start : s.end] for s in analysis.sentences}
    (why,) = [al.why for al in analysis.alignments if {span[al.a], span[al.b]} == {STRIKES, SHELLING}]
    assert why.startswith("aligned with 2 of the same sentences")
