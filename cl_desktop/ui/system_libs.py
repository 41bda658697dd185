"""Before Qt opens a window on Linux: are the X11 (xcb) system libraries its platform plugin needs there?

Without them Qt aborts with a bare "could not load the Qt platform plugin xcb" that names neither the
library nor the package to install. The PySide6 wheels (and so the one-folder build) bring Qt but rely
on the system for these. This module imports no Qt: it runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# (shared object Qt's xcb plugin loads, Debian/Ubuntu package, Fedora package): the plugin's own
# dependencies as `ldd libqxcb.so` lists them for PySide6 6.x, the common culprit first.
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
)


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will open its windows through xcb: Linux, and neither another platform chosen
    (offscreen in tests, wayland) nor a Wayland session, where Qt tries Wayland first."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def _loads(name: str, folders: Iterable[Path]) -> bool:
    """The library loads as the dynamic linker would find it for Qt (a frozen build's own folder first)."""
    for folder in folders:
        candidate = folder / name
        if candidate.exists():
            try:
                ctypes.CDLL(str(candidate))
                return True
            except OSError:
                pass
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(libraries: Iterable[tuple[str, str, str]] | None = None) -> list[tuple[str, str, str]]:
    """The entries of ``libraries`` (by default the xcb plugin's) whose shared object does not load here."""
    libraries = XCB_LIBRARIES if libraries is None else libraries
    folders = [Path(getattr(sys, "_MEIPASS", ""))] if getattr(sys, "frozen", False) else []
    return [entry for entry in libraries if not _loads(entry[0], folders)]


def install_sentence(missing: list[tuple[str, str, str]]) -> str:
    """One sentence: what is missing and the command that installs it."""
    debian = " ".join(dict.fromkeys(entry[1] for entry in missing))
    fedora = " ".join(dict.fromkeys(entry[2] for entry in missing))
    names = ", ".join(entry[0] for entry in missing)
    what = f"library {names} is" if len(missing) == 1 else f"libraries {names} are"
    return (
        f"CL Desktop cannot open its window because the system {what} missing: install it with "
        f"'sudo apt install {debian}' (Debian, Ubuntu, Mint) or 'sudo dnf install {fedora}' (Fedora), "
        "then start CL Desktop again."
    )


def startup_problem(
    environ: Mapping[str, str] | None = None, libraries: Iterable[tuple[str, str, str]] | None = None
) -> str:
    """The sentence to print instead of letting Qt abort, or '' when the window can open."""
    if not uses_xcb(environ):
        return ""
    missing = missing_libraries(libraries)
    return install_sentence(missing) if missing else ""


__all__ = ["XCB_LIBRARIES", "install_sentence", "missing_libraries", "startup_problem", "uses_xcb"]
