"""Benchmarks at national scale: ``python -m cl_desktop.bench [--quick]`` (``make bench`` / ``make bench-quick``).

Generates the demo data set once per (seed, size, schema) into ``bench/cache/``, runs each
measurement several times and writes ``bench/results.json`` (``bench/results-quick.json`` in quick
mode) and the results table in ``docs/benchmarks.md``. Figures with a physical limit are printed
beside that limit measured in the same run, as a ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

from cl_desktop.bench.core import measure_core
from cl_desktop.bench.dataset import dataset
from cl_desktop.bench.exchange import measure_exchange
from cl_desktop.bench.fields import measure_fields
from cl_desktop.bench.gui import measure_gui
from cl_desktop.bench.harness import BULK_TABLES, DOC, ROOT, Measure, machine, table, write_doc
from cl_desktop.bench.referrals import measure_referral_group
from cl_desktop.bench.reports import measure_reports
from cl_desktop.bench.sync import measure_sync


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cl_desktop.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100,000 children instead of 1,000,000")
    parser.add_argument("--children", type=int, help="data set size (overrides --quick)")
    parser.add_argument("--seed", type=int, default=2008)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--fresh", action="store_true", help="regenerate the data set even if cached")
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite the table in docs/benchmarks.md")
    parser.add_argument(
        "--only",
        help="comma-separated groups to run (core, gui, reports, exchange, sync, fields, referrals); prints the "
        "table and writes nothing (unless --update)",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="with --only: replace those groups' rows in the results and the table (their notes say when)",
    )
    args = parser.parse_args(argv)
    if args.update and not args.only:
        parser.error("--update goes with --only")
    n = args.children or (100_000 if args.quick else 1_000_000)
    mode = "quick" if args.quick and not args.children else ("full" if n == 1_000_000 else f"n{n}")
    started = time.perf_counter()
    path, meta = dataset(n, args.seed, args.fresh)
    rows = sum(meta["counts"][t] for t in BULK_TABLES)
    gen = Measure("generate", "Generate the data set (demo --children N)", "s", target=180.0, ratio_target=0.30)
    gen.runs = [meta["seconds"]]
    if meta.get("cpu_seconds"):
        gen.cpu_runs = [meta["cpu_seconds"]]
    bare = meta["bare_insert"]
    gen.limit = {"label": "bare executemany of the same rows", "value": bare["rows_per_s"], "unit": "rows/s"}
    gen.ratio = (rows / meta["seconds"]) / bare["rows_per_s"]
    gen.note = (
        f"{rows:,} rows at {rows / meta['seconds']:,.0f} rows/s = {gen.ratio:.0%} of the bare-insert rate "
        f"({bare['rows_per_s']:,.0f} rows/s, {bare['seconds']:.1f} s); one run, generated {meta['generated_at']} "
        "(the data set is cached; the limit was measured right after generating it)"
    )
    if meta.get("cpu_seconds") and bare.get("rows_per_cpu_s"):
        cpu_ratio = (rows / meta["cpu_seconds"]) / bare["rows_per_cpu_s"]
        gen.note += (
            f"; on CPU time (worker included): {rows / meta['cpu_seconds']:,.0f} rows per CPU second = "
            f"{cpu_ratio:.0%} of the bare insert's {bare['rows_per_cpu_s']:,.0f}"
        )
    if meta.get("migrated"):
        gen.note += "; migrations that landed later were applied to the cached data set (not timed here)"
    groups = {
        "core": lambda: measure_core(path, args.runs, args.quick),
        "gui": lambda: measure_gui(path, args.runs),
        "reports": lambda: measure_reports(path, args.runs),
        "exchange": lambda: measure_exchange(path, args.runs),
        "sync": lambda: measure_sync(path, args.runs),
        "fields": lambda: measure_fields(path, args.runs),
        "referrals": lambda: measure_referral_group(path, args.runs, args.seed),
    }
    chosen = args.only.split(",") if args.only else list(groups)
    unknown = sorted(set(chosen) - set(groups))
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    measures = [gen]
    for name in chosen:
        measures += groups[name]()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results = {
        "mode": mode,
        "children": n,
        "seed": args.seed,
        "runs": args.runs,
        "finished_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "wall_seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "dataset": meta,
        "bench_process_peak_rss_mb": round(peak, 1),
        "measures": {m.key: m.as_dict() for m in measures},
    }
    out = ROOT / "bench" / ("results.json" if mode == "full" else f"results-{mode}.json")
    if args.only and args.update:
        results = _updated(out, results, measures[1:], chosen)
    elif args.only:
        print(table(results))
        return 0
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.no_doc:
        write_doc(results, mode)
    print(table(results))
    print(f"\nwrote {out.relative_to(ROOT)}" + ("" if args.no_doc else f" and {DOC.relative_to(ROOT)}"))
    return 0


def _updated(out: Path, results: dict[str, Any], measures: list[Measure], groups: list[str]) -> dict[str, Any]:
    """The last run's results with the rows of ``measures`` measured again (in place, notes dated)."""
    if not out.exists():
        raise SystemExit(f"cl_desktop.bench: {out} does not exist; run every group first")
    old: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if old.get("dataset", {}).get("generated_at") != results["dataset"].get("generated_at"):
        raise SystemExit("cl_desktop.bench: the data set changed since that run; run every group")
    when = results["finished_at"]
    for m in measures:
        row = m.as_dict()
        row["note"] = f"{row['note']} (measured again {when}, --only {','.join(groups)})".lstrip()
        old["measures"][m.key] = row
    old.setdefault("updates", []).append(
        {"groups": groups, "finished_at": when, "load_average_at_end": results["load_average_at_end"]}
    )
    return old


if __name__ == "__main__":
    sys.exit(main())
