"""Measure demo generation and the core queries on generated data.

``python -m cl_desktop.bench [--quick] [--children N]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cl_desktop.demo import DemoSpec, create_demo_database
from cl_desktop.services import duplicates, indicators
from cl_desktop.services.context import Actor, Context, Role
from cl_desktop.services.projects import Projects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cl_desktop.bench")
    parser.add_argument("--quick", action="store_true", help="100,000 children instead of 1,000,000")
    parser.add_argument("--children", type=int)
    args = parser.parse_args(argv)
    n = args.children or (100_000 if args.quick else 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        start = time.perf_counter()
        db = create_demo_database(path, DemoSpec(children=n))
        print(f"generate {n:,} children: {time.perf_counter() - start:.1f} s")
        ctx = Context(db, Actor("bench", Role.ADMIN, "HQ"))
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            for project in Projects(ctx).list():
                indicators.project_indicators(db, project, None)
            runs.append(time.perf_counter() - start)
        print(f"dashboard indicators, all projects: median {statistics.median(runs):.2f} s")
        runs = []
        for name in ("Sok Dara", "សុខ", "Айгерим"):
            start = time.perf_counter()
            duplicates.candidates(db, name=name, sex="F", birth_date="2000-05-01")
            runs.append(time.perf_counter() - start)
        print(f"duplicate candidates: median {statistics.median(runs) * 1000:.0f} ms")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
