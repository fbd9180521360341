"""Documents → stories: the articles of a folder that report the same event.

A folder of a week's coverage holds many events; sentences and numbers are compared only within
a story, so that facts never join articles about different events and the work grows with the
stories, not with the square of the folder.

An article is described by the terms of its sentences (`core.match.align.Profile`: stems, synonym
classes, number values with what they count), each weighted by its rarity in the folder (IDF,
with a prior of `BACKGROUND` empty documents so that a folder of three articles does not make
every shared word worthless). Two articles are candidates only when they share a term that is
rare in the folder (posting lists longer than `max_posting` are skipped: an inverted index, so
the work grows with the candidates). Their similarity is the cosine of their TF-IDF vectors,
computed in numpy over the rare terms only. Stories grow by average linkage along pairs above
`LINK`: one chance resemblance must not chain two events into one story.

A recurring series — the daily market close, a weekly bulletin — reads alike every time and lands
in one story, where its figures would all turn red. In a folder larger than `SMALL_FOLDER`, a story
is therefore cut along its figures (`split_series`): articles that give enough distinctive numbers
and share none of them report different instances. Where publication times are known only
instances first published on different days are cut apart (two reports of one day that give
different figures tell two sides of one event); where they are not, the figures alone decide.
A small folder is never cut: a person gathered it as one event.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain, compress
from sys import intern

import numpy as np

from core.ids import doc_of
from core.ingest.published import day_of
from core.match import story_terms
from core.match.align import Profile
from core.match.story_terms import figures as story_figures
from core.match.story_terms import similar_pairs, term_matrix
from core.model import Analysis, Document, Story

LINK = 0.36
"""Cosine from which two articles report the same event (checked by reading corpus titles: at 0.30,
6 of 40 stories of a 1,000-article sample mixed events that share a template, such as two bodies'
Eid receptions, which give no figure in common)."""
LINK_SHARED_FIGURE = 0.30
"""The cosine that suffices when the two articles give a distinctive figure in common: the same
«41 projects» or «134 million» is evidence of one event that template words are not."""
AVERAGE = 0.24
"""Mean cosine over all article pairs of two groups needed to merge them into one story."""
SMALL_FOLDER = 24
"""A folder this small was most likely gathered by hand about one event: weaker evidence joins
its articles (LINK_SMALL, AVERAGE_SMALL), so that an article on the same bombing from another
angle (the arrest, the funerals) is still compared with the others."""
LINK_SMALL = 0.15
AVERAGE_SMALL = 0.10
NEAR = 0.08
"""Pairs below this count as unrelated (0) in the mean."""
BACKGROUND = 50
"""Empty pseudo-documents added to the document count in the IDF."""
TITLE_WEIGHT = 2.0
"""A term of the headline counts as this many sentences of the body."""
MAX_POSTING = 60
"""Terms in more articles than this neither make candidates nor count in the story cosine: a
story of a week rarely has more articles, and beyond it the pairs grow with the folder squared."""
MIN_FIGURES = 3
"""Distinctive figures an article must give for its figures to tell which instance of a series it reports."""
SAME_FIGURES = 0.2
"""Share of the fewer figures two articles must have in common to report one instance."""
COMMON_FIGURE_SHARE = 0.02
COMMON_FIGURE_MIN = 5
"""A figure in more than this share of the folder's articles (and more than COMMON_FIGURE_MIN of
them) is too common to tell instances apart (2, 10, 100, the current year)."""
LABEL_LENGTH = 90


TermCounts = story_terms.TermCounts
"""An article's terms and how often its sentences give them (a headline term counts TITLE_WEIGHT):
all that grouping reads of an article, so a project keeps them and does not profile an unchanged
article again (core.store: `doc_terms`)."""


def shared_terms(counts: TermCounts) -> TermCounts:
    """COUNTS with each term's text shared by every article that has it (`sys.intern`). An article's
    counts arrive from a worker process or the project file with texts of their own: at 10,000
    articles 1.3 million entries named 59,000 distinct terms, 170 MB held while grouping."""
    return {intern(t): c for t, c in counts.items()}


def document_terms(profiles: Iterable[Profile]) -> dict[str, TermCounts]:
    """{document id: its `TermCounts`} from the profiles of its sentences (its headline's first)."""
    sets: dict[str, list[frozenset[str]]] = {}
    for p in profiles:
        sets.setdefault(p.doc, []).append(p.terms)
    return {doc: counted_terms(terms) for doc, terms in sets.items()}


assert float(TITLE_WEIGHT).is_integer()  # `counted_terms` adds whole counts: exact in any order
_ONE_MORE = TITLE_WEIGHT - 1.0
"""What a headline term counts beyond the one of its own sentence."""


def counted_terms(term_sets: Sequence[AbstractSet[str]]) -> TermCounts:
    """The `TermCounts` of an article from the terms of each of its sentences, its headline's first:
    every term once per sentence that gives it, `TITLE_WEIGHT` for the headline, in the order a walk
    over each sentence's terms sorted meets them first (not the sets' order, which follows string
    hashes). Counted in C (a `Counter` over all the terms, a set difference and a sort of the terms
    new in each sentence), not one dictionary update per term in Python."""
    if not term_sets:
        return {}
    title = term_sets[0]
    order = sorted(title)
    seen = set(title)
    for terms in term_sets[1:]:
        new = terms - seen
        if new:
            order += sorted(new)  # the new terms in the order a sorted walk over TERMS meets them
            seen |= new
    counts = Counter(chain.from_iterable(term_sets))
    out = dict(zip(order, map(float, map(counts.__getitem__, order)), strict=True))
    for t in title:
        out[t] += _ONE_MORE
    return out


def _average_linkage(
    n: int, a: np.ndarray, b: np.ndarray, s: np.ndarray, link: float | np.ndarray, average: float = AVERAGE
) -> list[list[int]]:
    """Merge groups along pairs ≥ `link` (one threshold, or one per pair), strongest first, only
    while the mean similarity over all cross-group article pairs (missing pairs count 0) stays
    ≥ `average`: a royal greeting that shares a headline formula with one article of a visit does
    not join the visit's story."""
    can = np.flatnonzero(s >= np.broadcast_to(np.asarray(link, dtype=float), s.shape))
    can = can[np.argsort(-s[can], kind="stable")]  # the pairs that may merge, strongest first
    # a group only ever holds articles that pairs able to merge connect: the sums between groups are
    # read only for pairs within one such component (10,000 articles: 22,000 of 113,000 pairs, put in
    # dicts twice each), and the sums read are the same
    component = _components(n, a[can], b[can])
    inside = np.flatnonzero(component[a] == component[b])
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    between: dict[int, dict[int, float]] = defaultdict(dict)
    # Python lists, read per pair: indexing an array makes a NumPy scalar each time (the same values)
    for i, j, w in zip(a[inside].tolist(), b[inside].tolist(), s[inside].tolist(), strict=True):
        between[i][j] = between[j][i] = w
    for i, j in zip(a[can].tolist(), b[can].tolist(), strict=True):
        ga, gb = group[i], group[j]
        if ga == gb:
            continue
        if between[ga].get(gb, 0.0) < average * len(members[ga]) * len(members[gb]):
            continue
        if len(members[ga]) < len(members[gb]):
            ga, gb = gb, ga
        for x in members[gb]:
            group[x] = ga
        members[ga].extend(members.pop(gb))
        for h, w in between.pop(gb).items():
            del between[h][gb]
            if h != ga:
                between[ga][h] = between[h][ga] = between[ga].get(h, 0.0) + w
        between[ga].pop(ga, None)
    return list(members.values())


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per article of N, a label shared by the articles the pairs (A, B) connect, and by no other:
    the least label of each pair's two ends taken by both, then each label's own, until none changes."""
    label = np.arange(n)
    while True:
        least = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, least)
        np.minimum.at(new, b, least)
        new = new[new]
        if (new == label).all():
            return label
        label = new


def group_stories(docs: Sequence[Document], profiles: Iterable[Profile], threshold: float | None = None) -> list[Story]:
    """Stories of a folder: biggest first, then in folder order; every document in exactly one.

    `threshold` overrides the pair cosine that links two articles (by default LINK, or
    LINK_SMALL for a folder of at most SMALL_FOLDER articles)."""
    counts = document_terms(profiles)
    return group_by_terms(docs, [counts.get(d.id, {}) for d in docs], threshold)


def group_by_terms(
    docs: Sequence[Document],
    terms: Sequence[story_terms.Terms],
    threshold: float | None = None,
    vocabulary: Sequence[str] = (),
) -> list[Story]:
    """`group_stories` from each document's `TermCounts` (TERMS, in the order of DOCS; or
    `ListedTerms` numbered in VOCABULARY, as a project file keeps them)."""
    if not docs:
        return []
    small = len(docs) <= SMALL_FOLDER
    link = threshold if threshold is not None else LINK_SMALL if small else LINK
    matrix = term_matrix(terms, vocabulary)
    a, b, s, _df = similar_pairs(matrix, BACKGROUND, NEAR, MAX_POSTING)
    if small:
        groups = _average_linkage(len(docs), a, b, s, link, AVERAGE_SMALL)
    else:
        figures = story_figures(matrix, COMMON_FIGURE_SHARE, COMMON_FIGURE_MIN)
        pair_link: float | np.ndarray = link
        if threshold is None:  # the figures of a pair below both bars cannot change what it does
            bar = min(link, LINK_SHARED_FIGURE)
            near = np.flatnonzero(s >= bar)
            shared = np.zeros(len(a), dtype=bool)
            pairs = zip(a[near].tolist(), b[near].tolist(), strict=True)
            shared[near] = [not figures[i].isdisjoint(figures[j]) for i, j in pairs]
            pair_link = np.where(shared, bar, link)
        groups = _average_linkage(len(docs), a, b, s, pair_link, AVERAGE)
        # the days and scores `split_series` reads: those of the groups it may cut (10,000 articles:
        # 1,700 articles in 390 groups; parsing every date was a twentieth of grouping)
        may_cut = [len(g) > 1 and len(_judged(g, figures)) >= 2 for g in groups]
        cut = list(compress(groups, may_cut))
        days = [""] * len(docs)
        for i in chain.from_iterable(cut):
            days[i] = day_of(docs[i].published)
        score = _scores_within(cut, len(docs), a, b, s)
        groups = [
            part
            for g, c in zip(groups, may_cut, strict=True)
            for part in (split_series(g, figures, days, score) if c else [g])
        ]
    # each article's sum over its pairs, added in the pairs' order (a pair adds to its first, then its second)
    strength = np.bincount(np.column_stack((a, b)).ravel(), np.repeat(s, 2), len(docs)).tolist()
    groups.sort(key=lambda g: (-len(g), min(g)))
    stories = []
    for k, group in enumerate(groups):
        group.sort()
        # a tie within float noise: the first
        central = group[0] if len(group) == 1 else max(group, key=lambda i: (round(strength[i], 9), -i))
        title = docs[central].title.strip()
        label = title if len(title) <= LABEL_LENGTH else title[: LABEL_LENGTH - 1] + "…"
        stories.append(Story(f"st{k + 1}", label, tuple(docs[i].id for i in group)))
    return stories


def _scores_within(
    groups: list[list[int]], n: int, a: np.ndarray, b: np.ndarray, s: np.ndarray
) -> dict[tuple[int, int], float]:
    """{(i, j): cosine} of the pairs (A, B, S) whose two articles are in one of GROUPS: all that
    `split_series` reads (a dict of every pair was a twentieth of grouping 10,000 articles)."""
    label = np.full(n, -1, dtype=np.int64)
    for k, group in enumerate(groups):
        label[group] = k
    same = (label[a] == label[b]) & (label[a] >= 0)
    return dict(zip(zip(a[same].tolist(), b[same].tolist(), strict=True), s[same].tolist(), strict=True))


def _same_instance(a: AbstractSet[object], b: AbstractSet[object]) -> bool:
    """Two articles' figures tell one instance when they share at least SAME_FIGURES of the fewer
    (and at least one): one coincidence («5 مليار» traded on two days) among nine figures is not enough."""
    return len(a & b) >= max(1, math.ceil(SAME_FIGURES * min(len(a), len(b))))


def _judged(group: list[int], figures: Sequence[AbstractSet[object]]) -> list[int]:
    """The articles of GROUP with enough figures (MIN_FIGURES) for their figures to tell an instance."""
    return [i for i in group if len(figures[i]) >= MIN_FIGURES]


def split_series(
    group: list[int], figures: Sequence[AbstractSet[object]], days: Sequence[str], score: dict[tuple[int, int], float]
) -> list[list[int]]:
    """GROUP (document indices of one story) cut into the instances of a recurring series.

    Articles with at least MIN_FIGURES distinctive figures are joined when they share one; the
    resulting parts are joined again when they were first published on the same day (times known).
    An article with too few figures to judge goes with the part whose articles resemble it most."""
    judged = _judged(group, figures)
    if len(judged) < 2:
        return [group]
    parent = {i: i for i in judged}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for x, i in enumerate(judged):
        for j in judged[x + 1 :]:
            if _same_instance(figures[i], figures[j]):
                parent[find(i)] = find(j)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in judged:
        parts[find(i)].append(i)
    if len(parts) == 1:
        return [group]
    by_first_day: dict[str, list[int]] = defaultdict(list)
    undated: list[list[int]] = []
    for members in parts.values():
        dated = [days[i] for i in members if days[i]]
        if dated:
            by_first_day[min(dated)].extend(members)
        else:
            undated.append(members)
    instances = [*by_first_day.values(), *undated]
    if len(instances) == 1:
        return [group]
    for i in group:
        if i in parent:
            continue
        best = max(
            instances,
            key=lambda part: (
                sum(score.get((min(i, j), max(i, j)), 0.0) for j in part),
                any(days[i] and days[i] == days[j] for j in part),
                len(part),
            ),
        )
        best.append(i)
    return [sorted(part) for part in instances]


def story_analysis(analysis: Analysis, story_id: str) -> Analysis:
    """The part of ANALYSIS about one story, as an Analysis of its own (documents, sentences,
    mentions, alignments, facts; ids unchanged), so that every view can show one story unchanged.

    Facts and alignments never cross stories, so nothing is cut in two."""
    (story,) = [s for s in analysis.stories if s.id == story_id]
    docs = set(story.documents)
    mentions = [m for m in analysis.mentions if m.doc in docs]
    inside = {m.id for m in mentions}
    return Analysis(
        folder=analysis.folder,
        documents=[d for d in analysis.documents if d.id in docs],
        sentences=[s for s in analysis.sentences if s.doc in docs],
        mentions=mentions,
        alignments=[a for a in analysis.alignments if doc_of(a.a) in docs],
        facts=[f for f in analysis.facts if f.mentions and f.mentions[0] in inside],
        problems=list(analysis.problems),
        stories=[story],
        timings=dict(analysis.timings),
    )
