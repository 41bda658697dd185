"""Builders shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

from typing import Any

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context


def ctx_for(db: Any, role: Role = Role.ADMIN, user: str = "coord") -> Context:
    return Context(db, Actor(username=user, role=role, office="KH-PNP"))


def intake(project: dict[str, Any], programme: dict[str, Any], village: str, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "សុខ ស្រីមុំ",
        "name_latin": "Sok Srey Mom",
        "sex": "F",
        "project_id": project["id"],
        "programme_id": programme["id"],
        "location_id": village,
        "intake_date": "2010-01-10",
        "birth_date": "1997-05-01",
        "guardian_name": "សុខ ចាន់",
        "guardian_relation": "mother",
        "consent": True,
        "consent_date": "2010-01-10",
        "working": True,
        "sector": "brick_making",
        "hours_per_week": 30,
        "hazards": [],
        "school_status": "dropped_out",
        "risk_factors": [],
    }
    values.update(overrides)
    return values


def demo_households_search(db: Any) -> str:
    """Search text for a few demo households of the Phnom Penh office: the start of its first codes.

    Household codes carry a record serial, so the demo's numbers are not written out here.
    """
    first = db.execute("SELECT min(code) FROM households WHERE code LIKE 'HH-KH-PNP-%'").fetchone()[0]
    return str(first)[:-2]
