"""Schema migrations for the duplicate review queue at national scale.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0018_duplicate_review_order")
def m0018_duplicate_review_order(db: Database) -> None:
    """The open pairs in review order (likeliest first), so the review list reads one page at a time
    along the index instead of sorting every pair for each page (``sync.conflicts.duplicates_page``)."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS sync_duplicates_review ON sync_duplicates(score DESC, found_at, id) "
        "WHERE status = 'open'"
    )
