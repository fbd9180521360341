"""SHA-256 of an article or its text, without letting go of the interpreter lock.

hashlib lets go of the lock while it hashes 2,048 bytes or more. A window reads its folder on a
thread beside its GUI thread, and a thread that lets go of the lock for a moment and takes it
straight back, again and again, keeps a waiting thread waiting (the convoy effect: the waiter's
turn is only forced after a whole switch interval without such a release). Measured with a 1 ms
sleep loop beside a thread keying the 10,000-article sample (`same_text_key`): its longest wait
was 194 ms at the default switch interval and 46 ms at the window's 1 ms; hashed in pieces under
that size, 12 ms and 6 ms.
"""

from __future__ import annotations

import hashlib

PIECE = 2047
"""Bytes per update: under hashlib's threshold for letting go of the lock."""


def sha256_hex(data: bytes) -> str:
    """The hex SHA-256 of DATA (the same digest as `hashlib.sha256(data).hexdigest()`)."""
    digest = hashlib.sha256()
    view = memoryview(data)
    for start in range(0, len(view), PIECE):
        digest.update(view[start : start + PIECE])
    return digest.hexdigest()
