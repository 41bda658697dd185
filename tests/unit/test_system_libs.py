"""Linux start-up: a missing xcb library is named in one sentence with the package to install, before Qt
aborts with its bare plugin message."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cl_desktop.ui.system_libs import XCB_LIBRARIES, install_sentence, missing_libraries, startup_problem, uses_xcb

ROOT = Path(__file__).resolve().parents[2]
ABSENT = ("libcl-desktop-absent.so.7", "libcl-desktop-absent7", "cl-desktop-absent")


def loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def test_qt_uses_xcb_on_linux_unless_another_platform_or_a_wayland_session() -> None:
    assert uses_xcb({}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert uses_xcb({"XDG_SESSION_TYPE": "x11"}, "linux")
    assert not uses_xcb({}, "win32")
    assert not uses_xcb({}, "darwin")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="shared objects of Linux")
def test_a_library_that_does_not_load_is_reported_and_one_that_loads_is_not() -> None:
    table = (*XCB_LIBRARIES, ABSENT)
    missing = missing_libraries(table)
    assert ABSENT in missing
    assert [entry for entry in table if not loads(entry[0])] == missing


def test_the_sentence_names_the_library_and_the_package_to_install() -> None:
    one = install_sentence([XCB_LIBRARIES[0]])
    assert "libxcb-cursor.so.0 is missing" in one
    assert "sudo apt install libxcb-cursor0" in one
    assert "sudo dnf install xcb-util-cursor" in one
    assert one.count(".") >= 1 and "\n" not in one
    two = install_sentence([XCB_LIBRARIES[0], XCB_LIBRARIES[1]])
    assert "libraries libxcb-cursor.so.0, libxcb-icccm.so.4 are missing" in two
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in two


def test_no_problem_where_qt_does_not_open_windows_through_xcb() -> None:
    assert startup_problem({"QT_QPA_PLATFORM": "offscreen"}, [ABSENT]) == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="shared objects of Linux")
def test_start_up_without_a_library_prints_one_sentence_and_exits_before_qt(tmp_path: Path) -> None:
    """The real start path (``cl-desktop`` with no command) on a system where one xcb library is absent."""
    script = (
        "import sys\n"
        "import cl_desktop.ui.system_libs as libs\n"
        f"libs.XCB_LIBRARIES = ({ABSENT!r},)\n"
        "from cl_desktop.cli import main\n"
        "sys.exit(main([]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":99", CL_DESKTOP_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libcl-desktop-absent.so.7 is missing" in lines[0]
    assert "sudo apt install libcl-desktop-absent7" in lines[0]
    assert "qt.qpa" not in done.stderr and "platform plugin" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing was created: no database, no wizard


INSTALL_SH = ROOT / "installer" / "linux" / "install.sh"


def test_the_linux_install_script_and_the_readme_list_every_library() -> None:
    script = INSTALL_SH.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for so, debian, fedora in XCB_LIBRARIES:
        assert f"{so}:{debian}:{fedora}" in script
        assert debian in readme
    assert "libxcb-cursor0" in readme


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install script")
def test_the_install_script_names_what_the_linker_does_not_know(tmp_path: Path) -> None:
    """``install.sh --check`` reads ``ldconfig -p``: this machine's list, less libxcb-cursor, is what a fresh
    laptop shows."""
    real = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    listing = tmp_path / "listing.txt"
    listing.write_text("".join(line + "\n" for line in real.splitlines() if "libxcb-cursor.so" not in line))
    fake = bin_dir / "ldconfig"
    fake.write_text(f"#!/bin/sh\ncat '{listing}'\n")
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    done = subprocess.run(["sh", str(INSTALL_SH), "--check"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0
    assert done.stderr.strip().splitlines() == [
        "CL Desktop needs system libraries that are missing here: install them with 'sudo apt install "
        "libxcb-cursor0' (Debian, Ubuntu, Mint) or 'sudo dnf install xcb-util-cursor' (Fedora)."
    ]
    whole = subprocess.run(["sh", str(INSTALL_SH), "--check"], capture_output=True, text=True, timeout=60)
    missing = [entry[1] for entry in missing_libraries()]
    assert ("sudo apt install " + " ".join(missing)) in whole.stderr if missing else whole.stderr == ""
