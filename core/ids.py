"""The ids of the analysis, built and taken apart in one place.

A document is "d3"; its sentences and mentions carry it as a prefix: "d3.s7", "d3.m12". Stores,
exports and notes keep these strings, so their shape is part of the file format (DESIGN.md).
"""

from __future__ import annotations


def document_id(position: int) -> str:
    """The id of the article at 1-based POSITION in the folder's order."""
    return f"d{position}"


def sentence_id(doc: str, index: int) -> str:
    """The id of the sentence at 1-based INDEX of document DOC."""
    return f"{doc}.s{index}"


def mention_id(doc: str, index: int) -> str:
    """The id of the mention at 1-based INDEX of document DOC."""
    return f"{doc}.m{index}"


def doc_of(item_id: str) -> str:
    """The document of a sentence or mention id ("d3.s7" → "d3"); a document id is its own."""
    return item_id.split(".", 1)[0]
