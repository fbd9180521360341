"""Page furniture is recognised by general rules and kept, marked, in the text."""

from core.text.furniture import furniture_flags, is_furniture_line
from core.text.segment import sentence_spans


def flagged(text: str) -> list[tuple[str, bool]]:
    spans = sentence_spans(text)
    return [(text[s:e], f) for (s, e), f in zip(spans, furniture_flags(text, spans), strict=True)]


def test_comment_header_makes_the_rest_furniture():
    text = "ودمر التحالف 40 آلية.\nالتعليقات (2)\nعبد الله\n·منذ 6 سنوات 7 أشهر\nلو كانو صادقين"
    assert [f for _, f in flagged(text)] == [False, True, True, True, True]


def test_comment_timestamp_is_furniture():
    assert is_furniture_line("·منذ 6 سنوات 7 أشهر")
    assert is_furniture_line("منذ 3 ساعات")


def test_read_also_link_is_furniture():
    assert is_furniture_line("إقرأ أيضا: «غارات اسرائيل» لاستهداف الممرّ الشيعي من طهران الى دمشق")
    assert is_furniture_line("اقرأ ايضا: الكوريدور الإيراني")


def test_a_link_line_is_furniture_to_its_end():
    text = "وصادر خفر السواحل 44 كيلوجراما. رابط الخبر بالصحيفة: البحرين تحبط تهريب متفجرات.. واعتقال شخصين\nنص آخر."
    assert [f for _, f in flagged(text)] == [False, True, True, False]


def test_previous_next_navigation_and_their_link_titles_are_furniture():
    text = "نص الخبر هنا.\nالسابق\nهاني فحص مثقف ثائر\nالتالي\nالصفقة مع «داعش» واحتمالاتها"
    assert [f for _, f in flagged(text)] == [False, True, True, True, True]


def test_most_read_box_and_lone_numbers_are_furniture():
    assert is_furniture_line("الأكثر قراءة")
    assert is_furniture_line("💡 أهم المواضيع")
    assert is_furniture_line("2")


def test_photo_credit_makes_the_whole_caption_furniture():
    text = (
        "A member of the group looks out of a bus on August 28, 2017. Several hundred left."
        " / AFP PHOTO / LOUAI BESHARA (Photo credit should read LOUAI BESHARA/AFP/Getty Images)\n"
        "قال التحالف الدولي إنه استجاب لطلب روسي."
    )
    assert [f for _, f in flagged(text)] == [True, True, True, False]


def test_source_line_is_furniture():
    assert is_furniture_line("المصدر : وكالات")


def test_ordinary_news_sentences_are_not_furniture():
    assert not is_furniture_line("ورافق عناصر داعش 11 حافلة لهم، قادمة من لبنان.")
    assert not is_furniture_line("صفقة حزب الله داعش")
    assert not is_furniture_line("التعليقات التي أدلى بها الوزير أثارت جدلا واسعا في البرلمان")


def test_a_credit_whose_mark_opens_the_line_marks_its_caption_not_a_long_paragraph():
    # «/ AFP» opening a line: the lead «/ » is not part of the sentence's own check, the paragraph's is
    caption = "/ AFP صورة للحافلات.\nوصلت 11 حافلة."
    assert [f for _, f in flagged(caption)] == [True, False]
    long_line = "/ AFP صورة للحافلات. " + "وقال المسؤول إن 11 حافلة وصلت. " * 80
    assert [f for _, f in flagged(long_line)][:2] == [False, False]
    assert not is_furniture_line("/ AFP صورة للحافلات.")
    assert is_furniture_line("صورة للحافلات (رويترز)")


def test_a_box_or_comments_header_is_a_short_line_only():
    assert flagged("الأكثر قراءة اليوم")[0][1]
    assert not flagged("الأكثر قراءة اليوم في الصحف العربية والأجنبية")[0][1]
    text = "ودمر التحالف 40 آلية.\nالتعليقات على قرار الوزير كانت كثيرة جدا اليوم\nوقتل 5."
    assert [f for _, f in flagged(text)] == [False, False, False]
