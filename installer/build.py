"""Build CL Desktop for the platform this runs on: the one-folder app, then optionally its installer.

    python installer/build.py                 # dist/cl-desktop/ (and dist/CL Desktop.app on macOS)
    python installer/build.py --installer     # plus dist/cl-desktop-<version>-setup.exe (Windows, Inno Setup 6)
                                              # or dist/cl-desktop-<version>-linux-<arch>.tar.gz (Linux)
    python installer/build.py --check         # plus the frozen app's `self-test`, offscreen

``make dist`` runs the first form. Needs PyInstaller in the same environment
(``pip install pyinstaller``; the Makefile does it). See installer/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "cl-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))

from cl_desktop import __version__  # noqa: E402

INNO_CANDIDATES = (
    r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
    r"C:\Program Files\Inno Setup 6\ISCC.exe",
)


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build_app() -> Path:
    started = time.perf_counter()
    from translations import compile_all  # installer/translations.py

    compile_all()  # the app loads .qm files: compile them from the .ts sources before bundling resources/
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST), "--workpath", str(WORK)]
    subprocess.run([*cmd, str(SPEC)], check=True, cwd=ROOT)
    app = DIST / "cl-desktop"
    print(f"Built {app} in {time.perf_counter() - started:.0f} s: {folder_size_mb(app):.0f} MB")
    return app


def self_test(app: Path) -> None:
    exe = app / ("cl-desktop-cli.exe" if sys.platform == "win32" else "cl-desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([str(exe), "self-test"], check=True, env=env)


def windows_installer() -> Path:
    iscc = shutil.which("iscc") or next((c for c in INNO_CANDIDATES if Path(c).is_file()), None)
    if not iscc:
        raise SystemExit("Inno Setup 6 is not installed (https://jrsoftware.org/isinfo.php); see installer/README.md.")
    script = ROOT / "installer" / "windows" / "cl-desktop.iss"
    subprocess.run([iscc, f"/DAppVersion={__version__}", str(script)], check=True)
    return DIST / f"cl-desktop-{__version__}-setup.exe"


def linux_archive(app: Path) -> Path:
    """A tarball with the app and the desktop integration; unpack and run installer/linux/install.sh."""
    target = DIST / f"cl-desktop-{__version__}-linux-{platform.machine()}.tar.gz"
    top = f"cl-desktop-{__version__}"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(app, arcname=f"{top}/dist/cl-desktop")
        tar.add(ROOT / "installer" / "linux", arcname=f"{top}/installer/linux")
        for size in (16, 24, 32, 48, 64, 128, 256):
            name = f"cl-desktop-{size}.png"
            tar.add(ROOT / "resources" / "icons" / name, arcname=f"{top}/resources/icons/{name}")
        tar.add(ROOT / "LICENSE", arcname=f"{top}/LICENSE")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--installer", action="store_true", help="also make the platform's installer or archive")
    parser.add_argument("--check", action="store_true", help="run the frozen app's self-test afterwards")
    args = parser.parse_args()
    app = build_app()
    if args.check:
        self_test(app)
    if args.installer:
        if sys.platform == "win32":
            made = windows_installer()
        elif sys.platform.startswith("linux"):
            made = linux_archive(app)
        else:
            print("macOS: dist/CL Desktop.app is the deliverable; sign and notarise it (installer/README.md).")
            return 0
        print(f"Made {made} ({made.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
