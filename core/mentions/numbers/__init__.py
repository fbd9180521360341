"""The number reader: `find_numbers(text)` → the quantities of a string (DESIGN.md «Number mentions»).

Modules: `tokens` (offsets and keys), `lexicon` (the vocabulary files), `words` (Arabic number
words), `english` (English number words), `digits` (digit shapes, codes, phones), `dates` (month
names, ISO values), `quantity` (units, counted nouns, qualifiers, duals), `base` (state shared by
the reading steps), `when` (date and clock-time steps), `around` (qualifiers, duals and the words
around a number), `triggers` (which words can start a mention), `marks` (bidi marks and odd spaces taken out
first), `reader` (the pass that puts them together). Around the reader: `currency` (an article's
currency, run per article by the pipeline) and `display` (values as a person reads them, the one
formatter of the GUI and the reports).
"""

from core.mentions.numbers.reader import find_numbers

__all__ = ["find_numbers"]
