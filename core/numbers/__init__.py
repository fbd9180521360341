"""The number reader: `find_numbers(text)` → the quantities of a string (DESIGN.md «Number mentions»).

Modules: `tokens` (offsets and keys), `lexicon` (the vocabulary files), `words` (number words),
`digits` (digit shapes, codes, phones), `dates` (months and dates), `quantity` (units, counted
nouns, qualifiers, duals), `reader` (the pass that puts them together).
"""
from core.numbers.reader import find_numbers

__all__ = ["find_numbers"]
