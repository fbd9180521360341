"""The folder's term counts as flat arrays, and the article pairs story grouping starts from
(core.match.stories): the TF-IDF cosine of every pair of articles sharing a rare term.

Every update of a project groups the whole folder again (term weights are the folder's: one
article added changes every weight), so this runs on each update as on each fresh analysis
(issue 14: it was a sixth of adding 10 articles to 1,000, in a Python loop over every term of
every article). The floats depend only on the folder's terms, never on how the work is split:
logarithms are taken in Python on the few distinct counts and document frequencies, products and
quotients are exact IEEE operations, each article's sum of squares is numpy's pairwise sum over
its own entries (the same entries in the same order give the same sum, in a fresh analysis as in
an update), and a pair's cosine adds its products in the order of the terms, whatever the blocks.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat

import numpy as np

TermCounts = dict[str, float]
"""An article's terms and how often its sentences give them (see core.match.stories)."""


@dataclass(frozen=True, slots=True)
class ListedTerms:
    """An article's TermCounts as a project file gives them back (core.store.terms) or a fresh
    analysis numbers them (`TermNumbering`): its terms by their numbers in a vocabulary shared by
    every ListedTerms of one folder, in the order of the TermCounts, `counts` beside them. Parsing
    130,000 stored terms into dicts, then numbering them again, was a tenth of adding 10 articles
    to 1,000 (issue 14)."""

    ids: np.ndarray
    counts: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


Terms = TermCounts | ListedTerms
"""An article's terms as counted (`TermCounts`) or as stored (`ListedTerms`)."""


def as_counts(terms: Terms, vocabulary: Sequence[str]) -> TermCounts:
    """TERMS as TermCounts (ListedTerms named by VOCABULARY)."""
    if not isinstance(terms, ListedTerms):
        return terms
    return dict(zip(map(vocabulary.__getitem__, terms.ids.tolist()), terms.counts.tolist(), strict=True))


class TermNumbering:
    """Numbers the terms of articles as their counts arrive, in order of first appearance, and keeps
    each article's as `ListedTerms`: an analysis holds 12 bytes per term of an article where a
    TermCounts held a dict entry (10,000 articles: 1.3 million of them), and grouping finds them
    numbered (`term_matrix` with `vocabulary`), the numbering done while the workers count."""

    def __init__(self, vocabulary: Sequence[str] = ()) -> None:
        self.vocabulary: list[str] = list(vocabulary)
        self._number: dict[str, int] = dict(zip(vocabulary, range(len(vocabulary)), strict=True))

    def listed(self, counts: TermCounts) -> ListedTerms:
        """COUNTS as ListedTerms numbered in `vocabulary` (new terms numbered after it)."""
        number = self._number
        new = [t for t in counts if t not in number]
        number.update(zip(new, range(len(number), len(number) + len(new)), strict=True))
        self.vocabulary += new
        ids = np.fromiter(map(number.__getitem__, counts), np.int32, len(counts))
        return ListedTerms(ids, np.fromiter(counts.values(), np.float64, len(counts)))


ARTICLES_PER_LOOP = 500
"""Articles whose terms one C-level loop goes through (about 65,000 terms): such a loop holds the
interpreter lock from start to end, and a window groups its folder on a thread beside its GUI
thread (the whole folder's 1.3 million terms at once, 10,000 articles, held it for tens of ms)."""
DENSE_KEYS = 2_000_000
"""Article pairs a block of the candidate search sums into an array of one sum per possible pair
(16 MB of floats) rather than sorting its keys first."""
BLOCK_PAIRS = 50_000
"""Term-sharing contributions summed at a time (about 40 bytes each while summed): bounds the
memory of the candidate search, which summed up to 4 million at once and held every distinct pair
between two sums (the largest allocation of grouping 30,000 articles). Small blocks sort and sum in
the processor's caches (grouping 10,000 articles: 538 ms of CPU in blocks of 500,000, 456 in blocks
of 100,000; then, with the other changes, 225-234 ms in blocks of 100,000, 217-225 in blocks of 50,000)."""


@dataclass(frozen=True, slots=True)
class TermMatrix:
    """Each article's terms in one array: article i's are `terms[starts[i]:starts[i + 1]]`, in the
    order of its TermCounts, `counts` beside them; `vocabulary[t]` is term t's text."""

    starts: np.ndarray
    terms: np.ndarray
    counts: np.ndarray
    vocabulary: list[str]

    @property
    def documents(self) -> int:
        return len(self.starts) - 1


