"""One way every write keeps the derived figures current: :func:`writing`.

A write that can change a figure (a child, a household, a service, a visit, a programme, a
project's attendance threshold, the worst-form sectors) runs inside ``with writing(db):`` instead
of a bare ``db.atomic()``. Nothing else is asked of it: the summary's triggers already record, in
``indicator_pending``, each child and household whose figures the transaction may have changed
(see ``store/migrations_summary.py``), and before the transaction commits :func:`settle` derives
those children's outcomes and recomputes their contributions. A change that sets the summary
aside (a new attendance threshold, a sector's worst-form mark) gets it rebuilt instead, in the
same transaction.

The triggers record only while the summary is kept, so a summary still awaiting its rebuild (a
database the migration marked, see ``store/migrations_summary.py``) is rebuilt when the first
such transaction begins.

Nested ``writing`` blocks belong to the outermost one on the same connection, which settles once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database

from cl_desktop.figures.outcomes import _summary_active, rebuild_summary, refresh_outcomes

# Open units of work by connection (a connection allows no weak reference): the outermost settles.
_open: dict[int, int] = {}


@contextlib.contextmanager
def writing(db: Database) -> Iterator[Database]:
    """A transaction (a savepoint inside another) after which the derived figures are current."""
    key = id(db.conn)
    outermost = key not in _open
    _open[key] = _open.get(key, 0) + 1
    try:
        with db.atomic():
            if outermost:
                prepare(db)
            yield db
            if outermost:
                settle(db)
    finally:
        _open[key] -= 1
        if not _open[key]:
            del _open[key]


def prepare(db: Database) -> None:
    """Rebuild a summary that awaits its rebuild, so the triggers record what follows."""
    if _summary_active(db) is False:
        rebuild_summary(db)


def pending_children(db: Database) -> list[str]:
    """The children the triggers marked since the summary was last brought up to date."""
    if _summary_active(db) is None:
        return []
    rows = db.execute(
        "SELECT substr(entity, 3) FROM indicator_pending WHERE entity >= 'c:' AND entity < 'c;' ORDER BY entity"
    )
    return [str(r[0]) for r in rows]


def settle(db: Database) -> None:
    """Outcomes of the marked children, then the summary: their contributions and the marked
    households', or all of it again when the transaction set the summary aside."""
    with db.atomic():
        refresh_outcomes(db, pending_children(db))
        if _summary_active(db) is False:
            rebuild_summary(db)
