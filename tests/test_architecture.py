"""`core/` computes, `gui/` shows: core must run headless, so it never imports Qt or gui.

The check reads the source with `ast` (not grep), so imports inside functions, `from x import y`,
relative imports that climb out of core, and `importlib.import_module("...")` with a literal
name are all caught, while the word "PySide6" in a docstring is not.

The same reading keeps gui/ out of the insides of core's matching and mentions stages (only the
modules in GUI_MAY_IMPORT), and every module of core/ and gui/ under the house's 400 lines.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = frozenset({"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "qtpy", "gui"})


def _absolute(module: str | None, level: int, package: str) -> str:
    """Resolve `from ..x import y` inside PACKAGE (e.g. "core.sub") to an absolute module name."""
    if level == 0:
        return module or ""
    parts = package.split(".")
    base = parts[: len(parts) - (level - 1)] if level - 1 < len(parts) else []
    return ".".join([*base, module] if module else base)


def imported_modules(source: str, package: str = "core") -> list[tuple[int, str]]:
    """(line, module) for every import in SOURCE, including dynamic imports of literal names."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            found.append((node.lineno, base))
            if node.module is None:  # `from .. import gui`
                found.extend((node.lineno, f"{base}.{alias.name}".strip(".")) for alias in node.names)
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in {"import_module", "__import__"} and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((node.lineno, arg.value))
    return found


def forbidden_imports(source: str, package: str = "core") -> list[tuple[int, str]]:
    """The imports in SOURCE whose top-level package is Qt or gui."""
    return [(line, name) for line, name in imported_modules(source, package) if name.split(".")[0] in FORBIDDEN]


def _core_files() -> list[Path]:
    return sorted((ROOT / "core").rglob("*.py"))


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])


def test_core_has_python_files_to_check() -> None:
    assert any(path.name != "__init__.py" for path in _core_files())


def test_no_module_under_core_imports_qt_or_gui() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in _core_files()
        for line, name in forbidden_imports(path.read_text(encoding="utf-8"), _package_of(path))
    ]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt_even_through_libraries() -> None:
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__") for p in _core_files()]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(FORBIDDEN)!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_checker_catches_a_plain_qt_import() -> None:
    assert forbidden_imports("import PySide6.QtCore\n") == [(1, "PySide6.QtCore")]


def test_checker_catches_from_imports_inside_functions() -> None:
    source = "def f():\n    from PySide6.QtWidgets import QWidget\n    return QWidget\n"
    assert forbidden_imports(source) == [(2, "PySide6.QtWidgets")]


def test_checker_catches_a_relative_import_of_gui_from_core() -> None:
    assert forbidden_imports("from ..gui import app\n", package="core") == [(1, "gui")]
    assert forbidden_imports("from .. import gui\n", package="core") == [(1, "gui")]


def test_checker_catches_importlib_with_a_literal_name() -> None:
    assert forbidden_imports("import importlib\nimportlib.import_module('PyQt6.QtGui')\n") == [(2, "PyQt6.QtGui")]


def test_checker_ignores_qt_named_in_text_and_core_imports() -> None:
    source = '"""Unlike gui, this never imports PySide6."""\nfrom core.text.arabic import normalize\nimport guidance\n'
    assert forbidden_imports(source) == []


# --- the house's size limit and gui's way into core ----------------------------------------------
MAX_LINES = 400
"""The house limit for a module of core/ or gui/ (docs/architecture.md): past it, split by what the
parts do, under names that say so."""
OVER_THE_LIMIT: dict[str, str] = {}
"""Modules known to be over the limit, each with who is on it. The list only shrinks: a module
that gets under the limit must leave it (a test says so), and no module may join it."""

GUI_MAY_IMPORT = {
    "core.match.verdicts": "the researcher's verdicts applied to an analysis; the status a fact shows",
    "core.match.synopsis": "the rows of the Aligned view (sentences aligned across the articles)",
    "core.match.over_time": "a figure's values along the articles' publication times",
    "core.match.copies": "articles grouped by near-identical text",
    "core.mentions.registry": "how a mention's value is shown, whatever its family (show_mention)",
}
"""The modules of core.match and core.mentions that gui/ may import: what the views show of an
analysis. The rest of those stages (how stories, frames, facts and mentions are found) is reached
through core/project.py and the model types, so that it can change without touching the views."""
STAGES = ("core.match", "core.mentions")


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules_over_the_limit() -> dict[str, int]:
    files = sorted((ROOT / "core").rglob("*.py")) + sorted((ROOT / "gui").rglob("*.py"))
    return {str(p.relative_to(ROOT)): n for p in files if (n := _lines(p)) > MAX_LINES}


def test_no_module_of_core_or_gui_is_over_the_size_limit() -> None:
    over = _modules_over_the_limit()
    assert {path: n for path, n in over.items() if path not in OVER_THE_LIMIT} == {}


def test_the_list_of_modules_over_the_limit_only_shrinks() -> None:
    over = _modules_over_the_limit()
    assert [
        f"{path} is under {MAX_LINES} lines now: take it off OVER_THE_LIMIT"
        for path in OVER_THE_LIMIT
        if path not in over
    ] == []


def _module_of(name: str) -> str:
    """The module a dotted import name is in: `core.match.verdicts.Verdict` → `core.match.verdicts`."""
    parts = name.split(".")
    while len(parts) > 1:
        path = ROOT.joinpath(*parts)
        if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
            return ".".join(parts)
        parts.pop()
    return name


def stage_internals(source: str, package: str = "gui") -> list[tuple[int, str]]:
    """(line, module) for every module of core.match / core.mentions that SOURCE imports beyond
    GUI_MAY_IMPORT (`from core.match import stories` counts as importing core.match.stories)."""
    names = imported_modules(source, package)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            names.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
    modules = {(line, _module_of(name)) for line, name in names}
    return sorted(
        (line, module)
        for line, module in modules
        if module.startswith(tuple(f"{stage}." for stage in STAGES)) and module not in GUI_MAY_IMPORT
    )


def test_gui_reaches_core_match_and_mentions_only_through_their_public_modules() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sorted((ROOT / "gui").rglob("*.py"))
        for line, module in stage_internals(path.read_text(encoding="utf-8"), _package_of(path))
    ]
    assert offenders == []


def test_the_gui_check_catches_a_stage_module_imported_in_any_form() -> None:
    source = (
        "from core.match.stories import story_analysis\n"
        "from core.match import frame\n"
        "import core.mentions.numbers.reader\n"
        "def f():\n    from core.match.facts import build_facts\n"
    )
    assert stage_internals(source) == [
        (1, "core.match.stories"),
        (2, "core.match.frame"),
        (3, "core.mentions.numbers.reader"),
        (5, "core.match.facts"),
    ]


def test_the_gui_check_lets_the_public_modules_and_the_rest_of_core_through() -> None:
    source = (
        "from core.match.verdicts import shown_status\n"
        "from core.mentions.registry import show_mention\n"
        "from core.match import copies\n"
        "from core.project import Project\n"
        "from core.model import Fact\n"
    )
    assert stage_internals(source) == []
