"""The frame readers' tokens: what a token is and where it sits, pinned on news-style Arabic."""

from core.match.clause import clause_tokens, clause_words


def words(sentence: str) -> list[str]:
    return [w for _, _, w in clause_tokens(sentence)]


def test_offsets_point_at_each_token_in_the_sentence():
    sentence = "قُتل 85 مقاتلاً، وأصيب ٣٠ آخرون (بينهم أطفال)."
    toks = clause_tokens(sentence)
    assert all(sentence[start:end] == word for start, end, word in toks)
    assert words(sentence) == ["قُتل", "85", "مقاتلاً", "،", "وأصيب", "٣٠", "آخرون", "(", "بينهم", "أطفال", ")"]


def test_digits_of_every_script_split_from_the_letters_around_them():
    assert words("بـ25 مليار و۱۲ألف") == ["بـ", "25", "مليار", "و", "۱۲", "ألف"]


def test_diacritics_and_tatweel_stay_inside_their_word_wherever_they_sit():
    assert words("مقتـــل ًقتيلاً ّ") == ["مقتـــل", "ًقتيلاً", "ّ"]
    assert words("ـالحصيلة،«الرسمية»") == ["ـالحصيلة", "،", "«", "الرسمية", "»"]


def test_a_repeated_word_gets_the_offset_of_each_occurrence():
    sentence = "و و 3 3،3"
    assert clause_tokens(sentence) == ((0, 1, "و"), (2, 3, "و"), (4, 5, "3"), (6, 7, "3"), (7, 8, "،"), (8, 9, "3"))


def test_other_marks_and_symbols_are_gaps():
    assert words("- 10% … 20$ (٢٠)") == ["10", "20", "(", "٢٠", ")"]


def test_a_run_opened_by_tatweel_or_a_mark_reads_to_its_end_and_white_space_is_skipped():
    # tatweel is a word character and a mark: the run is the same whichever reading takes it
    assert words("ـــقتيلاً  \u064bـب\u064b٣") == ["ـــقتيلاً", "\u064bـب\u064b", "٣"]
    # digits of other scripts and «_» are word characters, not digit runs
    assert words("a_b \u0966\u0967 ٢٠٢٠ ۱۲\u00a0\u2003«x»") == ["a_b", "\u0966\u0967", "٢٠٢٠", "۱۲", "«", "x", "»"]
    assert clause_tokens("  \t") == ()
    assert clause_tokens("و\n\n،") == ((0, 1, "و"), (3, 4, "،"))


def test_the_words_of_a_clause_are_those_of_its_tokens():
    for sentence in [
        "قال التحالف إنه قتل 85 مسلحاً، وأصاب ١٢ آخرين.",  # Arabic-Indic digits, a comma of clause
        "وبالحافلات غادر «المسلحون» (نحو 200) البلدة؛",  # clitics, quotes, brackets
        "قُتِلَ خمسةُ أشخاصٍ فـــي الغارة",  # diacritics, tatweel
        "ـ 15 km ,",  # a lone tatweel, Latin
        "",
    ]:
        assert clause_words(sentence) == [word for _, _, word in clause_tokens(sentence)], sentence


def test_a_sentences_clause_holds_its_tokens_their_stems_which_are_words_and_their_offsets():
    from core.match.clause import CLAUSE_MARKS, clause_parts, token_stems, words_stems
    from core.text.arabic import stem

    for sentence in (
        "وقُتِل ٣٠ شخصاً، وأُصيب 15 آخرون (بينهم أطفال) بالمدينة.",  # diacritics, Arabic-Indic digits, clitics
        "ارتفعـــت الحصيلة إلى «40» قتيلاً؛ مقارنة بالشهر الماضي",  # tatweel, quotes, semicolon
        "  ",
    ):
        toks, stems, is_word, starts, ends = clause_parts(sentence)
        assert toks == clause_tokens(sentence)
        assert stems == token_stems(toks)
        assert is_word == [w not in CLAUSE_MARKS for _, _, w in toks]
        assert (starts, ends) == ([a for a, _, _ in toks], [b for _, b, _ in toks])
        for start in range(len(toks) + 1):
            for stop in range(start, len(toks) + 2):
                assert words_stems(stems, is_word, start, stop) == [
                    stem(w) for _, _, w in toks[start:stop] if w not in CLAUSE_MARKS
                ]