def term_matrix(terms: Sequence[Terms], vocabulary: Sequence[str] = ()) -> TermMatrix:
    """The TermMatrix of TERMS (one per article, in the folder's order). VOCABULARY: the terms by
    their numbers in the ListedTerms among TERMS (a term's number does not change a story: terms
    are ranked by first appearance where the order counts, `similar_pairs`)."""
    counted = [vec for vec in terms if not isinstance(vec, ListedTerms)]
    if vocabulary or len(counted) < len(terms):
        return _listed_matrix(terms, vocabulary)
    return _counted_matrix(counted)


def _counted_matrix(terms: Sequence[TermCounts]) -> TermMatrix:
    """`term_matrix` of TermCounts only: terms numbered in order of first appearance."""
    number: dict[str, int] = {}  # each term's number, in order of first appearance
    ids: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    for start in range(0, len(terms), ARTICLES_PER_LOOP):
        part = terms[start : start + ARTICLES_PER_LOOP]
        every = list(chain.from_iterable(part))  # C-level loops: 130,000 terms at 1,000 articles
        new = [t for t in dict.fromkeys(every) if t not in number]
        number.update(zip(new, range(len(number), len(number) + len(new)), strict=True))
        ids.append(np.fromiter(map(number.__getitem__, every), np.int64, len(every)))
        counts.append(np.fromiter(chain.from_iterable(vec.values() for vec in part), np.float64, len(every)))
    starts = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum([len(vec) for vec in terms], out=starts[1:])
    return TermMatrix(starts, _joined(ids, np.int64), _joined(counts, np.float64), list(number))


def _listed_matrix(terms: Sequence[Terms], vocabulary: Sequence[str]) -> TermMatrix:
    """`term_matrix` of TERMS, some ListedTerms numbered in VOCABULARY: the counted ones are
    numbered in it too, new terms after it (VOCABULARY put in a dict only then: a fresh analysis
    lists them all). Term numbers stay as listed (32 bits): a copy in 64 bits was never read as such."""
    listed = [vec for vec in terms if isinstance(vec, ListedTerms)]
    names = list(vocabulary)
    if len(listed) < len(terms):
        numbering = TermNumbering(vocabulary)
        listed = [vec if isinstance(vec, ListedTerms) else numbering.listed(vec) for vec in terms]
        names = numbering.vocabulary
    starts = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum([len(vec) for vec in terms], out=starts[1:])
    ids = _joined([vec.ids for vec in listed], np.int64)
    return TermMatrix(starts, ids, _joined([vec.counts for vec in listed], np.float64), names)


def _joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)


def _from_table(values: np.ndarray, f: Callable[[float], float]) -> np.ndarray:
    """F of every value, computed in Python once per distinct value (math.log, not numpy's). Whole
    values from 0 to about their number (document frequencies, term counts) are looked up in a table
    indexed by the value, no sort (sorting 1.3 million counts was a twentieth of grouping 10,000
    articles)."""
    whole = values.astype(np.int64)
    if len(values) and 0 <= whole.min() and whole.max() <= len(values) + 1024 and (whole == values).all():
        present = np.zeros(int(whole.max()) + 1, dtype=bool)
        present[whole] = True
        distinct = np.flatnonzero(present)
        table = np.zeros(len(present))
        table[distinct] = [f(x) for x in distinct.astype(values.dtype).tolist()]
        return table[whole]
    distinct = np.unique(values)
    out: np.ndarray = np.array([f(x) for x in distinct.tolist()], dtype=np.float64)[np.searchsorted(distinct, values)]
    return out


def _row_sums(squares: np.ndarray, starts: np.ndarray) -> list[float]:
    """Each article's sum of SQUARES (its entries STARTS[i]..STARTS[i + 1]), summed by numpy in one
    call: pairwise within each article, so not Python's left-to-right `sum` in the last bits (that
    sum, read in Python, was 8 % of grouping; the 7 reference exports are the same either way)."""
    sums = np.zeros(len(starts) - 1)
    given = np.flatnonzero(starts[1:] > starts[:-1])  # reduceat would give an empty article the next entry
    if len(given):
        sums[given] = np.add.reduceat(squares, starts[given])
    out: list[float] = sums.tolist()
    return out


