"""`compatible_key`: all that `compatible` and `may_conflict` read of a mention (keys compared once)."""

from itertools import product

from core.match.keys import compatible, compatible_key, may_conflict
from core.model import Frame, Mention


def _m(i, doc, value, kind="count", qualifier="exact", text="", **frame):
    return Mention(f"m{i}", doc, f"{doc}-s0", 0, len(text), value, kind, qualifier, "", text, Frame(**frame))


MENTIONS = [
    _m(1, "a", 15, text="مقتل ١٥ شخصاً", role="died", subject="person"),
    _m(2, "b", 17, qualifier="about", text="نحو 17 قتيلاً", role="died", subject="person"),  # another value
    _m(3, "b", 15, text="وقُتِل 15 مدنيـاً", role="died", subject="civilian"),
    _m(4, "c", 40, text="بالتحالف 40", role="died", subject="person"),  # an agent of its own (ACTOR)
    _m(5, "a", 3, text="3 جرحى", role="injured", subject="person"),
    _m(6, "c", 11, text="11 حافلة", subject="bus"),
    _m(7, "b", 17, text="و17 حافلة", subject="bus", aggregation="total"),
    _m(8, "a", "2015-07", kind="date", text="يوليو 2015"),
    _m(9, "b", "2015-07", kind="date", text="تموز 2015"),
    _m(10, "c", "2013", kind="date", text="عام 2013"),
    _m(12, "c", 20, text="20 قتيلاً", role="died", subject="person"),  # m2's key
    _m(11, "c", 9, text="9 قتلى", role="died", subject="person", scope="background"),
]
ACTOR = {"m4": "coalition", "m1": "russia"}


def test_mentions_with_one_key_are_compatible_with_the_same_mentions():
    keys = {m.id: compatible_key(m, ACTOR) for m in MENTIONS}
    assert keys["m2"] == compatible_key(MENTIONS[1], {}), "value, qualifier, text and article are not read"
    assert keys["m8"] == keys["m9"] and keys["m8"] != keys["m10"], "a date's value is read"
    assert keys["m1"] != keys["m2"] == keys["m12"], "the agent beside the number is read"
    for x, y in product(MENTIONS, repeat=2):
        if keys[x.id] == keys[y.id]:
            for z in MENTIONS:
                assert compatible(x, z, ACTOR) == compatible(y, z, ACTOR)
                assert compatible(z, x, ACTOR) == compatible(z, y, ACTOR)
                assert may_conflict(x, z) == may_conflict(y, z) and may_conflict(z, x) == may_conflict(z, y)
