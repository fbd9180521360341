"""Muqabala's core: everything that computes, headless (never imports Qt)."""

__version__ = "0.1.0"
"""The one place the version is written (pyproject.toml repeats it; a test checks)."""
