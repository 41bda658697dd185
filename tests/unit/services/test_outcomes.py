"""The SQL derivation of withdrawn/prevented agrees with the Python rule on any history."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cl_desktop.domain.rules import Visit, WorkStatus, derive_outcome
from cl_desktop.figures.outcomes import refresh_outcomes
from cl_desktop.ids import uuid7

histories = st.fixed_dictionaries(
    {
        "status": st.sampled_from(["hazardous", "child_labour", "at_risk", "not_at_risk"]),
        "services": st.lists(
            st.tuples(st.sampled_from(["formal_education", "health", "vocational_training"]), st.integers(0, 400)),
            max_size=3,
        ),
        "visits": st.lists(st.tuples(st.integers(0, 700), st.booleans()), max_size=6),
    }
)

START = date(2010, 1, 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(histories, min_size=1, max_size=6))
def test_sql_and_python_derivations_agree(office_db: Any, project_row: dict[str, Any], history: list[Any]) -> None:
    db = office_db
    stamp = {"office": "KH-PNP", "created_at": "x", "created_by": "t", "updated_at": "x", "updated_by": "t"}
    expected = {}
    with db.atomic():
        db.execute("DELETE FROM follow_ups")
        db.execute("DELETE FROM services")
        db.execute("DELETE FROM children")
        for i, h in enumerate(history):
            cid = uuid7()
            db["children"].insert(
                {
                    "id": cid,
                    "case_number": f"T-{i}",
                    "project_id": project_row["id"],
                    "name": "x",
                    "sex": "F",
                    "intake_date": "2010-01-01",
                    "work_status": h["status"],
                    **stamp,
                }
            )
            for stype, offset in h["services"]:
                db["services"].insert(
                    {
                        "id": uuid7(),
                        "child_id": cid,
                        "service_type": stype,
                        "start_date": (START + timedelta(days=offset)).isoformat(),
                        **stamp,
                    }
                )
            for offset, bad in h["visits"]:
                db["follow_ups"].insert(
                    {
                        "id": uuid7(),
                        "child_id": cid,
                        "visit_date": (START + timedelta(days=offset)).isoformat(),
                        "work_status": "child_labour" if bad else "not_at_risk",
                        **stamp,
                    }
                )
            edu = [START + timedelta(days=o) for s, o in h["services"] if s != "health"]
            visits = [Visit(START + timedelta(days=o), bad) for o, bad in h["visits"]]
            result = derive_outcome(WorkStatus(h["status"]), edu, visits, withdrawn_months=3)
            expected[cid] = (
                result.value,
                result.params.get("outcome_date") if result.value in ("withdrawn", "prevented") else None,
            )
    refresh_outcomes(db)
    got = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, outcome, outcome_date FROM children")}
    assert got == {k: (v[0] and str(v[0]), v[1]) for k, v in expected.items()}


def test_refresh_of_one_child_leaves_others_alone(office_db: Any, project_row: dict[str, Any]) -> None:
    db = office_db
    stamp = {"office": "KH-PNP", "created_at": "x", "created_by": "t", "updated_at": "x", "updated_by": "t"}
    ids = [uuid7(), uuid7()]
    for i, cid in enumerate(ids):
        db["children"].insert(
            {
                "id": cid,
                "case_number": f"T-{i}",
                "project_id": project_row["id"],
                "name": "x",
                "sex": "M",
                "intake_date": "2010-01-01",
                "work_status": "at_risk",
                **stamp,
            }
        )
        db["services"].insert(
            {"id": uuid7(), "child_id": cid, "service_type": "formal_education", "start_date": "2010-02-01", **stamp}
        )
        db["follow_ups"].insert(
            {"id": uuid7(), "child_id": cid, "visit_date": "2010-03-01", "hazards": json.dumps([]), **stamp}
        )
    assert refresh_outcomes(db, [ids[0]]) == 1
    assert [r[0] for r in db.execute("SELECT outcome FROM children ORDER BY case_number")] == ["prevented", None]
