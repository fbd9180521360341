"""`core/` computes, `gui/` shows: core must run headless, so it never imports Qt or gui.

The check reads the source with `ast` (not grep), so imports inside functions, `from x import y`,
relative imports that climb out of core, and `importlib.import_module("...")` with a literal
name are all caught, while the word "PySide6" in a docstring is not.
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
