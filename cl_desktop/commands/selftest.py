"""self-test."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Subcommands of this area are added here as the area lands."""