def similar_pairs(
    matrix: TermMatrix, background: int, threshold: float, max_posting: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, cosine) of the article pairs (i < j) sharing a rare term with cosine ≥ THRESHOLD, and
    each term's document frequency.

    Weights are TF-IDF, the IDF with BACKGROUND empty pseudo-documents; each article's vector is
    normalised, then taken over the terms in at most MAX_POSTING articles and normalised again:
    what makes two articles one story is their rare words and numbers, and the common ones would
    make the candidate pairs grow with the square of the folder."""
    n_docs = matrix.documents
    terms, starts = matrix.terms, matrix.starts
    df = np.bincount(terms, minlength=len(matrix.vocabulary))
    n = n_docs + background
    # one array of the entries' size alive at a time where it can be (30,000 articles: 4 million
    # entries, 32 MB each; a dozen at once made grouping the peak of the analysing process)
    weight = _from_table(df, lambda c: math.log((n + 1) / (c + 0.5)))[terms]  # the IDF of each term
    weight *= _from_table(matrix.counts, lambda c: 1.0 + math.log(c))  # times its TF: the same products
    norms = np.array([math.sqrt(s) or 1.0 for s in _row_sums(weight * weight, starts)])
    weight /= np.repeat(norms, np.diff(starts))
    df_of = df[terms]
    rare = np.flatnonzero(df_of <= max_posting)  # 22 % of the entries at 10,000 articles
    keep = rare[df_of[rare] >= 2]
    del df_of
    # summed over the rare entries alone, not over every entry with 0.0 for the common ones (78 % of them)
    squares = weight[rare]
    squares *= squares
    rare_norms = np.array([math.sqrt(s) or 1.0 for s in _row_sums(squares, np.searchsorted(rare, starts))])
    del rare, squares
    doc = np.repeat(np.arange(n_docs), np.diff(np.searchsorted(keep, starts)))
    val = weight[keep] / rare_norms[doc]
    del weight
    order, starts = _postings(terms[keep])
    a, b, s = _pair_sums(doc[order], val[order], starts, n_docs, threshold)
    return a, b, s, df


def _postings(terms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The entries of TERMS (in the folder's order) grouped by term, the terms in order of first
    appearance (as the candidate sums were always taken) and each term's entries in the folder's
    order, and where each term's entries start: one sort, not one to rank the terms and another to
    group them (two were a sixth of the candidate search)."""
    if not len(terms):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    order = _stable_order(terms, int(terms.max()) + 1)
    grouped = terms[order]
    starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
    sizes = np.diff(np.r_[starts, len(terms)])
    ranked = np.argsort(order[starts])  # a term's first entry is its group's first: distinct values
    sizes = sizes[ranked]
    moved = np.cumsum(sizes) - sizes  # where each term's entries start once the terms are ranked
    out: np.ndarray = order[np.repeat(starts[ranked] - moved, sizes) + np.arange(len(terms))]
    return out, moved


