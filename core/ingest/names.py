"""How file names are shown and stored: any bytes, any characters, never a crash or a terminal trick.

A name that is not valid UTF-8 (what unzip makes of a Windows Arabic archive) is kept as `\\xNN`
escapes so that it can be saved and compared (`storable`); control characters, escape codes and
direction overrides are written out, not acted upon, wherever a name is printed (`printable`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def shown_name(path: Path, folder: Path) -> str:
    """How a path is named to the user: relative to the folder opened, bytes that are not UTF-8
    written as escapes (`storable`)."""
    name, inside = str(path), str(folder) + os.sep
    if name.startswith(inside) and len(name) > len(inside):  # a path the walk joined to FOLDER: no parsing
        return storable(name[len(inside) :])
    return storable(str(path.relative_to(folder)) if path.is_relative_to(folder) else name)


def storable(name: str) -> str:
    """A file name that can be saved, printed and compared as UTF-8: the bytes of a name that is
    not valid UTF-8 (what unzip makes of a Windows Arabic archive) become `\\xNN` escapes.
    Idempotent, so a stored name and one read from disk compare equal."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(name: str) -> str:
    """A name safe to print to a terminal: `storable`, and control characters (escape codes,
    newlines, direction overrides) written as `\\xNN` / `\\uNNNN` instead of acted upon."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), storable(name))
