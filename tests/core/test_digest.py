"""Articles are hashed in pieces (core.ingest.digest) to the digest hashlib gives in one go."""

from __future__ import annotations

import hashlib

import pytest

from core.ingest.digest import PIECE, sha256_hex


@pytest.mark.parametrize("size", [0, 1, PIECE - 1, PIECE, PIECE + 1, 3 * PIECE + 5])
def test_the_digest_is_sha256_of_the_whole(size: int) -> None:
    data = ("قتل 11 شخصا في حادث حافلة. " * 200).encode("utf-8")[:size]
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
