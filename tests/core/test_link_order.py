"""The order links are taken in when numbers are grouped (`core.match.linkage._link_order`)."""

from core.match.linkage import Link, _link_order


def test_links_are_taken_agreeing_first_then_strongest_then_by_their_mentions_ties_in_order():
    links = [
        Link("m3", "m9", 0.5, False),
        Link("m2", "m7", 0.3, True),
        Link("m1", "m8", 0.3000000000001, True),  # the same similarity to 9 places: by the mentions
        Link("m2", "m7", 0.3, True),  # a tie in every key: kept after its twin
        Link("m4", "m5", 0.9, True),
        Link("m6", "m7", 0.1, False),
    ]
    expected = sorted(links, key=lambda lk: (not lk.agrees, -round(lk.similarity, 9), lk.a, lk.b))
    assert [links[k] for k in _link_order(links)] == expected
    assert list(_link_order(links)) == [4, 2, 1, 3, 0, 5]
    assert list(_link_order([])) == []
