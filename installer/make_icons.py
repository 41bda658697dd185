"""Render the application icon from resources/icons/cl-desktop.svg into every format installers need.

Usage: ``.venv/bin/python installer/make_icons.py`` (offscreen; no display needed).

Writes ``cl-desktop-<N>.png`` for N in 16..256 (Linux hicolor theme, Qt window icon),
``cl-desktop.png`` (256 px, what the app loads), ``cl-desktop.ico`` (Windows: exe,
shortcuts, Inno Setup) and ``cl-desktop.icns`` (macOS .app bundle). Qt's SVG
renderer draws the PNGs so every size comes from the one drawing; Pillow (a
reportlab dependency) packs ICO and ICNS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "cl-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs() -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    written: dict[int, Path] = {}
    for size in (*SIZES, 1024):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        # 1024 px only feeds the ICNS (Retina); it is not kept in the repository.
        path = ICONS / f"cl-desktop-{size}.png" if size != 1024 else ICONS / ".cl-desktop-1024.tmp.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        written[size] = path
    del app
    return written


def pack(pngs: dict[int, Path]) -> None:
    from PIL import Image

    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    images[256].save(ICONS / "cl-desktop.png")
    ico_sizes = [s for s in SIZES if s <= 256]
    images[256].save(
        ICONS / "cl-desktop.ico",
        format="ICO",
        sizes=[(s, s) for s in ico_sizes],
        append_images=[images[s] for s in ico_sizes if s != 256],
    )
    # ICNS holds 16..512 and their @2x versions; given a sharp 1024 px drawing Pillow takes what fits.
    big = images.pop(1024)
    big.save(ICONS / "cl-desktop.icns", format="ICNS", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    pngs[1024].unlink()


def main() -> int:
    pngs = render_pngs()
    pack(pngs)
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
