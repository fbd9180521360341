"""The analyzer fingerprint changes when a lexicon changes, so stored projects are re-analysed."""

import shutil

from core import fingerprint, resources


def test_fingerprint_of_the_installation_is_stable():
    assert fingerprint.analyzer_fingerprint() == fingerprint.fingerprint_of(resources.app_root())


def test_editing_a_lexicon_changes_the_fingerprint(tmp_path):
    shutil.copytree(resources.app_root() / "core", tmp_path / "core")
    shutil.copytree(resources.resource("lexicon"), tmp_path / "resources" / "lexicon")
    before = fingerprint.fingerprint_of(tmp_path)
    with open(tmp_path / "resources" / "lexicon" / "synonyms.txt", "a", encoding="utf-8") as f:
        f.write("harbour: ميناء مرفأ\n")
    assert fingerprint.fingerprint_of(tmp_path) != before
