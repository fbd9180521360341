"""Duckling's Arabic number corpus (facebook/duckling, BSD; copied in tests/fixtures/duckling/).

Each text is given alone to `find_numbers`. A case passes when the reader finds exactly one mention
with the expected value, or when its first or its longest mention has it. At least 90 % of the
cases of each file must pass; the rate is printed (`pytest -s`) and shown on failure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.mentions.numbers import find_numbers

FIXTURES = Path(__file__).parent / "fixtures" / "duckling"
FILES = ["duckling_numeral.jsonl", "duckling_numeral_eg.jsonl", "duckling_ordinal.jsonl"]


def _passes(text: str, expected: float) -> bool:
    found = find_numbers(text)
    if not found:
        return False
    longest = max(found, key=lambda m: m.end - m.start)
    return any(isinstance(m.value, int | float) and abs(m.value - expected) < 1e-9 for m in (found[0], longest))


@pytest.mark.parametrize("name", FILES)
def test_at_least_ninety_percent_of_duckling_cases_read_right(name: str) -> None:
    cases = [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line]
    failed = [c["text"] for c in cases if not _passes(c["text"], c["expected"])]
    rate = 1 - len(failed) / len(cases)
    print(f"{name}: {len(cases) - len(failed)}/{len(cases)} = {rate:.1%}; failed: {failed}")
    assert rate >= 0.9, f"{name}: {rate:.1%}, failed: {failed}"
