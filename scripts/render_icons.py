"""Render resources/icons/muqabala.svg into the raster icons the platforms want.

    .venv/bin/python scripts/render_icons.py

Writes muqabala.png (256 px: Linux desktop entry, window icon), muqabala.ico (Windows, PNG
entries 16-256 px) and muqabala.icns (macOS, PNG entries 128-512 px). ICO and ICNS may hold PNG
data directly, so no image library beyond Qt is needed. Re-run after editing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def png_bytes(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent SIZE×SIZE canvas, encoded as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG entries: ic07 (128), ic08 (256), ic09 (512)."""
    kinds = {128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(kinds[size] + struct.pack(">I", 8 + len(blob)) + blob for size, blob in sorted(images.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need an application
    renderer = QSvgRenderer(str(ICONS / "muqabala.svg"))
    if not renderer.isValid():
        print("muqabala.svg is not a valid SVG", file=sys.stderr)
        return 1
    sizes = {size: png_bytes(renderer, size) for size in (16, 24, 32, 48, 64, 128, 256, 512)}
    (ICONS / "muqabala.png").write_bytes(sizes[256])
    (ICONS / "muqabala.ico").write_bytes(ico({s: sizes[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    (ICONS / "muqabala.icns").write_bytes(icns({s: sizes[s] for s in (128, 256, 512)}))
    for name in ("muqabala.png", "muqabala.ico", "muqabala.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
