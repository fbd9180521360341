"""No text is slow by its shape: sentences are capped, an article's analysis has a time budget, and
a story's alignment proposes a bounded number of sentence pairs."""

from __future__ import annotations

import math

from core import budget
from core.match.align import Profile, _candidate_partners, _idf
from core.match.pair_budget import ALIGN_PAIRS, within_budget
from core.model import Document
from core.pipeline import analyze_folder, document_parts, unanalysed_problems
from core.project import Project
from core.text.segment import MAX_SENTENCE_CHARS, sentence_spans

CLAUSE = "قتل 5 أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة قرب السوق، "
ARTICLE = "انفجار في السوق\n\nقتل 5 أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة قرب السوق.\n"


def test_a_line_without_a_full_stop_is_cut_at_its_clauses_below_the_cap():
    text = CLAUSE * 300  # 18,000 characters, one sentence as written
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[s:e].endswith("،") for s, e in spans[:-1])
    assert [text[s:e] for s, e in spans] == [text[s:e].strip() for s, e in spans]


def test_the_pieces_of_a_cut_sentence_cover_every_word_in_order():
    text = CLAUSE * 300
    spans = sentence_spans(text)
    assert " ".join(text[s:e] for s, e in spans).split() == text.split()


def test_a_comma_inside_a_number_is_never_where_a_sentence_is_cut():
    text = "بلغ عدد الزوار 1,000 زائر في اليوم الأول " * 200
    for s, e in sentence_spans(text):
        assert not text[s:e].endswith(("1,", "1"))


def test_a_run_without_white_space_is_cut_at_the_cap():
    cap = MAX_SENTENCE_CHARS
    text = "ب" * (2 * cap + 5)
    assert sentence_spans(text) == [(0, cap), (cap, 2 * cap), (2 * cap, len(text))]


def test_sentences_of_ordinary_length_are_not_cut():
    text = "قال المتحدث، رايان ديلون، إن التحالف راقب القافلة، ودمر 40 آلية، " * 20 + "ثم انسحب."
    assert len(text) < MAX_SENTENCE_CHARS
    assert sentence_spans(text) == [(0, len(text))]


def test_an_article_over_the_time_budget_is_refused_naming_the_budget():
    doc = Document("d1", "/news/long.txt", "انفجار", ARTICLE * 50)
    sentences, mentions, _, _, why = document_parts(doc, budget=0.0)
    assert (sentences, mentions) == ([], [])
    assert "per-file time budget" in why
    [problem] = unanalysed_problems([doc], sentences, "/news", {doc.id: why})
    assert (problem.path, problem.message, problem.severity) == ("long.txt", why, "error")


def test_an_article_within_the_budget_is_analysed_as_without_one():
    doc = Document("d1", "/news/a.txt", "انفجار", ARTICLE)
    within = document_parts(doc)
    unbounded = document_parts(doc, budget=math.inf)
    assert within == unbounded and within[4] == "" and [m.value for m in within[1]] == [5, 12]


def test_a_folder_goes_on_when_its_articles_run_past_the_budget(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("5", "7"), encoding="utf-8")
    monkeypatch.setattr(budget, "FILE_BUDGET_S", 0.0)
    monkeypatch.setattr(budget, "FILE_BUDGET_S_PER_MILLION_CHARS", 0.0)
    heard: list[object] = []
    analysis = analyze_folder(
        tmp_path, jobs=1, on_problem=heard.append, progress=lambda done, of, message: heard.append(message)
    )
    assert [d.title for d in analysis.documents] == ["انفجار في السوق", "انفجار في السوق"]
    assert sorted(p.path for p in analysis.problems if "per-file time budget (0 s" in p.message) == ["a.txt", "b.txt"]
    problems_heard = [p for p in heard if not isinstance(p, str)]
    assert problems_heard == analysis.problems
    assert heard.index(problems_heard[-1]) < heard.index("comparing articles")  # told as soon as known


def test_a_story_of_common_words_proposes_a_bounded_number_of_pairs():
    common = frozenset(f"w{k}" for k in range(30))  # thirty words in every sentence: 200 × 200 pairs each
    profs = [Profile(f"d{d}.s{i}", f"d{d}", common | {f"own{d}.{i}"}, "") for d in (1, 2) for i in range(200)]
    assert sum(len(partners) for _i, partners in _candidate_partners(profs, _idf(profs))) <= ALIGN_PAIRS


def test_groups_are_compared_smallest_first_while_their_pairs_fit_the_budget():
    dates, counts, money = ["date"] * 800, ["count"] * 30, ["money"] * 20  # 319,600, 435 and 190 pairs
    assert within_budget([dates, counts, money], 200_000) == [False, True, True]
    assert within_budget([dates, counts, money], 400_000) == [True, True, True]
    assert within_budget([counts, money, dates], 500) == [False, True, False]


def test_an_article_added_to_a_project_past_the_budget_is_refused_as_a_fresh_analysis_refuses_it(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    Project.open(tmp_path, jobs=1).close()
    (tmp_path / "b.txt").write_text(ARTICLE.replace("5", "7"), encoding="utf-8")
    monkeypatch.setattr(budget, "FILE_BUDGET_S", 0.0)
    monkeypatch.setattr(budget, "FILE_BUDGET_S_PER_MILLION_CHARS", 0.0)
    with Project.open(tmp_path, jobs=1) as project:
        [refused] = [p for p in project.analysis.problems if p.path == "b.txt"]
        assert refused.severity == "error" and "per-file time budget (0 s" in refused.message
    fresh = analyze_folder(tmp_path, jobs=1)
    assert [p for p in fresh.problems if p.path == "b.txt"] == [refused]
