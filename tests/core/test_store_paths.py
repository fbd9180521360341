"""Stored article paths made absolute again against the project's folder, all of a folder's at once."""

import os

import pytest

from core.store.records import absolute_path, absolute_paths

posix_only = pytest.mark.skipif(os.sep != "/", reason="POSIX paths")


@posix_only
def test_plain_relative_paths_are_joined_to_the_folder():
    assert absolute_paths(["خبر.txt", "وكالات/خبر 2.txt"], "/بحث/قافلة") == [
        "/بحث/قافلة/خبر.txt",
        "/بحث/قافلة/وكالات/خبر 2.txt",
    ]


@posix_only
@pytest.mark.parametrize("odd", ["./a.txt", "../a.txt", "/elsewhere/a.txt", "s//a.txt", "s/./a.txt", "s/", ""])
def test_a_path_that_is_not_plain_is_normalised_as_one_path_is(odd):
    stored = ["a.txt", odd, "s/b.txt"]
    for folder in ("/بحث/قافلة", "/بحث/../قافلة", "/بحث/قافلة/", "."):
        assert absolute_paths(stored, folder) == [absolute_path(path, folder) for path in stored]
