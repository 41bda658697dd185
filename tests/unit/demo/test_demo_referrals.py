"""The demo's referrals and visits: consistent with its children, most answered, some overdue or declined."""

from __future__ import annotations

from typing import Any

from cl_desktop.bench.referrals import measure_referrals, measure_visits
from cl_desktop.services.context import Context
from cl_desktop.services.referrals import Referrals


def test_demo_referrals_hang_on_their_children_and_most_are_answered(demo_db: Any) -> None:
    db = demo_db
    children = db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
    by_status = dict(db.execute("SELECT status, count(*) FROM referrals GROUP BY 1").fetchall())
    total = sum(by_status.values())
    assert 0.4 * children < total < 0.6 * children  # about one child in two
    answered = total - by_status.get("referred", 0) - by_status.get("no_response", 0)
    assert answered > 0.9 * total and by_status.get("declined", 0) > 0
    from cl_desktop.security.roles import system_actor

    assert Referrals(Context(db, system_actor(db, "test"))).overdue_count() > 0
    # a service provided through a referral is one of the child's own services, dated after the referral
    wrong = db.execute(
        "SELECT count(*) FROM referrals r LEFT JOIN services s ON s.id = r.service_id WHERE r.service_id IS NOT NULL "
        "AND (s.child_id IS NOT r.child_id OR s.start_date < r.referral_date)"
    ).fetchone()[0]
    assert wrong == 0
    # every step dated on or after the one before, and the referral's status is its last step
    assert (
        db.execute(
            "SELECT count(*) FROM referrals r WHERE r.status != (SELECT e.status FROM referral_events e "
            "WHERE e.referral_id = r.id ORDER BY e.event_date DESC, e.rowid DESC LIMIT 1)"
        ).fetchone()[0]
        == 0
    )
    assert (
        db.execute(
            "SELECT count(*) FROM referrals r WHERE r.referral_date < (SELECT c.intake_date FROM children c "
            "WHERE c.id = r.child_id)"
        ).fetchone()[0]
        == 0
    )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_demo_visits_identify_working_children_of_their_village(demo_db: Any) -> None:
    db = demo_db
    assert db.execute("SELECT count(*) FROM monitoring_visits").fetchone()[0] > 50
    wrong = db.execute(
        "SELECT count(*) FROM visit_children vc JOIN children c ON c.id = vc.child_id "
        "JOIN monitoring_visits m ON m.id = vc.visit_id "
        "WHERE c.location_id != m.location_id OR c.working = 0 OR c.intake_date < date(m.visit_date, '-30 days')"
    ).fetchone()[0]
    assert wrong == 0
    assert db.execute("SELECT count(DISTINCT child_id) FROM visit_children").fetchone()[0] > 100
    # some children were found at two visits, and each of those visits lists them
    twice = db.execute(
        "SELECT count(*) FROM (SELECT child_id FROM visit_children GROUP BY child_id "
        "HAVING count(DISTINCT visit_id) > 1)"
    ).fetchone()[0]
    assert twice > 0
    # a referral made from a visit is for a child the visit found, on or after the visit
    made = db.execute("SELECT count(*) FROM referrals WHERE visit_id IS NOT NULL").fetchone()[0]
    assert made > 0
    wrong = db.execute(
        "SELECT count(*) FROM referrals r JOIN monitoring_visits m ON m.id = r.visit_id WHERE r.referral_date < "
        "m.visit_date OR NOT EXISTS (SELECT 1 FROM visit_children vc WHERE vc.visit_id = r.visit_id "
        "AND vc.child_id = r.child_id)"
    ).fetchone()[0]
    assert wrong == 0


def test_the_referral_benchmarks_measure_on_the_demo(demo_db: Any) -> None:
    measures = {m.key: m for m in measure_referrals(demo_db, 1) + measure_visits(demo_db, 1)}
    assert set(measures) == {
        "referrals_first_page",
        "referrals_overdue_count",
        "referral_slip",
        "referrals_register_pdf",
        "monitoring_visits_first_page",
        "tpr_visits_table",
    }
    assert all(len(m.runs) == 1 and m.runs[0] > 0 for m in measures.values())
    # the visits figures count through the links: each visit's children, each child once per project
    links = demo_db.execute("SELECT count(*) FROM visit_children WHERE deleted = 0").fetchone()[0]
    assert f"{links:,} children identified" in measures["monitoring_visits_first_page"].note


def test_a_data_set_made_before_the_scale_up_had_visits_gets_them_once(tmp_path: Any) -> None:
    from cl_desktop.bench.referrals import ensure_scale_visits
    from cl_desktop.demo import DemoSpec, create_demo_database
    from cl_desktop.demo.generator import seed_population

    spec = DemoSpec(children=seed_population() + 3000, seed=7, sample_office=False)
    db = create_demo_database(tmp_path / "scale.sqlite", spec)
    try:
        scale = "(SELECT id FROM projects WHERE code = 'KH-NAT-SCALE')"
        made = db.execute(f"SELECT count(*) FROM monitoring_visits WHERE project_id = {scale}").fetchone()[0]
        assert made > 0  # the demo gives the scale-up visits of its own
        assert ensure_scale_visits(db, 7) == ""  # nothing to add
        with db.atomic():  # as a data set generated before them
            visits = f"(SELECT id FROM monitoring_visits WHERE project_id = {scale})"
            db.execute(f"UPDATE referrals SET visit_id = NULL WHERE visit_id IN {visits}")
            db.execute(f"DELETE FROM visit_children WHERE visit_id IN {visits}")
            db.execute(f"DELETE FROM monitoring_visits WHERE project_id = {scale}")
        note = ensure_scale_visits(db, 7)
        again = db.execute(f"SELECT count(*) FROM monitoring_visits WHERE project_id = {scale}").fetchone()[0]
        assert again == made and f"{made:,} scale-up visits added" in note
    finally:
        db.close()
