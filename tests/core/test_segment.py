"""Sentence spans: offsets into the original text, split where news text really ends a sentence."""

from core.text.segment import sentence_spans


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_headline_without_final_stop_is_a_sentence():
    text = "التحالف: أوقفنا مراقبة قافلة تنظيم الدولة بطلب روسي\n\nقال التحالف الدولي إنه استجاب لطلب روسي."
    assert texts(text) == [
        "التحالف: أوقفنا مراقبة قافلة تنظيم الدولة بطلب روسي",
        "قال التحالف الدولي إنه استجاب لطلب روسي.",
    ]


def test_splits_at_arabic_question_mark_and_full_stop():
    assert texts("فما الذي غيّر موقف واشنطن؟ لا أحد يعرف. انتهى") == [
        "فما الذي غيّر موقف واشنطن؟",
        "لا أحد يعرف.",
        "انتهى",
    ]


def test_does_not_split_inside_decimal_numbers():
    assert texts("ارتفعت الأسعار ٣٫٥ بالمئة و3.5 في المئة أمس.") == ["ارتفعت الأسعار ٣٫٥ بالمئة و3.5 في المئة أمس."]


def test_does_not_split_domain_names_even_with_a_space():
    text = "وكان موقع “العربية. نت” قد أفاد أن القافلة تضم 17 حافلة. وقال موقع العربية.نت ذلك."
    assert texts(text) == ["وكان موقع “العربية. نت” قد أفاد أن القافلة تضم 17 حافلة.", "وقال موقع العربية.نت ذلك."]


def test_does_not_split_at_arabic_commas():
    text = "قال المتحدث، رايان ديلون، إن التحالف راقب القافلة، ودمر 40 آلية."
    assert len(texts(text)) == 1


def test_closing_quote_stays_with_its_sentence():
    text = 'وتابع البيان "سنفعل أقصى ما بوسعنا." ثم انتهى'
    assert texts(text) == ['وتابع البيان "سنفعل أقصى ما بوسعنا."', "ثم انتهى"]


def test_no_break_space_counts_as_white_space():
    assert texts("انتهى الاجتماع.\u00a0وبدأ آخر.") == ["انتهى الاجتماع.", "وبدأ آخر."]


def test_offsets_point_into_the_original_text():
    text = "  عنوان الخبر  \n\nجملة أولى. جملة ثانية؟\n"
    for s, e in sentence_spans(text):
        assert text[s:e] == text[s:e].strip()
    assert [text[s:e] for s, e in sentence_spans(text)] == ["عنوان الخبر", "جملة أولى.", "جملة ثانية؟"]


def test_a_run_of_stops_and_its_closing_quote_end_one_sentence():
    text = "هل قتل 5 أشخاص؟!» قال المسؤول... ثم غادر. ثم عاد"
    assert texts(text) == ["هل قتل 5 أشخاص؟!»", "قال المسؤول...", "ثم غادر.", "ثم عاد"]
