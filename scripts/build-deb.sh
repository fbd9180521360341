#!/usr/bin/env bash
# Build the Debian/Ubuntu installer dist/muqabala_VERSION_ARCH.deb from the PyInstaller bundle.
#   scripts/build-deb.sh              build the bundle with build.spec, then the .deb
#   scripts/build-deb.sh --no-build   package the existing dist/muqabala as it is
# Environment (for tests): MUQ_BUNDLE=folder to package, MUQ_DEB_DIR=output folder,
# MUQ_DEB_COMPRESSION=xz|gzip|none (dpkg-deb -Z; xz is the default and the smallest).
# Install: sudo apt install ./dist/muqabala_*.deb    Remove: sudo apt purge muqabala
# The package puts the bundle in /opt/muqabala, a /usr/bin/muqabala link, a desktop entry and
# icons, and depends on the system libraries PyInstaller does not bundle (OpenGL, EGL, xcb...).
set -euo pipefail
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$MUQ_ROOT"
command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb is needed (build the .deb on Debian/Ubuntu)"

if [ "${1:-}" != --no-build ]; then
  ensure_debs "${QT_RUNTIME_DEBS[@]}" "${BUILD_DEBS[@]}"
  ensure_venv requirements-dev.txt
  say "building the bundle (build.spec)"
  "$MUQ_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
fi
bundle="${MUQ_BUNDLE:-dist/muqabala}"
[ -x "$bundle/muqabala" ] || die "$bundle/muqabala is missing: run without --no-build"

python="$MUQ_VENV/bin/python"
[ -x "$python" ] || python="$(find_python)"
version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
arch="$(dpkg --print-architecture)"
glibc="$(getconf GNU_LIBC_VERSION | awk '{print $2}')"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/muqabala"
install -d -m 755 "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/icons/hicolor/256x256/apps"
cp -a "$bundle" "$pkg/opt/muqabala"
ln -s /opt/muqabala/muqabala "$pkg/usr/bin/muqabala"
install -m 644 packaging/muqabala.desktop "$pkg/usr/share/applications/muqabala.desktop"
install -m 644 resources/icons/muqabala.svg "$pkg/usr/share/icons/hicolor/scalable/apps/muqabala.svg"
install -m 644 resources/icons/muqabala.png "$pkg/usr/share/icons/hicolor/256x256/apps/muqabala.png"
install -m 755 packaging/deb/postinst packaging/deb/postrm "$pkg/DEBIAN/"
size="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@GLIBC@/$glibc/" \
  packaging/deb/control.in >"$pkg/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$pkg"

out_dir="${MUQ_DEB_DIR:-dist}"
mkdir -p "$out_dir"
out="$out_dir/muqabala_${version}_${arch}.deb"
say "packing $out"
dpkg-deb --root-owner-group "-Z${MUQ_DEB_COMPRESSION:-xz}" --build "$pkg" "$out" >/dev/null
printf '%s (%s)\n' "$out" "$(du -h "$out" | cut -f1)"
