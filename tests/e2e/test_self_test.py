"""`cl-desktop self-test` and opening a bundle file with the app (what the installers' file association runs).

The demo database is copied from the session's template here to keep the suite fast; the frozen build's
test (tests/packaging/test_frozen.py) runs the whole self-test, demo generation included.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.cli import OPEN_BUNDLE_ENV, main, open_bundle_request
from cl_desktop.commands import selftest


@pytest.fixture
def quick_demo(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The self-test's demo step copies the session's demo instead of generating one."""
    import cl_desktop.demo
    from cl_desktop.store import open_database

    def copy_demo(path: Path, *_: Any) -> Any:
        shutil.copyfile(demo_template, path)
        return open_database(path)

    monkeypatch.setattr(cl_desktop.demo, "create_demo_database", copy_demo)


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["self-test", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_self_test_runs_every_step_passes_and_never_touches_the_data_folder(
    quick_demo: None, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(data_dir.rglob("*"))
    code, result = run_json(capsys, "--keep", str(tmp_path / "kept"))
    steps = {s["name"]: s for s in result["steps"]}
    assert code == 0 and result["passed"], steps
    assert list(steps) == ["resources", "database", "report", "bundle", "encryption", "gui"]
    assert all(s["status"] == "ok" for s in steps.values()), steps
    assert "seed results reproduced" in steps["database"]["detail"]
    assert (tmp_path / "kept" / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert list((tmp_path / "kept").glob("*.clbundle"))
    assert sorted(data_dir.rglob("*")) == before


def test_without_report_and_sync_commands_the_toolkit_steps_run_instead(
    quick_demo: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "_choices", lambda *_: [])
    monkeypatch.setattr(selftest, "_sync_cli_missing", lambda: ["sync export"])
    code, result = run_json(capsys)
    steps = {s["name"]: s for s in result["steps"]}
    assert code == 0, steps
    assert "PDF toolkit" in steps["report"]["detail"]
    assert "read back" in steps["bundle"]["detail"] and "sync export" in steps["bundle"]["detail"]


def test_a_failed_step_is_named_and_the_exit_code_is_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import cl_desktop.resources

    monkeypatch.setattr(cl_desktop.resources, "resources_root", lambda: tmp_path / "empty")

    def no_demo(state: selftest.SelfTest) -> str:
        raise selftest.Failed("no demo here")

    monkeypatch.setattr(selftest, "STEPS", [("resources", selftest.step_resources), ("database", no_demo),
                                            ("report", selftest.step_report)])  # fmt: skip
    assert main(["self-test"]) == 1
    out, err = capsys.readouterr()
    assert "FAILED   resources  missing from" in out and "fonts/NotoSans-Regular.ttf" in out
    assert "skipped  report     needs the database step" in out
    assert "self-test FAILED: 0 ok, 1 skipped, 2 failed." in out
    assert err.strip() == "cl-desktop: self-test failed: resources, database."


def test_opening_a_bundle_file_starts_the_gui_with_it_queued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cl_desktop.commands.core

    bundle = tmp_path / "from KH-PNP ស្រុក.CLBUNDLE"
    bundle.write_bytes(b"\x89CLB")
    opened: list[Any] = []
    monkeypatch.setattr(cl_desktop.commands.core, "open_gui", lambda path: opened.append(path) or 0)
    monkeypatch.setenv(OPEN_BUNDLE_ENV, "")  # recorded, so the value main() sets goes with the test
    assert main([str(bundle)]) == 0
    assert opened == [None]
    import os

    assert os.environ[OPEN_BUNDLE_ENV] == str(bundle.resolve())


def test_only_a_single_existing_bundle_file_counts(tmp_path: Path) -> None:
    bundle = tmp_path / "b.clbundle"
    assert open_bundle_request([str(bundle)]) is None  # does not exist
    bundle.write_bytes(b"")
    assert open_bundle_request([str(bundle)]) == bundle.resolve()
    assert open_bundle_request([str(bundle), str(bundle)]) is None
    assert open_bundle_request(["stats"]) is None
    assert main([str(tmp_path / "missing.clbundle")]) == 2  # an unknown command, as before
