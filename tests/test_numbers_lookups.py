"""The reader's table lookups that replaced per-token Python loops keep what the loops decided:
where a reading may start (`start_indices`), which words open a qualifier (`qualifier_heads`), the
words of a date-word group with their clitics (`group_keys`), the keys of a text with tashkeel, the
pre-check read between white spaces, and marks taken out a run at a time (`clean`)."""

from core.mentions.numbers.base import ReaderBase, group_keys
from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.marks import clean
from core.mentions.numbers.quantity import dual_noun, qualifier_before, qualifier_heads
from core.mentions.numbers.tokens import tokenize, word_key
from core.mentions.numbers.triggers import _WORD_KEY, _starters, may_hold_number, may_start, start_indices
from core.mentions.numbers.words import word_info
from core.text.arabic import fold_chars
from tests.numbers_support import only


def _loop_starts(text: str) -> list[int]:
    """The test the lookup replaced: every digit group, and a word (not a mark) that `may_start`."""
    toks = tokenize(text)
    return [k for k, t in enumerate(toks) if t.kind == "num" or (t.kind != "p" and may_start(t.key))]


def test_a_reading_starts_at_digits_number_words_and_duals_never_at_a_mark():
    text = "قُتل ٣ أشخاص وأصيب ثلاثةٌ بعد طائرتين، و$5 و%20 في three days"
    toks = tokenize(text)
    starts = [toks[k].key for k in start_indices(toks)]
    assert starts == ["3", "ثلاثه", "طايرتين", "5", "20", "three"]
    assert start_indices(toks) == _loop_starts(text)


def test_start_indices_agree_with_the_loop_on_clitics_tatweel_and_odd_marks():
    for text in ("بالعشرات وللعام ١٤٣٦هـ", "خمســة آلاف", "€5 و£3 ؟ ٪7", "(1300) حالة", "ولأكثر من 20"):
        assert start_indices(tokenize(text)) == _loop_starts(text), text


def _may_start_by_rules(key: str) -> bool:
    """`may_start` as its rules read, each test in turn (the one set test over tails came after)."""
    starters, fractions = _starters(), lexicon().ambiguous_fraction
    if key in starters or word_info(key) is not None or dual_noun(key) is not None:
        return True
    if key in fractions or (key[:1] in "وب" and key[1:] in fractions):
        return True
    if key[:1] in "وبلفك" and len(key) >= 3 and key[1:] in starters:
        return True
    return key.startswith("لل") and "ا" + key[1:] in starters


def test_may_start_turns_away_only_words_no_rule_takes():
    starts = "للعام وثلاثة بالعشرات والقياديان وطائرتين وخمس ثمن بنهاية فبالآلاف ثلاثـــةُ three Million"
    never = "كمية الوزير ولأكثر العلم لل و منذ"
    for word, expected in [(w, True) for w in starts.split()] + [(w, False) for w in never.split()]:
        key = word_key(fold_chars(word))
        assert may_start(key) is expected, word
        assert _may_start_by_rules(key) is expected, word


def test_a_word_is_keyed_in_one_translation_as_folding_and_keying_would():
    words = "أُعلِنَ إصابةُ ثلاثـــةٍ آلافٍ مئةٌ ٱلعام بالأمس لؤلؤة ئ ی ک گ ڤ Million THREE ab"
    for word in words.split():
        assert _WORD_KEY(word) == word_key(fold_chars(word)), word
    assert _WORD_KEY("ثلاثـــةٌ") == "ثلاثه"
    assert _WORD_KEY("Million") == "million"


def test_a_qualifier_opens_with_or_without_its_clitic():
    assert qualifier_heads("نحو") == ("نحو",)
    assert qualifier_heads("لنحو") == ("نحو",)
    assert qualifier_heads("ولاكثر") == ("اكثر",)  # «و» then «ل» stripped: «ول» is one of the clitics
    assert qualifier_heads("كنحو") == ()  # «ك» is no qualifier clitic
    assert qualifier_heads("طائرة") == ()
    toks = tokenize("ولأكثر من 100 شخص")
    assert qualifier_before(toks, 2, 0) == ("more_than", 0)
    assert only("ولأكثر من 100 شخص").qualifier == "more_than"


