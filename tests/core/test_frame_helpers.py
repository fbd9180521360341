"""Small helpers of the frame reader, pinned against the plain forms they replace."""

from dataclasses import fields, replace

from core.match.frame import _framed, _stretches, actors
from core.model import Frame, Mention, Sentence


def test_a_framed_mention_is_the_mention_with_that_frame_and_nothing_else_changed():
    values = {f.name: f"{f.name}-value" for f in fields(Mention)}
    mention = Mention(**values)  # type: ignore[arg-type]
    frame = Frame("died", "person", "total", "background", "m1", "year")
    assert _framed(mention, frame) == replace(mention, frame=frame)
    assert repr(_framed(mention, frame)) == repr(replace(mention, frame=frame))


def test_each_number_reads_its_own_stretch_between_its_neighbours():
    cases: list[list[tuple[int, int] | None]] = [
        [],
        [(3, 3)],
        [(0, 1), None, (5, 5), (5, 6), None, (9, 11)],
        [None, None],
        [(4, 4), (2, 2)],
    ]
    for spans in cases:
        los, his = _stretches(spans, 12)
        for k in range(len(spans)):
            assert los[k] == max((sp[1] + 1 for sp in spans[:k] if sp), default=0)
            assert his[k] == min((sp[0] for sp in spans[k + 1 :] if sp), default=12)


def test_the_agent_nearest_a_count_is_read_from_the_tokens_it_overlaps():
    text = "قال التحالف إن 85 مقاتلاً قتلوا، وأعلنت الحكومة مقتل 12."
    sentence = Sentence("d-s1", "d", 0, 0, len(text), False)
    at = text.index("85")
    near = Mention("d-m1", "d", "d-s1", at, at + 2, 85, "count", "exact", "مقاتل", "85")
    inside_a_word = Mention("d-m2", "d", "d-s1", at + 1, at + 2, 5, "count", "exact", "", "5")
    nowhere = Mention("d-m3", "d", "d-s1", len(text), len(text), 0, "count", "exact", "", "")
    found = actors({"d": text}, {"d-s1": sentence}, [near, inside_a_word, nowhere])
    assert found == {"d-m1": "coalition", "d-m2": "coalition"}  # a number inside a token, none outside


def _joined_whole_gap(text: str, a: Mention, b: Mention) -> bool:
    """`_joined_by_wa` as it was: the whole gap normalised, then split."""
    from core.match.frame import JOIN_WORDS
    from core.text.arabic import normalize

    gap = normalize(text[a.end : b.start]).split()
    if not gap:
        return normalize(text[b.start : b.start + 1]) == "و"
    return len(gap) <= JOIN_WORDS and gap[-1].startswith("و") and not any(c in "؛;:" for c in "".join(gap))


def test_two_numbers_joined_by_wa_are_told_word_by_word_as_from_the_whole_gap():
    from core.match.frame import _joined_by_wa

    texts = [
        "مقتل 9 مدنيين و3 أطفال",
        "مقتل 9 مدنيين وَ3 أطفال",  # a diacritic on the «و»
        "مقتل 9 ـ ـ ـ ـ ـ ـ ـ و3",  # words of tatweel alone: no word once normalised
        "مقتل 9 مدنيين\u00a0في\u00a0حلب، و3",  # no-break spaces
        "مقتل 9 مدنيين؛ و3",  # a semicolon
        "مقتل 9 مدنيين في مدينة حلب شمال البلاد، و3",  # seven words and «و»: not joined
        "مقتل 9 مدنيين في حلب شمال البلاد، و3",  # six words and «و»: joined
        "مقتل ٩ و٣",  # Arabic-Indic digits
        "مقتل 9 و 3",
        "مقتل 9 3",
        "9و3",
        "9 ΑΣ و3",  # a capital sigma at a word's end
    ]
    for text in texts:
        numbers = [i for i, c in enumerate(text) if c in "93٩٣"]
        a = Mention("m1", "d", "s", numbers[0], numbers[0] + 1, 9, "count", "", "", text[numbers[0]])
        b = Mention("m2", "d", "s", numbers[-1], numbers[-1] + 1, 3, "count", "", "", text[numbers[-1]])
        assert _joined_by_wa(text, a, b) == _joined_whole_gap(text, a, b), text
