"""Whose agents the facts stage reads (`core.match.facts._agents_read`): only numbers whose agent
`compatible` may compare, two agentive numbers of two articles in one bucket."""

from core.match.facts import _agents_read
from core.model import Frame, Mention


def _m(i, doc, role, subject="person"):
    return Mention(f"m{i}", doc, f"{doc}-s0", 0, 2, 10, "count", "exact", "", "10", Frame(role=role, subject=subject))


def test_agents_are_read_only_where_two_articles_numbers_may_meet():
    killed_a, killed_b, killed_a2 = _m(1, "a", "died"), _m(2, "b", "died"), _m(3, "a", "died")
    injured_a = _m(4, "a", "injured")  # the only one of its bucket
    rescued_a, rescued_b = _m(5, "a", "rescued"), _m(6, "b", "rescued")  # «أنقذ»: no agent tells them apart
    buses_a, buses_b = _m(7, "a", "", "bus"), _m(8, "b", "destroyed", "bus")  # things without a role meet a role
    groups = [[killed_a, killed_b, killed_a2], [injured_a], [rescued_a, rescued_b], [buses_a, buses_b]]
    assert _agents_read(groups) == [killed_a, killed_b, killed_a2, buses_a, buses_b]
    assert _agents_read([[killed_a, killed_a2]]) == [], "numbers of one article are never compared"