def test_a_date_word_takes_one_clitic_letter_or_lam_for_its_article():
    plain = group_keys("year-word", False)
    with_clitic = group_keys("year-word", True)
    assert "العام" in plain and "وعام" not in plain
    assert {"العام", "وعام", "بالعام", "للعام"} <= with_clitic
    assert "ع" not in with_clitic and "وع" not in with_clitic
    reader = ReaderBase("وللعام الماضي")
    assert reader.is_word(0, "year-word") is False
    assert ReaderBase("للعام").is_word(0, "year-word", clitic=True)
    assert not reader.is_word(5, "year-word", clitic=True)  # past the last token


def test_keys_drop_tashkeel_and_tatweel_but_a_mark_stays_itself():
    toks = tokenize("ثلاثـــةُ آلافٍ؟ ٥٠٪")
    assert [t.key for t in toks] == ["ثلاثه", "الاف", "?", "50", "٪"]  # «؟» folds to «?»
    assert [t.kind for t in toks] == ["ar", "ar", "p", "num", "p"]


def test_the_pre_check_reads_pieces_between_any_white_space():
    assert may_hold_number("قُتل،15 شخصا")  # a digit glued to a comma
    assert may_hold_number("وصل\u2003ثلاثةٌ")  # an em space, tanween
    assert may_hold_number("وصل\x1cخمســة")  # a file separator is white space to `str.split`, tatweel
    assert may_hold_number("the\u3000three")
    assert not may_hold_number("وصل\u2003الوزير\x1cإلى المدينة")


def test_marks_and_odd_spaces_are_cleaned_a_run_at_a_time():
    assert clean("قتل 5 أشخاص") is None
    assert clean("1\u202f250") == ("1 250", [0, 1, 2, 3, 4, 5])
    plain, offsets = clean("ارتفع \u200f-5\u200e و92.\u200f5 مليار") or ("", [])
    assert plain == "ارتفع -5 و5.92 مليار"
    assert [offsets[i] for i in (6, 7, 9)] == [7, 8, 11]
    assert offsets[-1] == len("ارتفع \u200f-5\u200e و92.\u200f5 مليار")
    assert only("ارتفع 92.\u200f5 مليار دولار").value == 5.92e9


def test_tokens_skip_white_space_and_leading_marks_and_drop_only_brackets_round_a_lone_number():
    toks = tokenize("  ــ ًقتل\u2003(1300) حالة، الدورتين (35) و(10) من")
    assert [t.key for t in toks] == ["قتل", "1300", "حاله", ",", "الدورتين", "(", "35", ")", "و", "(", "10", ")", "من"]
    assert [(t.start, t.end) for t in toks[:2]] == [(6, 9), (11, 15)]
    assert [t.key for t in tokenize("(5)")] == ["5"]
    assert [t.key for t in tokenize("لـ(92) (")] == ["ل", "92", "("]  # a «(» too near the end opens nothing


def test_a_piece_of_plain_letters_is_its_own_key_in_the_pre_check():
    # letters that folding keeps: the piece is looked up as it is, with or without a clitic
    assert may_hold_number("وصل ثلاث وزراء")
    assert may_hold_number("وصل وثلاث وزراء")
    assert may_hold_number("بعد اسبوعين من الزيارة")  # a dual
    assert not may_hold_number("ذهب الوزير الى المدينة")
    # a letter that folds («أ», «ة», «إ») or a mark glued on: read as before
    assert may_hold_number("وصل أربع وزراء")
    assert may_hold_number("وصل عشرين، ثم")
    assert not may_hold_number("ذهب الوزير إلى المدينة.")


def test_every_odd_space_and_minus_sign_is_made_plain_in_one_clean_up():
    text = "تراجع \u22125\u2009000 نقطة و\u2010 3\u00a0آلاف\u2003و\u20114"
    assert clean(text) == ("تراجع -5 000 نقطة و- 3 آلاف و-4", list(range(len(text) + 1)))


def test_a_word_between_stops_quotes_or_brackets_is_looked_up_alone_in_the_pre_check():
    assert may_hold_number("قتل «ثلاثة» اشخاص")
    assert may_hold_number("وصل (عشرين) وزيرا")
    assert may_hold_number("كم عددهم؟ خمسة...")
    assert not may_hold_number("قال الوزير، «لن نتراجع» (اليوم).")


def test_every_digit_group_may_start_a_reading_and_a_digit_like_mark_never_does():
    text = "بلغ .5 و1,250 و٣٠ و2,5 مترا²"
    assert start_indices(tokenize(text)) == _loop_starts(text) == [1, 3, 5, 7, 8]  # «مترا»: a unit, «²» never
