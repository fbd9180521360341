"""The ids of the analysis, built and taken apart in one place.

A document is "d3"; its sentences and mentions carry it as a prefix: "d3.s7", "d3.m12". Stores,
exports and notes keep these strings, so their shape is part of the file format (DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import itemgetter

_DOCUMENT = "d{}"


def document_id(position: int) -> str:
    """The id of the article at 1-based POSITION in the folder's order."""
    return _DOCUMENT.format(position)


def document_ids(positions: Iterable[int]) -> list[str]:
    """`document_id` of each of POSITIONS (1-based), a C-level map: the store names every article so
    at each load."""
    return list(map(_DOCUMENT.format, positions))


def sentence_id(doc: str, index: int) -> str:
    """The id of the sentence at 1-based INDEX of document DOC."""
    return f"{doc}.s{index}"


def mention_id(doc: str, index: int) -> str:
    """The id of the mention at 1-based INDEX of document DOC."""
    return f"{doc}.m{index}"


def folder_order(item_id: str) -> tuple[int, int]:
    """Sort key of a document, sentence or mention id in the folder's order: its article's place,
    then its own number ("d9.m3" before "d10.m1", "d1.m3" before "d1.m12"). As text "d10" comes
    before "d9", so an article added early (d9, d10 → d10, d11) would change the order of ids it
    did not touch, and the stories of the articles renamed could not keep their links (core.reuse)."""
    doc, _, own = item_id.partition(".")
    return int(doc[1:]), int(own[1:]) if own else 0


def doc_of(item_id: str) -> str:
    """The document of a sentence or mention id ("d3.s7" → "d3"); a document id is its own."""
    return item_id.split(".", 1)[0]


def docs_of(item_ids: Iterable[str]) -> Iterator[str]:
    """`doc_of` of each of ITEM_IDS, a C-level map: an update renames thousands of ids at once."""
    return map(itemgetter(0), map(str.partition, item_ids, repeat(".")))
