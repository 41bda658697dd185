"""Compile the interface translations (resources/translations/*.ts) into the .qm files the app loads.

Used by the package build (``setup.py``'s build_py), the frozen build (``installer/build.py``) and
``python installer/translations.py``. The .qm files are never edited by hand or kept in git.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"


def find_lrelease() -> str | None:
    """pyside6-lrelease on PATH (first: a package build puts its own environment there), beside this
    Python, or Qt's own lrelease; None when there is none."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("lrelease")


def compile_all(sources: Path = SOURCES, out: Path | None = None, *, required: bool = True) -> list[Path]:
    """Compile every .ts in ``sources`` to a .qm beside it (or in ``out``); returns the .qm files.

    Without lrelease: raises when ``required``, else returns [] (a build without PySide6 installed
    keeps the .qm files already there).
    """
    lrelease = find_lrelease()
    if lrelease is None:
        if required:
            raise RuntimeError("pyside6-lrelease not found: install PySide6 to compile the translations")
        return []
    made = []
    for ts in sorted(sources.glob("*.ts")):
        qm = (out or ts.parent) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        except (OSError, subprocess.CalledProcessError):
            if required:
                raise
            return []  # an lrelease that cannot run here (another environment's): keep what is there
        made.append(qm)
    return made


if __name__ == "__main__":
    for path in compile_all():
        print(path)
