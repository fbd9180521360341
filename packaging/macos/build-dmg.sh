#!/usr/bin/env bash
# Build the macOS disk image dist/Muqabala-VERSION.dmg from the PyInstaller app bundle.
#   pyinstaller --noconfirm build.spec     (on macOS it makes dist/Muqabala.app)
#   packaging/macos/build-dmg.sh           (makes dist/Muqabala-VERSION.dmg)
# The image holds the app and a link to /Applications, so installing is one drag. The app is not
# signed or notarised: the first start needs right-click → Open (see README).
# The release workflow (.github/workflows/release.yml) runs it on a macOS runner after the
# frozen smoke test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
command -v hdiutil >/dev/null 2>&1 || { echo "error: hdiutil is needed (run this on macOS)" >&2; exit 1; }
app="${MUQ_APP:-dist/Muqabala.app}"
[ -d "$app" ] || { echo "error: $app is missing: run pyinstaller --noconfirm build.spec first" >&2; exit 1; }
python="${PYTHON:-python3}"
version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="dist/Muqabala-$version.dmg"
mkdir -p dist
rm -f "$out"
hdiutil create -volname "Muqabala $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out" >/dev/null
printf '%s (%s)\n' "$out" "$(du -h "$out" | cut -f1)"
