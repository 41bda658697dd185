"""Schema for the TPR's breakdowns read from the summary: E1 by work status and type, L1 by type,
POC/POH as at intake, and the referrals.

Each child's and household's contributions (``indicator_facts``) gain rows the figures code computes
(``figures.indicator_facts``): ``e1s`` (its first education service of each of USDOL's types, keyed
``status|type``, and of any type, keyed ``status|total``), ``l1k`` (a household's first livelihood
service of each type) and ``poci``/``pohi`` (the child's status at intake from its intake date, the
household's as its children were at intake). Nothing new is watched: the triggers of 0006 already mark
a child or household whose services, status at intake or head's sex change.

The referrals' rows (``ref`` by organisation and status, ``rod`` overdue, ``rans`` days to the first
answer; entity ``r:`` and the referral's id) depend on the referral, its events and its project's days
for a service: the triggers of ``0022_referral_figures`` mark a referral pending when it or one of its
events changes, and set the summary aside when a project's days for a service change.

As every migration, this one does the same thing whenever it runs and imports nothing above ``store``.
It builds no figure; it marks the summary for a rebuild, which the figures code makes on its first write.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0022_split_figures")
def m0022_split_figures(db: Database) -> None:
    """Rebuild the figures (on the first write) with the breakdowns' rows."""
    db.execute("UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM children)")


_ACTIVE = "(SELECT rebuild FROM indicator_state) = 0"


def _mark(*refs: str) -> str:
    rows = " UNION ".join(f"SELECT 'r:' || {ref} AS e" for ref in refs)
    return f"BEGIN INSERT OR IGNORE INTO indicator_pending (entity) SELECT e FROM ({rows}) WHERE e IS NOT NULL; END"


_REFERRAL_TRIGGERS = (
    f"CREATE TRIGGER indicator_referrals_ai AFTER INSERT ON referrals WHEN {_ACTIVE} {_mark('NEW.id')}",
    f"CREATE TRIGGER indicator_referrals_au AFTER UPDATE ON referrals WHEN {_ACTIVE} {_mark('OLD.id', 'NEW.id')}",
    f"CREATE TRIGGER indicator_referrals_ad AFTER DELETE ON referrals WHEN {_ACTIVE} {_mark('OLD.id')}",
    f"CREATE TRIGGER indicator_referral_events_ai AFTER INSERT ON referral_events WHEN {_ACTIVE} "
    f"{_mark('NEW.referral_id')}",
    f"CREATE TRIGGER indicator_referral_events_au AFTER UPDATE ON referral_events WHEN {_ACTIVE} "
    f"{_mark('OLD.referral_id', 'NEW.referral_id')}",
    f"CREATE TRIGGER indicator_referral_events_ad AFTER DELETE ON referral_events WHEN {_ACTIVE} "
    f"{_mark('OLD.referral_id')}",
    "CREATE TRIGGER indicator_projects_referral_days AFTER UPDATE OF referral_service_days ON projects "
    "WHEN OLD.referral_service_days IS NOT NEW.referral_service_days "
    "BEGIN UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM referrals WHERE project_id = NEW.id); "
    "END",
)


@MIGRATIONS(name="0022_referral_figures")
def m0022_referral_figures(db: Database) -> None:
    """Watch the referrals and their events; rebuild the figures (on the first write) with their rows."""
    for sql in _REFERRAL_TRIGGERS:
        db.execute(sql)
    db.execute("UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM referrals)")
