"""The frozen one-folder build: it builds, it passes its own self-test offscreen, and it starts as fast as source.

(This folder is not called tests/dist: pytest skips folders named dist by default, and .gitignore ignores them.)

Skipped where PyInstaller is not installed; ``make test`` installs it (the ``test`` extra), so CI runs it.
The build happens once per test session in a temporary folder (45-75 s on two busy cores).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cl_desktop import __version__

pytest.importorskip("PyInstaller")

try:
    import resource  # CPU time of child processes; not on Windows, which compares wall time instead
except ImportError:
    resource = None  # type: ignore[assignment]

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "cl-desktop.spec"
EXE = "cl-desktop.exe" if sys.platform == "win32" else "cl-desktop"
CLI_EXE = "cl-desktop-cli.exe" if sys.platform == "win32" else "cl-desktop"
MAX_SIZE_MB = 320  # measured 307 MB on Linux, 21 MB of it SQLCipher's library as its wheel ships it (unstripped)


class Build:
    def __init__(self, folder: Path, seconds: float) -> None:
        self.folder = folder
        self.seconds = seconds
        self.exe = folder / EXE
        self.cli = folder / CLI_EXE

    def size_mb(self) -> float:
        return sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build once per session; every test of this module shares it."""
    work = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return Build(work / "dist" / "cl-desktop", time.perf_counter() - started)


def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CL_DESKTOP_DATA_DIR": str(tmp_path / "data")}


def timed(args: list[str], environ: dict[str, str], runs: int = 3) -> tuple[float, float]:
    """Median wall and CPU (user + system) time of a command that must succeed.

    CPU time is what the comparison uses: wall time on a shared CI machine follows its load.
    """
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
        started = time.perf_counter()
        result = subprocess.run(args, env=environ, capture_output=True, text=True, timeout=120)
        walls.append(time.perf_counter() - started)
        if before is not None:
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        else:
            cpus.append(walls[-1])
        assert result.returncode == 0, result.stderr
    return statistics.median(walls), statistics.median(cpus)


def test_the_build_is_one_folder_with_every_resource_and_without_heavy_extras(frozen: Build) -> None:
    internal = frozen.folder / "_internal"
    assert frozen.exe.is_file() and frozen.cli.is_file()
    for path in [
        "resources/fonts/NotoSansKhmer-Regular.ttf",
        "resources/fonts/OFL.txt",
        "resources/reference/locations.csv",
        "resources/icons/cl-desktop.png",
        "cl_desktop/demo/data/projects.json",
        "LICENSE",
    ]:
        assert (internal / path).is_file(), path
    names = {p.name.lower() for p in internal.rglob("*")}
    for unwanted in ("numpy", "tkinter", "_tkinter", "pytest", "hypothesis"):
        assert not any(n == unwanted or n.startswith(f"{unwanted}.") for n in names), unwanted
    qt_libs = " ".join(sorted(n for n in names if "qt6" in n))
    for unwanted in ("qt6webengine", "qt6qml", "qt6quick", "qt63d", "qt6charts"):
        assert unwanted not in qt_libs
    assert frozen.size_mb() < MAX_SIZE_MB


def test_the_frozen_app_passes_its_self_test_offscreen(frozen: Build, tmp_path: Path) -> None:
    started = time.perf_counter()
    result = subprocess.run(
        [str(frozen.cli), "self-test", "--json"], env=env(tmp_path), capture_output=True, text=True, timeout=300
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["passed"] and report["version"] == __version__
    assert {s["name"]: s["status"] for s in report["steps"]} == {
        "resources": "ok", "database": "ok", "encryption": "ok", "report": "ok", "bundle": "ok", "gui": "ok",
    }  # fmt: skip
    print(f"\nfrozen build: {frozen.seconds:.0f} s, {frozen.size_mb():.0f} MB; frozen self-test {seconds:.1f} s")


def test_the_frozen_app_starts_as_fast_as_the_source_one(frozen: Build, tmp_path: Path) -> None:
    environ = env(tmp_path)
    frozen_version = subprocess.run([str(frozen.cli), "--version"], env=environ, capture_output=True, text=True)
    assert frozen_version.stdout.strip() == f"cl-desktop {__version__}"
    source_wall, source_cpu = timed([sys.executable, "-m", "cl_desktop", "--version"], environ)
    frozen_wall, frozen_cpu = timed([str(frozen.cli), "--version"], environ)
    print(
        f"\n`cl-desktop --version` (median of 3): source {source_wall:.2f} s wall, {source_cpu:.2f} s CPU; "
        f"frozen {frozen_wall:.2f} s wall, {frozen_cpu:.2f} s CPU"
    )
    # Generous margin; a build that unpacks itself at start (one-file) would cost several times more.
    assert frozen_cpu < source_cpu * 1.5 + 0.2
