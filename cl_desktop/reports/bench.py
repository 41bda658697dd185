"""Time the reports on a database: ``python -m cl_desktop.reports.bench DB [--children N]``.

The beneficiary register target is 10,000 children in at most 10 s; the TPR of
the demo project a few seconds. Prints one line per report with seconds and pages.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from cl_desktop.reports import data, register, tpr
from cl_desktop.reports.layout import PageHeader, build_pdf
from cl_desktop.store import open_database


def time_register(db_path: str, children: int, lang: str, out: Path, profile: bool = False) -> tuple[float, int]:
    db = open_database(Path(db_path), create=False)
    try:
        selection = data.RegisterFilter(limit=children)
        profiler = cProfile.Profile() if profile else None
        start = time.perf_counter()
        cpu = time.process_time()
        if profiler:
            profiler.enable()
        pages = build_pdf(
            out,
            register.story(db, selection, [], lang),  # type: ignore[arg-type]
            header=PageHeader("Beneficiary register"),
            lang=lang,  # type: ignore[arg-type]
        )
        elapsed = time.perf_counter() - start
        print(f"(register CPU time {time.process_time() - cpu:.1f} s)")
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return elapsed, pages
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seconds, pages = time_register(args.db, args.children, args.lang, Path(tmp) / "r.pdf", args.profile)
        print(f"register {args.children} children ({args.lang}): {seconds:.1f} s, {pages} pages")
        db = open_database(Path(args.db), create=False)
        try:
            start = time.perf_counter()
            pages = tpr.build(db, Path(tmp) / "t.pdf", lang=args.lang)
            print(f"tpr ({args.lang}): {time.perf_counter() - start:.1f} s, {pages} pages")
        finally:
            db.close()


if __name__ == "__main__":
    main()
