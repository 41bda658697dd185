"""`cl-desktop report` refusals: one sentence, exit 1 or 2, and no file or temporary left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cl_desktop.cli import main


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def _one_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "unexpected" not in lines[0] and "Traceback" not in err
    return lines[0]


def test_an_unwritable_folder_is_one_sentence(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "quality", "--db", str(demo_path), "-o", "/proc/x.pdf"]) == 1
    assert "Could not write /proc/x.pdf" in _one_sentence(capsys.readouterr().err)


def test_a_file_used_as_a_folder_is_called_a_file(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain"
    plain.write_text("x")
    assert main(["report", "quality", "--db", str(demo_path), "-o", str(plain / "x.pdf")]) == 1
    assert "is a file, not a folder" in _one_sentence(capsys.readouterr().err)
    assert _leftovers(tmp_path) == []


def test_a_child_of_another_project_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.pdf"
    args = ["report", "child", "--db", str(demo_path), "--child", "KG-CHU-000001", "--project", "KH-WFCL"]
    assert main([*args, "-o", str(out)]) == 1
    assert "not part of project KH-WFCL" in _one_sentence(capsys.readouterr().err)
    assert not out.exists() and _leftovers(tmp_path) == []


def test_khmer_digits_need_a_khmer_report(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    assert main(["report", "summary", "--db", str(demo_path), "--khmer-digits", "-o", str(out)]) == 2
    assert "--khmer-digits" in _one_sentence(capsys.readouterr().err)
    assert not out.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_sigterm_during_a_register_leaves_nothing(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    command = [sys.executable, "-m", "cl_desktop", "report", "register", "--db", str(demo_path)]
    proc = subprocess.Popen(
        [*command, "--project", "KH-WFCL", "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + 60
    while not _leftovers(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _leftovers(tmp_path), "the build never started writing"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "stopped before it was finished" in _one_sentence(err)
    assert not out.exists() and _leftovers(tmp_path) == []
