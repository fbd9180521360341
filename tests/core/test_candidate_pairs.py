"""The sentence pairs alignment scores (`core.match.align._candidate_partners`, flattened): those of
different articles sharing a term not too common, each once, in ascending order, however the
sentences are listed."""

from itertools import combinations

from core.match.align import MAX_POSTING, Profile, _candidate_partners, _idf


def _candidate_pairs(profs, idf):
    return [(i, j) for i, partners in _candidate_partners(profs, idf) for j in partners]


def _profiles(rows):
    return [Profile(f"{doc}-s{k}", doc, frozenset(terms), " ".join(terms)) for k, (doc, terms) in enumerate(rows)]


ROWS = [
    ("d1", {"!killed", "شخص", "#15:human"}),
    ("d1", {"=city", "حافلة"}),
    ("d2", {"!killed", "#15:human", "قصف"}),
    ("d2", {"حافلة", "=city", "قصف"}),
    ("d3", {"شخص"}),
    ("d3", {"وزير"}),  # shares nothing
    ("d3", {"حافلة"}),
]


def _expected(profs):
    docs = {}
    for k, p in enumerate(profs):
        for t in p.terms:
            docs.setdefault(t, []).append(k)
    return sorted(
        (i, j)
        for i, j in combinations(range(len(profs)), 2)
        if profs[i].doc != profs[j].doc and any(len(docs[t]) <= MAX_POSTING for t in profs[i].terms & profs[j].terms)
    )


def test_the_pairs_of_sentences_listed_article_by_article():
    profs = _profiles(ROWS)
    pairs = _candidate_pairs(profs, _idf(profs))
    assert pairs == _expected(profs) == [(0, 2), (0, 4), (1, 3), (1, 6), (3, 6)]
    assert (0, 1) not in pairs and (2, 3) not in pairs, "never two sentences of one article"
    assert all(5 not in pair for pair in pairs)


def test_the_same_pairs_when_the_articles_sentences_are_apart():
    profs = _profiles([ROWS[k] for k in (0, 2, 4, 1, 3, 5, 6)])
    assert _candidate_pairs(profs, _idf(profs)) == _expected(profs)
