"""The rows' own names for the articles (issue 14): a document's row keeps the id it was first saved
under while the article stays, whatever its place in the folder becomes.

The analysis names an article by its place ("d5": core.ids), so adding one early renames every
later article. Renaming their rows (documents, sentences, mentions, and the alignments and facts
that name them) cost more than anything else in adding 10 articles spread through 1,000. So a row
is named by its key: the article's id when it was saved, or for an article added later a number
above every key in the file. `documents.position` gives the article's place, and so its id in
the analysis (`document_id(position + 1)`). A fresh save writes every key as the id, so that a
file written once, and every file of older versions, has the analysis's ids in its rows; only an
update's rows differ, and only where articles moved.

Everything read from the rows is named as the analysis names it (core.store.records,
core.store.search); everything written is named by its key (`Keys.row`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

import sqlite_utils

from core.ids import document_id, document_ids
from core.match.reasons import renamed_reasons
from core.model import Document, Reason

_DOC_ID = re.compile(r"\bd\d+\b")
"""A document id in a text (a fact's explanation of older versions: "… 11.8 (d21, d33) vs …")."""


@dataclass(frozen=True, slots=True)
class Keys:
    """{analysis's document id: its rows' key} for the documents whose key is not their id."""

    of: dict[str, str]

    def row(self, item_id: str) -> str:
        """The name in the rows of a document, sentence or mention ITEM_ID ("d5.s3" → "d2.s3")."""
        doc, dot, rest = item_id.partition(".")
        key = self.of.get(doc)
        return item_id if key is None else key + dot + rest

    def doc(self, doc_id: str) -> str:
        """The key of document DOC_ID."""
        return self.of.get(doc_id, doc_id)

    def text(self, text: str) -> str:
        """TEXT with the document ids in it renamed."""
        return _DOC_ID.sub(lambda m: self.doc(m.group()), text) if text and self.of else text

    def texts(self, texts: list[str]) -> list[str]:
        """Each of TEXTS with the document ids in it renamed: TEXTS itself when none names one (one
        search over them all, not a call per text)."""
        if not self.of or not _DOC_ID.search("\n".join(texts)):
            return texts
        return list(map(self.text, texts))

    def reasons(self, reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
        """REASONS with the mentions and documents their parameters name renamed."""
        return renamed_reasons(reasons, self.row, self.doc) if self.of else reasons

    def __bool__(self) -> bool:
        """Whether any document's key differs from its id (else nothing needs renaming)."""
        return bool(self.of)


def in_place(documents: list[Document]) -> None:
    """Refuse (ValueError, before anything is written) DOCUMENTS that are not named by their places
    (d1, d2, …, as core.ingest.folder names them): the rows would be read back under other ids."""
    ids = list(map(attrgetter("id"), documents))
    if ids != document_ids(range(1, len(ids) + 1)):
        wrong = next(doc for i, doc in enumerate(ids) if doc != document_id(i + 1))
        raise ValueError(f"article {wrong} is not named by its place in the folder: it cannot be saved")


NO_KEYS = Keys({})
"""Every document's key is its id: a file saved whole (and every file of older versions)."""


def read_keys(db: sqlite_utils.Database) -> Keys:
    """What renames the rows' names as the analysis names them: {key: the id its document's place
    gives} of the documents stored whose key is not that id."""
    return Keys(
        {
            key: doc
            for key, position in db.execute("SELECT id, position FROM documents")
            if (doc := document_id(position + 1)) != key
        }
    )


def new_keys(taken: set[str], count: int) -> list[str]:
    """COUNT keys none of TAKEN is: "d" and numbers above every one of theirs."""
    top = max((int(key[1:]) for key in taken if key[1:].isdigit()), default=0)
    return [document_id(top + i) for i in range(1, count + 1)]
