"""Records read back a column per field (core.columns.from_columns) are the constructor's records."""

from __future__ import annotations

import pytest

from core.columns import BLOCK, from_columns
from core.model import Sentence


def sentences(count: int) -> list[Sentence]:
    return [Sentence(f"d1.s{i + 1}", "d1", i, i * 80, i * 80 + 79, i % 7 == 0) for i in range(count)]


def columns_of(records: list[Sentence]) -> list[list[object]]:
    return [[getattr(r, name) for r in records] for name in Sentence.__slots__]


def test_records_built_from_columns_equal_those_built_one_by_one() -> None:
    made = sentences(2 * BLOCK + 3)  # more than one block, the last one short
    assert from_columns(Sentence, len(made), columns_of(made)) == made


@pytest.mark.parametrize("change", [-1, 1])
def test_a_column_of_another_length_is_refused(change: int) -> None:
    made = sentences(5)
    columns = columns_of(made)
    columns[2] = columns[2][:-1] if change < 0 else [*columns[2], 99]
    with pytest.raises(ValueError, match="index"):
        from_columns(Sentence, len(made), columns)


def test_a_missing_column_is_refused() -> None:
    made = sentences(5)
    with pytest.raises(ValueError, match="columns"):
        from_columns(Sentence, len(made), columns_of(made)[:-1])


def test_a_column_that_runs_out_blocks_before_the_end_is_refused() -> None:
    made = sentences(3 * BLOCK)
    columns = columns_of(made)
    columns[3] = columns[3][:BLOCK]  # every start of the second and third blocks missing
    with pytest.raises(ValueError, match="start"):
        from_columns(Sentence, len(made), columns)
