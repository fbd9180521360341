"""Groups a rule keeps apart stay apart for every link between them, each link's mention kept out
(`core.match.linkage.components` asks a rule again only when a group has grown)."""

from core.match import reasons as R
from core.match.linkage import Link, components

DOCS = {"m1a": "d1", "m2a": "d2", "m3a": "d3", "m1b": "d1", "m2b": "d2"}
VALUES = {"m1a": "6", "m2a": "6", "m3a": "6", "m1b": "4", "m2b": "4"}  # «ست غارات» and «أربع غارات» in d1 and d2


def test_two_figures_both_articles_give_are_kept_apart_at_every_link():
    links = [
        Link("m1a", "m2a", 0.9, True),
        Link("m1a", "m3a", 0.9, True),
        Link("m2a", "m3a", 0.9, True),
        Link("m1b", "m2b", 0.9, True),
        Link("m1a", "m2b", 0.5),
        Link("m2a", "m1b", 0.4),
        Link("m3a", "m1b", 0.3),
    ]
    groups, kept = components(list(DOCS), links, DOCS, {}, VALUES)
    rule = R.RULE_TWO_ARTICLES
    assert groups == [["m1a", "m2a", "m3a"], ["m1b", "m2b"]]
    assert kept == {
        "m1a": [("m2b", rule), ("m1b", rule), ("m1b", rule)],
        "m1b": [("m1a", rule), ("m2a", rule), ("m3a", rule)],
    }
