"""A reporting period's E1, L1 and registrations by work status come from the summary, and the
aggregate export reads them there: equal to the records' figures for every period, and set aside
(then rebuilt) when a period's dates change under counted services."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from factories import ctx_for

from cl_desktop.exchange import adx, mapping, values
from cl_desktop.figures import indicators
from cl_desktop.figures.current import writing
from cl_desktop.services.periods import Periods
from cl_desktop.store import records

STAMP = datetime(2020, 1, 1, tzinfo=UTC)


def exports(db: Any) -> dict[str, bytes]:
    """Every project's ADX message over all its periods (a fixed time stamp)."""
    out: dict[str, bytes] = {}
    found = mapping.load(db)
    for (code,) in db.execute("SELECT code FROM projects WHERE deleted = 0 ORDER BY code").fetchall():
        coded, _check, data_set = values.prepare(db, found, code, dhis2_periods=False)
        out[code] = adx.document(coded, data_set, exported=STAMP)
    return out


def national_period(db: Any) -> dict[str, Any]:
    return next(
        db.query(
            "SELECT rp.* FROM reporting_periods rp JOIN projects p ON p.id = rp.project_id WHERE p.code = 'KH-WFCL' "
            "AND rp.deleted = 0 AND EXISTS (SELECT 1 FROM services s WHERE s.start_date BETWEEN rp.start_date "
            "AND rp.end_date AND s.service_type = 'formal_education') ORDER BY rp.start_date LIMIT 1"
        )
    )


def test_the_export_reads_the_summary_and_gives_the_records_figures(demo_db: Any) -> None:
    assert indicators.summary_current(demo_db)
    fast = exports(demo_db)
    summed = demo_db.execute("SELECT count(*) FROM indicator_summary WHERE measure IN ('e1p', 'l1p', 'intake')")
    assert summed.fetchone()[0] > 100
    demo_db.execute("UPDATE indicator_state SET rebuild = 1")  # readers go to the records
    direct = exports(demo_db)
    assert fast == direct
    assert b'dataElement="CL_E1"' in direct["KH-WFCL"] and b'value="0"' in direct["KH-WFCL"]


def test_a_forged_period_row_shows_in_the_export_so_it_is_read(demo_db: Any) -> None:
    before = exports(demo_db)["KH-WFCL"]
    demo_db.execute("UPDATE indicator_summary SET n = n + 1000 WHERE measure = 'e1p' AND key = 'total'")
    assert exports(demo_db)["KH-WFCL"] != before


def test_a_period_added_ahead_of_its_services_leaves_the_summary_kept(demo_db: Any) -> None:
    project = next(demo_db.query("SELECT * FROM projects WHERE code = 'KH-WFCL'"))
    Periods(ctx_for(demo_db)).create(
        project["id"], {"code": "2099S1", "start_date": "2099-01-01", "end_date": "2099-06-30"}
    )
    assert indicators.summary_current(demo_db)


def test_moving_a_period_over_counted_services_rebuilds_its_figures(demo_db: Any) -> None:
    period = national_period(demo_db)
    e1_before = indicators.e1_counts(
        demo_db, period["project_id"], since=period["start_date"], until=period["end_date"]
    )
    assert e1_before["total"].total > 0
    ctx = ctx_for(demo_db)
    records.update(demo_db, "reporting_periods", period["id"], {"start_date": "2000-01-01"}, ctx.author())
    assert not indicators.summary_current(demo_db)  # set aside: the old period's rows are wrong now
    moved = indicators.e1_counts(demo_db, period["project_id"], since="2000-01-01", until=period["end_date"])
    with writing(demo_db):  # the next write rebuilds it
        pass
    assert indicators.summary_current(demo_db)
    day = f"2000-01-01/{period['end_date']}"
    assert demo_db.execute("SELECT count(*) FROM indicator_summary WHERE day = ?", [day]).fetchone()[0] > 0
    assert indicators.e1_counts(demo_db, period["project_id"], since="2000-01-01", until=period["end_date"]) == moved
    assert moved["total"].total >= e1_before["total"].total
    assert exports(demo_db) == _direct(demo_db)


def test_a_deleted_period_leaves_no_rows_behind(demo_db: Any) -> None:
    period = national_period(demo_db)
    records.delete(demo_db, "reporting_periods", period["id"], ctx_for(demo_db).author())
    assert not indicators.summary_current(demo_db)
    with writing(demo_db):
        pass
    day = f"{period['start_date']}/{period['end_date']}"
    assert demo_db.execute("SELECT count(*) FROM indicator_summary WHERE day = ?", [day]).fetchone()[0] == 0


def _direct(db: Any) -> dict[str, bytes]:
    db.execute("UPDATE indicator_state SET rebuild = 1")
    try:
        return exports(db)
    finally:
        db.execute("UPDATE indicator_state SET rebuild = 0")
