"""Package build hook: compile the interface translations (.ts → .qm) whenever the package is built.

Everything else about the package is in pyproject.toml. pip builds in an isolated environment where
PySide6 may be missing: then the .qm files already compiled (``make translations``) are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "installer"))


class BuildWithTranslations(build_py):
    def run(self) -> None:
        from translations import compile_all

        made = compile_all(required=False)
        if made:
            print(f"compiled {len(made)} translations", file=sys.stderr)
        else:
            print("pyside6-lrelease not found: translations left as they are", file=sys.stderr)
        super().run()


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithTranslations})
