"""The JSON texts of the project file read back as what was written, whatever orjson makes of it."""

import json
import math

from core.store.json_text import json_text


def test_a_text_reads_back_equal_and_keeps_arabic_readable():
    value = [["d1.s2", "قتل 12 شخصا"], [1, 2.5, None, True]]
    text = json_text(value)
    assert json.loads(text) == value
    assert "قتل" in text


def test_a_nan_or_an_infinity_reads_back_as_itself():
    back = json.loads(json_text([float("nan"), math.inf, -math.inf]))
    assert math.isnan(back[0]) and back[1:] == [math.inf, -math.inf]


def test_an_integer_beyond_64_bits_reads_back_exactly():
    assert json.loads(json_text([10**21, -(10**20)])) == [10**21, -(10**20)]
