"""Reporting periods in the notations national systems read.

ADX writes a period as its ISO start date and duration (``2012-04-01/P6M``); DHIS2's own JSON uses
its period identifiers: six months starting April are ``2012AprilS1`` (April-September 2012) and
``2012AprilS2`` (October 2012-March 2013), a financial year starting October is ``2012Oct``.
"""

from __future__ import annotations

import calendar
from datetime import date

_YEARLY = {1: "", 4: "April", 7: "July", 10: "Oct", 11: "Nov"}


def months_between(start: date, end: date) -> int | None:
    """Whole calendar months from ``start`` (a 1st) to ``end`` (a month's last day), else None."""
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1] or end < start:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def iso_period(start: date, end: date) -> str:
    """``start/duration`` as ADX writes it: whole months as PnM (twelve as P1Y), otherwise days."""
    months = months_between(start, end)
    if months == 12:
        return f"{start.isoformat()}/P1Y"
    if months:
        return f"{start.isoformat()}/P{months}M"
    return f"{start.isoformat()}/P{(end - start).days + 1}D"


def dhis2_period(start: date, end: date) -> str | None:
    """DHIS2's identifier for the period, or None when DHIS2 has no period type for it."""
    if start == end:
        return start.strftime("%Y%m%d")
    months = months_between(start, end)
    if months == 1:
        return start.strftime("%Y%m")
    if months == 3 and start.month in (1, 4, 7, 10):
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    if months == 6:
        return {
            1: f"{start.year}S1",
            7: f"{start.year}S2",
            4: f"{start.year}AprilS1",
            10: f"{start.year}AprilS2",
        }.get(start.month)
    if months == 12 and start.month in _YEARLY:
        return f"{start.year}{_YEARLY[start.month]}"
    return None
