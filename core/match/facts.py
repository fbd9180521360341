"""Mentions → facts: numbers in different articles that speak of the same thing, with a verdict.

Every mention carries a `Frame` (core.match.frame). Two mentions in different articles (of one
story) are linked only when
- their kinds match, and so do their frames: the same role (an unknown role matches only another
  unknown role, never a known one, but for equal values of things counted or of a day, which
  then never disagree: `core.match.keys`), the same subject (people match a kind of people when both
  roles are known and equal), the same scope (a background paragraph about another event never
  joins today's facts), and not a running total with an increment;
- for violent events the agents named beside them do not differ (the coalition's 85 ≠ Russia's 40);
- dates are in one calendar and within a year of each other;
- their sentences share enough context (`Similarity.context`, story-wide words included).
Links are grouped by average linkage, strongest first (core.match.linkage): two groups merge only
when at least `AGREEMENT` of their cross-article pairs are linked, so one chance resemblance cannot
chain two tolls into one fact. Hard cannot-links (`core.match.reasons`) stop a merge whatever the links say:
two numbers of one sentence with different values, a total and its part anywhere in one article,
two values of an article that lists three or more of one frame (`listed_values`).

The comparison rule (one for the GUI, the reports and the export): a fact in ≥ 2 articles is
`shared` when every two values of different articles agree with their qualifiers and bounds
(`core.match.agreement.agree`: «أكثر من 200» agrees with 250, «نحو 5» with 5.3), `conflict`
otherwise; a fact in one article is `single`.
Vague quantities («العشرات»), ordinals and durations counted back from the article's own day
(«قبل أسبوعين») are never linked: they cannot be compared across articles. The time between two
events («بعد أربعة أيام على هجوم», «بعد عشرين دقيقة من بدء الفيلم») or since a point («منذ 13
عاما») joins only the same period told the same way, and never disagrees: which event it leads to
is told only by the words around it (`core.match.keys.loose_period`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from itertools import combinations

from core.ids import folder_order
from core.match import reasons as R
from core.match.ages import age_holders, holders_apart
from core.match.agreement import agree, show_value, twelve_hours_apart
from core.match.align import Similarity
from core.match.cannot_links import cannot_links, listed_values
from core.match.fact_labels import noun_and_label, sentence_reader
from core.match.fact_order import display_key
from core.match.frame import actors, read_frames
from core.match.keys import (
    MEASURES,
    CompatibleKey,
    actor_read,
    bucket,
    compatible,
    compatible_key,
    linkable,
    loose_period,
    may_conflict,
    rounded,
    same_value,
    scale_slip,
)
from core.match.linkage import Link, components
from core.match.pair_budget import FACT_PAIRS, FACT_PAIRS_PER_MENTION, within_budget
from core.model import Fact, Frame, Mention, Reason, Sentence

SAME_VALUE_CONTEXT = 0.14
"""Sentence similarity needed to link two mentions that agree."""
CONFLICT_CONTEXT = 0.15
"""Sentence similarity needed to link two mentions that disagree."""
DATE_CONTEXT = 0.25
"""Sentence similarity needed to join two reports of one date or time: a year or a month is named in
passing for many events of a story («تدرب عام 2013», «الأولى في نهاية العام 2013»)."""
MEASURE_CONFLICT_CONTEXT = 0.5
"""Sentence similarity needed for two amounts or rates (money, percent) to disagree: a bulletin
gives dozens of them with one unit and one verb («تراجعت … 9.5 في المائة»); what they measure is
told only by the words around them."""


def _same_value_context(m: Mention) -> float:
    return DATE_CONTEXT if m.kind in ("date", "time") else SAME_VALUE_CONTEXT


def _conflict_context(m: Mention) -> float:
    return MEASURE_CONFLICT_CONTEXT if m.kind in MEASURES else CONFLICT_CONTEXT


def _links(
    mentions: list[Mention], sim: Similarity, texts: dict[str, str], sentences: list[Sentence]
) -> tuple[list[Link], list[Link]]:
    """(links, near misses): pairs that may be one quantity and whose sentences are alike enough; and
    counts under exact keys whose sentences fell short of the gate but reach `ANCHORED_CONTEXT`."""
    buckets: dict[tuple[str, str, str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if linkable(m, texts):
            buckets[bucket(m)].append(m)
    links = []
    near_misses: list[Link] = []
    groups = list(buckets.values())
    budget = max(FACT_PAIRS, FACT_PAIRS_PER_MENTION * len(mentions))
    groups = [g for g, kept in zip(groups, within_budget(groups, budget), strict=True) if kept]
    actor = actors(texts, {s.id: s for s in sentences}, _agents_read(groups))
    between = {m.id: w for g in groups for m in g if (w := loose_period(m, texts))}
    keys: dict[CompatibleKey, int] = {}
    # {(key, key): `may_conflict`, None when not `compatible`}: both read only what the keys hold
    known: dict[tuple[int, int], bool | None] = {}
    for group in groups:
        keyed = [(m, keys.setdefault(compatible_key(m, actor), len(keys))) for m in group]
        for (m1, k1), (m2, k2) in combinations(keyed, 2):
            if m1.doc == m2.doc:
                continue
            conflict = known.get((k1, k2), _UNKNOWN)
            if conflict is _UNKNOWN:
                conflict = known[(k1, k2)] = may_conflict(m1, m2) if compatible(m1, m2, actor) else None
            if conflict is None:
                continue
            if between and (m1.id in between or m2.id in between):  # a period told one way: equal values only
                if between.get(m1.id) != between.get(m2.id):
                    continue
                conflict = False
            # a slip or a rounding is only ever read of money (`scale_slip`, `rounded`)
            slip = m1.kind == "money" and (scale_slip(m1, m2) or rounded(m1, m2))
            exact_keys = conflict or slip
            agrees = agree(m1, m2) if exact_keys else same_value(m1, m2)
            if not agrees and not exact_keys:
                continue
            s = sim.context(m1.sentence, m2.sentence)
            if s >= (_same_value_context(m1) if agrees or slip else _conflict_context(m1)):
                links.append(Link(m1.id, m2.id, s, agrees))
            elif exact_keys and m1.kind not in MEASURES and s >= ANCHORED_CONTEXT:
                near_misses.append(Link(m1.id, m2.id, s, agree(m1, m2)))
    return links, near_misses


def _agents_read(groups: list[list[Mention]]) -> list[Mention]:
    """The numbers whose agent `compatible` may read: it reads two numbers' agents, of two articles, in
    one bucket, both numbers it reads agents of (`actor_read`). The others' agents are not looked for
    (reading a sentence's agents was a sixth of linking a story's numbers)."""
    out: list[Mention] = []
    for group in groups:
        reads = [m for m in group if actor_read(m)]
        if len({m.doc for m in reads}) > 1:
            out.extend(reads)
    return out


_UNKNOWN = object()

ANCHORED_CONTEXT = 0.10
"""Sentence similarity enough for two counts under exact keys when their two sentences already report
one fact together (a long sentence that also tells the raids' 22 provinces beside its 320 arrests
shares few words with «251 … في 13 محافظة», yet it tells the same two things)."""


def _anchored(groups: list[list[str]], near_misses: list[Link], by_id: dict[str, Mention]) -> list[Link]:
    """The near misses whose two sentences already report one fact together, a fact whose frame says
    what befell what (a role and a subject)."""
    fact_sentences: set[frozenset[str]] = set()
    for ids in groups:
        ms = [by_id[i] for i in ids]
        if len({m.doc for m in ms}) < 2 or not (ms[0].frame.role and ms[0].frame.subject):
            continue
        for a, b in combinations(ms, 2):
            if a.doc != b.doc:
                fact_sentences.add(frozenset((a.sentence, b.sentence)))
    return [lk for lk in near_misses if frozenset((by_id[lk.a].sentence, by_id[lk.b].sentence)) in fact_sentences]


_shown = lru_cache(maxsize=20_000, typed=True)(show_value)
"""`show_value`, kept: a story's values repeat, and every fact of the folder shows its values."""


