#!/usr/bin/env bash
# Set up (first time only) and start Muqabala. Arguments go to main.py:
#   scripts/run.sh                          open the sample articles (seeds/)
#   scripts/run.sh FOLDER                   open a folder of articles
#   scripts/run.sh analyze FOLDER --json OUT.json   analyse headless
set -euo pipefail
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

debs=("${QT_RUNTIME_DEBS[@]}")
if [ -n "${DISPLAY:-}" ]; then
  debs+=("${QT_WINDOW_DEBS[@]}")
fi
if [ -n "${WAYLAND_DISPLAY:-}" ]; then
  debs+=("${QT_WAYLAND_DEBS[@]}")
fi
ensure_debs "${debs[@]}"
ensure_venv requirements.txt

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "${1:-}" != analyze ] && [ "${1:-}" != search ]; then
  say "no display found: Qt will draw offscreen (nothing appears on screen)"
  export QT_QPA_PLATFORM=offscreen
fi
exec "$MUQ_VENV/bin/python" "$MUQ_ROOT/main.py" "$@"