def _pair_sums(
    doc: np.ndarray, val: np.ndarray, starts: np.ndarray, n: int, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the entries (DOC, VAL) of terms whose entries start at STARTS (documents ascending
    within a term): the document pairs sharing a term, the sum of their products over the shared
    terms (in the order of the terms), those ≥ THRESHOLD (and above 0: every value is positive, so a
    pair sharing a term has a positive sum)."""
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0))
    if not len(doc):
        return empty
    sizes = np.diff(np.r_[starts, len(doc)])
    later = np.repeat(starts + sizes, sizes) - np.arange(len(doc)) - 1  # entries of its term after it
    # each pair once, from its first document's entries: by document, each document's in the order
    # of the terms, so that a pair's products are added in that order whatever the blocks
    firsts = np.flatnonzero(later > 0)
    firsts = firsts[_stable_order(doc[firsts], n)]
    ends = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(doc[firsts], minlength=n), out=ends[1:])
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for lo, hi in _blocks(np.bincount(doc, weights=later, minlength=n)):
        # the entries of documents LO..HI-1, each with the entries after it in its term, one after another
        at = firsts[ends[lo] : ends[hi]]
        count = later[at]
        second = np.repeat(at + 1 - (np.cumsum(count) - count), count)
        second += np.arange(len(second))
        key = np.repeat((doc[at] - lo) * n, count)
        key += doc[second]
        product = np.repeat(val[at], count)
        product *= val[second]
        del second
        key, score = _sum_by_key(key, product, (hi - lo) * n, threshold)
        found.append((key // n + lo, key % n, score))
    a, b, s = (np.concatenate(part) for part in zip(*found, strict=True))
    return a, b, s


def _blocks(pairs_from: np.ndarray) -> list[tuple[int, int]]:
    """Runs of documents (LO, HI) whose pairs with later documents number about BLOCK_PAIRS."""
    ends = np.searchsorted(np.cumsum(pairs_from), np.arange(BLOCK_PAIRS, pairs_from.sum() + BLOCK_PAIRS, BLOCK_PAIRS))
    bounds = np.unique(np.r_[0, ends + 1, len(pairs_from)].clip(0, len(pairs_from))).tolist()
    return list(zip(bounds[:-1], bounds[1:], strict=False))


def _sum_by_key(keys: np.ndarray, weights: np.ndarray, size: int, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The keys (all in 0..SIZE-1) whose weights, each added in the order given, sum to at least
    THRESHOLD and above 0, ascending, and their sums. Over at most `DENSE_KEYS` keys, a sum per
    possible key (no sort: sorting a million keys was half of grouping 1,000 articles); both ways
    add the same floats in the same order."""
    if size > DENSE_KEYS:
        order = _stable_order(keys, size)
        keys = keys[order]
        new = np.r_[True, keys[1:] != keys[:-1]]
        distinct = keys[new]
        sums = np.bincount(np.cumsum(new) - 1, weights=weights[order])
    else:
        sums = np.bincount(keys, weights=weights, minlength=size)
    at = np.flatnonzero(sums >= threshold) if threshold > 0 else np.flatnonzero(sums > 0)
    return (distinct[at] if size > DENSE_KEYS else at), sums[at]


def _stable_order(values: np.ndarray, bound: int) -> np.ndarray:
    """The indices that sort VALUES (integers in 0..BOUND-1), equal values in the order given: a
    radix sort, 16 bits at a time (numpy sorts 16-bit integers stably in linear time; a stable sort of
    64-bit ones compares, ten times slower for 70,000 values)."""
    order = np.argsort((values & 0xFFFF).astype(np.uint16), kind="stable")  # the lowest 16 bits
    shift = 16
    while bound > 1 << shift:
        digit = ((values >> shift) & 0xFFFF).astype(np.uint16)
        order = order[np.argsort(digit[order], kind="stable")]
        shift += 16
    return order


def figures(matrix: TermMatrix, common_share: float, common_min: int) -> list[set[int]]:
    """Per article, the distinct values of the numbers it gives (from the number terms «#43:…»,
    each value named by a number of its own), without those in more than COMMON_SHARE of the
    articles (and more than COMMON_MIN of them): too common to tell anything apart."""
    vocabulary = matrix.vocabulary
    value_of: dict[str, int] = {}
    number = value_of.setdefault
    numbered = list(compress(range(len(vocabulary)), map(str.startswith, vocabulary, repeat("#"))))
    of_term = np.full(len(vocabulary), -1, dtype=np.int64)
    of_term[numbered] = [number(vocabulary[t][1:].split(":", 1)[0], len(value_of)) for t in numbered]
    value = of_term[matrix.terms]
    given = np.flatnonzero(value >= 0)
    value = value[given]
    doc = np.searchsorted(matrix.starts, given, side="right") - 1
    # each (article, value) once, grouped by value, then by article with its values ascending
    order = _stable_order(value, max(1, len(value_of)))
    value, doc = value[order], doc[order]
    once = np.r_[True, (value[1:] != value[:-1]) | (doc[1:] != doc[:-1])]
    value, doc = value[once], doc[once]
    keep = np.bincount(value, minlength=len(value_of))[value] <= max(common_min, common_share * matrix.documents)
    value, doc = value[keep], doc[keep]
    order = _stable_order(doc, matrix.documents)
    flat, ends = value[order].tolist(), np.searchsorted(doc[order], np.arange(matrix.documents + 1)).tolist()
    return [set(flat[s:e]) for s, e in zip(ends[:-1], ends[1:], strict=True)]
