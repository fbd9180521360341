"""Muqabala's entry point.

python main.py                      open the sample articles (seeds/) in the app
python main.py FOLDER | FILE.sqlite open a folder of articles or a saved project
python main.py analyze FOLDER ...   analyse headless (see `python main.py analyze --help`)
python main.py search PROJECT QUERY search a saved project's sentences
"""

from __future__ import annotations

import sys

HEADLESS_COMMANDS = ("analyze", "search")


def main(argv: list[str]) -> int:
    """Dispatch to the headless CLI (core) or the desktop app (gui)."""
    if argv and argv[0] in HEADLESS_COMMANDS:
        from core.cli import main as cli_main

        return cli_main(argv)
    from gui.app import run

    return run(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a bundled app's analysis workers start through this entry point
    if sys.argv[1:2] and sys.argv[1] in HEADLESS_COMMANDS:  # the process ends with the command
        from core.collector import collector_off_until_exit

        with collector_off_until_exit():
            code = main(sys.argv[1:])
        sys.exit(code)
    sys.exit(main(sys.argv[1:]))
