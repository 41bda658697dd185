"""The .qm files are compiled by the package build and the frozen build, not only by ``make translations``."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from setuptools import Distribution

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "installer"))

import translations  # noqa: E402  installer/translations.py


def test_compile_all_makes_loadable_catalogues(tmp_path: Path) -> None:
    made = translations.compile_all(out=tmp_path)
    assert {p.name for p in made} == {"cl_desktop_en.qm", "cl_desktop_km.qm", "cl_desktop_ru.qm"}
    translator = QTranslator()
    assert translator.load(str(tmp_path / "cl_desktop_ru.qm"))
    assert translator.translate("MainWindow", "Children")  # a message the window shows


def test_without_lrelease_the_build_goes_on_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "find_lrelease", lambda: None)
    assert translations.compile_all(required=False) == []
    with pytest.raises(RuntimeError):
        translations.compile_all()


def test_setuptools_build_py_compiles_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_hook")["BuildWithTranslations"]
    compile_all = translations.compile_all
    monkeypatch.setattr(translations, "compile_all", lambda required: compile_all(out=tmp_path / "qm"))
    command = hook(Distribution({"name": "cl-desktop", "packages": []}))
    command.build_lib = str(tmp_path / "lib")
    command.ensure_finalized()
    command.run()
    made = sorted(p.name for p in (tmp_path / "qm").iterdir())
    assert made == ["cl_desktop_en.qm", "cl_desktop_km.qm", "cl_desktop_ru.qm"]


def test_the_frozen_build_compiles_them_first() -> None:
    source = (ROOT / "installer" / "build.py").read_text(encoding="utf-8")
    build_app = source[source.index("def build_app") : source.index("def self_test")]
    assert build_app.index("compile_all()") < build_app.index("PyInstaller")
