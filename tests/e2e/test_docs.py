"""A documented command is a tested command, and every command is documented."""

from __future__ import annotations

import argparse
from pathlib import Path

from cl_desktop.cli import build_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def subcommands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix}{name}")
                found += subcommands(sub, f"{prefix}{name} ")
    return found


def test_every_command_is_in_the_readme() -> None:
    missing = [
        c
        for c in subcommands(build_parser())
        if f"cl-desktop {c}" not in README
        and not any(f"cl-desktop {c.split()[0]} " in line and c.split()[-1] in line for line in README.splitlines())
    ]
    assert missing == []


def test_the_readme_opens_with_the_two_commands() -> None:
    head = README[:400]
    assert "make run" in head and "make test" in head