def _values(members: list[Mention]) -> tuple[list[str], dict[str, list[str]]]:
    """The values as shown, most reported first, with the articles giving each."""
    counts: dict[str, list[str]] = defaultdict(list)
    for m in members:
        shown = _shown(m.value, m.qualifier, "ar", m.kind)
        if m.doc not in counts[shown]:
            counts[shown].append(m.doc)
    return sorted(counts, key=lambda v: (-len(counts[v]), v)), counts


def _reasons(
    members: list[Mention],
    status: str,
    links: list[Link],
    kept: list[tuple[str, str]],
    ordered: list[str],
    noun: str = "",
) -> tuple[Reason, ...]:
    """Why the fact is what it is, as data (`core.match.reasons`); ORDERED: its values (`_values`);
    NOUN: what it counts as its label writes it."""
    frame = members[0].frame
    if status == "single" and not kept:  # most facts
        return _one_article(members[0].doc)
    out: list[Reason] = []
    if status == "single":
        out.extend(_one_article(members[0].doc))
    else:
        base = next((m.frame.base for m in members if m.frame.base), "")
        # a loose scope beside the article's own is the article's own figure (`keys.LOOSE_SCOPES`)
        scope = "" if any(not m.frame.scope for m in members) else frame.scope
        fields = {"base": base} if base else {}
        if noun:
            fields["noun"] = noun
        out.append(
            R.reason(R.FRAME_MATCH, kind=members[0].kind, role=frame.role, subject=frame.subject, scope=scope, **fields)
        )
        if links:
            out.append(R.reason(R.SIMILAR_CONTEXT, score=f"{max(lk.similarity for lk in links):.2f}"))
    seen = {m.id for m in members}
    for mention, rule in kept:
        if mention not in seen:
            seen.add(mention)
            out.append(R.reason(R.KEPT_OUT, mention=mention, rule=rule))
    if status == "conflict":
        out.append(R.reason(R.VALUES_DIFFER, values=" · ".join(ordered)))
    elif status == "shared":
        out.append(R.reason(R.VALUES_AGREE, values=" · ".join(ordered)))
        apart = members[0].kind == "time" and next(
            ((a, b) for a, b in combinations(members, 2) if twelve_hours_apart(a, b)), None
        )  # every pair of a shared fact compared only for clock times
        if apart:
            shown = sorted({_shown(m.value, m.qualifier, "ar", m.kind) for m in apart}, key=ordered.index)
            out.append(R.reason(R.TWELVE_HOUR_CLOCK, values=" · ".join(shown)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _one_article(doc: str) -> tuple[Reason, ...]:
    """The reasons of a fact of one article DOC (`R.reason`, made directly), one tuple for all its facts: made
    for each, 10,000 articles' single facts held 29,185 copies of them in the process that keeps the facts."""
    return (Reason(R.ONE_ARTICLE, (("doc", doc),)),)


def status_of(members: list[Mention]) -> str:
    """The comparison rule: shared when every two articles' values agree, conflict otherwise,
    single when one article reports the quantity."""
    if len({m.doc for m in members}) < 2:
        return "single"
    if all(agree(a, b) for a, b in combinations(members, 2) if a.doc != b.doc):
        return "shared"
    return "conflict"


def build_facts(
    texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], sim: Similarity | None
) -> list[Fact]:
    """Group mentions into facts with a status, a label and reasons (why, as data). Conflicts first.

    Mentions without a frame yet get theirs read here (`core.match.frame.read_frames`). SIM may be
    None when the mentions are of one article: they link to none, and neither the sentences'
    similarity nor the agents beside the numbers are read (two thirds of linking such a story)."""
    if mentions and all(m.frame == Frame() for m in mentions):
        mentions = read_frames(texts, sentences, mentions)
    by_id = {m.id: m for m in mentions}
    links: list[Link] = []
    near_misses: list[Link] = []
    if len({m.doc for m in mentions}) > 1:
        if sim is None:
            raise ValueError("the numbers of several articles are linked by their sentences' similarity")
        links, near_misses = _links(mentions, sim, texts, sentences)
    if links or near_misses:
        groups, kept, links = _grouped(mentions, sentences, links, near_misses, by_id, age_holders(texts, mentions))
    else:  # what `components` makes of no link, without the cannot-links it would not read: most stories
        groups, kept = [[i] for i in dict.fromkeys(m.id for m in mentions)], {}
    link_of: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        link_of[link.a].append(link)
    rows: list[tuple[str, tuple[str, ...], str, str, str, tuple[Reason, ...]]] = []
    sentence_of = sentence_reader(texts, sentences)
    for ids in groups:
        if len(ids) == 1:  # most facts: `status_of` and `_values` of one number, and no link read
            members = [one := by_id[ids[0]]]
            status, fact_links, ordered = "single", [], [_shown(one.value, one.qualifier, "ar", one.kind)]
        else:
            members = sorted((by_id[i] for i in ids), key=lambda m: (folder_order(m.doc), m.start))
            status = status_of(members)
            fact_links = [lk for i in ids for lk in link_of[i]]
            ordered = _values(members)[0]  # for the label and the reasons
        noun, shown = noun_and_label(members, ordered, sentence_of)
        rows.append(
            (
                status,
                tuple(m.id for m in members),
                shown,
                members[0].frame.subject,
                members[0].kind,
                _reasons(members, status, fact_links, kept.get(ids[0], []), ordered, noun),
            )
        )
    # `number_facts` of the facts, each made once, in display order (`core.match.fact_order`), with its id
    rows.sort(key=lambda row: display_key(row[0], row[1]))
    # no prose: why a fact is what it is lives in its reasons, worded by the views
    return [
        Fact(f"f{i + 1}", status, mentions, label, "", counted, kind, reasons)  # type: ignore[arg-type]
        for i, (status, mentions, label, counted, kind, reasons) in enumerate(rows)
    ]


def _grouped(
    mentions: list[Mention],
    sentences: list[Sentence],
    links: list[Link],
    near_misses: list[Link],
    by_id: dict[str, Mention],
    holders: dict[str, str],
) -> tuple[list[list[str]], dict[str, list[tuple[str, str]]], list[Link]]:
    """(groups, kept out, links): `components` of the LINKS under the cannot-links, again with the near
    misses `_anchored` adds, if any. HOLDERS: whose age each age is (`core.match.ages`)."""
    apart = cannot_links(mentions)
    values = {m.id: str(m.value) for m in mentions}
    docs = {m.id: m.doc for m in mentions}
    listed = listed_values(mentions, frozenset(s.id for s in sentences if s.index == 0))
    groups, kept = components([m.id for m in mentions], links, docs, apart, values, listed)
    extra = _anchored(groups, near_misses, by_id) if near_misses else []
    if extra:
        links = links + extra
        groups, kept = components([m.id for m in mentions], links, docs, apart, values, listed)
    return holders_apart(_uncounted_apart(groups, kept, by_id), kept, holders, values), kept, links


def _uncounted_apart(
    groups: list[list[str]], kept: dict[str, list[tuple[str, str]]], by_id: dict[str, Mention]
) -> list[list[str]]:
    """GROUPS with each group of numbers none of which says what it counts («إن 12 منهم», «الأسبوع
    (133)») and that differ split by value: a conflict says two sources give different numbers for
    one thing, and nothing says these are one thing but their sentences. Equal values stay one fact.
    What a part leaves out is noted in KEPT (`R.RULE_UNCOUNTED`), as a cannot-link's would be."""
    out: list[list[str]] = []
    for ids in groups:
        members = [by_id[i] for i in ids]
        if len(ids) < 2 or any(m.kind != "count" or m.counted for m in members):
            out.append(ids)
            continue
        by_value: dict[str, list[str]] = defaultdict(list)
        for m in members:
            by_value[str(m.value)].append(m.id)
        if len(by_value) == 1:
            out.append(ids)
            continue
        for part in by_value.values():
            kept[part[0]] = kept.pop(ids[0], []) if part[0] == ids[0] else []
            kept[part[0]] += [(i, R.RULE_UNCOUNTED) for other in by_value.values() if other is not part for i in other]
            out.append(part)
    return out
