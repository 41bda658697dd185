"""When an unattended session locks: Qt-free timing the GUI's IdleLock drives.

A laptop left open in a village office shows children's names to whoever
walks by; after the idle time (a setting) the window locks and asks for the
password again. The GUI reports activity and asks ``should_lock``; tests use
a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
IDLE_SETTING = "idle_lock_minutes"


def idle_minutes_from(value: str | int | None) -> int:
    """The idle-lock setting as a number of minutes, clamped to a sane range."""
    try:
        minutes = int(value) if value not in (None, "") else DEFAULT_IDLE_MINUTES
    except (TypeError, ValueError):
        minutes = DEFAULT_IDLE_MINUTES
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))


@dataclass
class IdleTimer:
    """Tracks the last activity; locked until ``unlock`` once the idle time has passed."""

    idle_seconds: float
    clock: Callable[[], float] = time.monotonic
    last_activity: float = field(default=0.0)
    locked: bool = False

    def __post_init__(self) -> None:
        self.last_activity = self.clock()

    def activity(self) -> None:
        """A key press or mouse move; ignored while locked (only the password unlocks)."""
        if not self.locked:
            self.last_activity = self.clock()

    def remaining(self) -> float:
        return max(0.0, self.idle_seconds - (self.clock() - self.last_activity))

    def should_lock(self) -> bool:
        """True once when the idle time has passed; the caller then shows the lock."""
        if self.locked:
            return False
        if self.clock() - self.last_activity >= self.idle_seconds:
            self.locked = True
            return True
        return False

    def unlock(self) -> None:
        self.locked = False
        self.last_activity = self.clock()
