"""Number mentions: `find_numbers(text)` reads every quantity of any string (see reader.py)."""
from core.numbers.reader import find_numbers

__all__ = ["find_numbers"]
