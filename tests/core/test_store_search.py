"""Search folds what Arabic writers vary: clitics, plurals, hamza, ta marbuta, tashkeel."""

import pytest

from core.project import Project

ARTICLE = (
    "نقلت بالحافلات أربعة آلاف شخص من القلمون.\n"
    "وقال مصدر إن الحَافِلَة الأخيرة وصلت إلى دير الزور.\n"
    "ولم تتعرض القافلة لأي هجوم.\n"
)


@pytest.fixture
def project(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with Project.open(tmp_path) as opened:
        yield opened


def _texts(hits):
    return [h.text for h in hits]


def test_a_plural_finds_the_word_with_a_clitic_prefix(project):
    assert "نقلت بالحافلات أربعة آلاف شخص من القلمون." in _texts(project.search("حافلات"))


def test_a_word_written_without_hamza_finds_it_written_with_hamza(project):
    assert _texts(project.search("اربعة")) == ["نقلت بالحافلات أربعة آلاف شخص من القلمون."]


def test_tashkeel_in_the_text_does_not_hide_a_word(project):
    assert "وقال مصدر إن الحَافِلَة الأخيرة وصلت إلى دير الزور." in _texts(project.search("حافلة"))


def test_every_word_of_the_query_must_occur(project):
    assert _texts(project.search("حافلة الزور")) == ["وقال مصدر إن الحَافِلَة الأخيرة وصلت إلى دير الزور."]
    assert project.search("حافلة هجوم") == []


def test_match_offsets_point_at_the_words_in_the_original_text(project):
    (hit,) = project.search("اربعة")
    text = project.analysis.documents[0].text
    assert [text[s:e] for s, e in hit.matches] == ["أربعة"]
    assert text[hit.start : hit.end] == hit.text


def test_query_syntax_characters_are_searched_as_text_not_as_operators(project):
    plain = project.search("حافلة")
    assert plain
    assert project.search('حافلة" ^ (') == plain
    assert project.search('"*^()') == []
