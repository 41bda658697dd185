from __future__ import annotations

from cl_desktop.security.session import DEFAULT_IDLE_MINUTES, IdleTimer, idle_minutes_from


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_the_session_locks_after_the_idle_time_and_only_the_password_unlocks() -> None:
    clock = FakeClock()
    timer = IdleTimer(600, clock)
    clock.t += 599
    assert not timer.should_lock()
    timer.activity()
    clock.t += 599
    assert not timer.should_lock() and timer.remaining() == 1
    clock.t += 1
    assert timer.should_lock() and timer.locked
    assert not timer.should_lock()  # reported once
    timer.activity()  # moving the mouse over the lock screen does not unlock
    assert timer.locked
    timer.unlock()
    assert not timer.locked and timer.remaining() == 600


def test_the_idle_setting_is_clamped() -> None:
    assert idle_minutes_from(None) == DEFAULT_IDLE_MINUTES
    assert idle_minutes_from("abc") == DEFAULT_IDLE_MINUTES
    assert idle_minutes_from("0") == 1 and idle_minutes_from(10_000) == 240 and idle_minutes_from("15") == 15
