"""Which fact families an analysis looks for: numbers, plus any family named here.

Families are named by module so that worker processes (which import this module afresh) find the
same ones; each module exposes `FAMILY`, an object implementing `core.mentions.family.Family`.
`extra_family` adds one for the length of a `with` block (tests, experiments) in this process.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import import_module

from core.mentions.family import Family
from core.model import Mention

FAMILY_MODULES: tuple[str, ...] = ("core.mentions.numbers.family",)
"""The modules of the families every analysis uses, numbers first."""

_extra: list[Family] = []


@cache
def _builtin() -> tuple[Family, ...]:
    return tuple(import_module(name).FAMILY for name in FAMILY_MODULES)


def families() -> tuple[Family, ...]:
    """The families of this analysis, in a fixed order (numbers first)."""
    return _builtin() + tuple(_extra)


def family_named(name: str) -> Family:
    """The family called NAME; numbers for an unknown name (a project written by a newer version)."""
    for family in families():
        if family.name == name:
            return family
    return _builtin()[0]


def show_mention(mention: Mention, language: str) -> str:
    """A mention's value as a person reads it, by its family («نحو 200», «4.1 مليار ريال»)."""
    family = family_named(mention.family)
    return family.show(mention.value, mention.qualifier, mention.kind, mention.counted, language)


@contextmanager
def extra_family(family: Family) -> Iterator[Family]:
    """Analyse with FAMILY too inside the block (in this process: serial analyses only)."""
    _extra.append(family)
    try:
        yield family
    finally:
        _extra.remove(family)
