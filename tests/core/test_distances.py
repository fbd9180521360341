"""Distances: what a distance measures («على عمق 26 كلم», «على بعد 15 كلم», «بسرعة 100 كيلو متر في
الساعة») is part of what it counts (core.match.subject), and two distances join only when equal, never
red (core.match.keys `MEASURED_ROLES`): a story names many, told apart only by the words around them."""

from tests.articles import analyse, mention

QUAKE = "زلزال إسلام آباد\n\n{}"


def test_a_distance_told_in_two_words_is_in_kilometres(tmp_path):
    analysis = analyse(tmp_path, QUAKE.format("لتجديد 78.4 كيلو متر من الخط الحديدي بين المدينتين."))
    assert mention(analysis, 78.4).frame.subject == "kilometre"


def test_a_distance_per_hour_is_a_speed(tmp_path):
    analysis = analyse(tmp_path, QUAKE.format("ويسير القطار بسرعة 100 كيلو متر في الساعة بين المدينتين."))
    assert mention(analysis, 100).frame.subject == "speed"


def test_a_depth_and_a_distance_away_are_never_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        QUAKE.format("وقال المرصد إن الزلزال ضرب على عمق 15 كلم شمال شرقي إسلام آباد."),
        QUAKE.format("وقال المرصد إن مركز الزلزال على بعد 15 كلم شمال شرقي إسلام آباد."),
    )
    depth, away = (m for m in analysis.mentions if m.value == 15)
    assert (depth.frame.subject, away.frame.subject) == ("kilometre.depth", "kilometre.away")
    assert not any(f.status == "shared" for f in analysis.facts)


def test_two_distances_away_are_never_red(tmp_path):
    analysis = analyse(
        tmp_path,
        QUAKE.format("وأوضحت هيئة المسح الجيولوجي أن الزلزال وقع على بعد 15 كيلومترا من المدينة."),
        QUAKE.format("وأوضحت هيئة المسح الجيولوجي أن الزلزال وقع على بعد 100 كيلومتر من المدينة."),
    )
    assert not any(f.status == "conflict" for f in analysis.facts)
