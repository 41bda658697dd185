"""Sync figures: full bundle export, import at headquarters, an incremental bundle, import memory."""

from __future__ import annotations

from pathlib import Path

from cl_desktop.bench.harness import Measure, not_measured


def measure_sync(path: Path, runs: int) -> list[Measure]:
    why = "needs an enrolled office and headquarters keys; not automated in this harness yet"
    return [
        not_measured("sync_export", "Full sync bundle export", "s", 60, why),
        not_measured("sync_import", "Sync import at headquarters", "rows/s", 50_000, why, "min"),
        not_measured("sync_incremental", "Incremental bundle of 1,000 changes, export + import", "s", 1, why),
        not_measured("import_memory", "Peak memory, import of the full bundle", "MB", 300, why),
    ]
