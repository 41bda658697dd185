"""Schema for the TPR's breakdowns read from the summary: E1 by work status and type, L1 by type, and
POC/POH as at intake.

Each child's and household's contributions (``indicator_facts``) gain rows the figures code computes
(``figures.indicator_facts``): ``e1s`` (its first education service of each of USDOL's types, keyed
``status|type``, and of any type, keyed ``status|total``), ``l1k`` (a household's first livelihood
service of each type) and ``poci``/``pohi`` (the child's status at intake from its intake date, the
household's as its children were at intake). Nothing new is watched: the triggers of 0006 already mark
a child or household whose services, status at intake or head's sex change.

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
