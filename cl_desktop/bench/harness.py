"""What every benchmark shares: a measure with its runs and target, timing, the machine, the table."""

from __future__ import annotations

import contextlib
import os
import platform
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench" / "cache"
DOC = ROOT / "docs" / "benchmarks.md"
BULK_TABLES = ("households", "children", "services", "follow_ups")


@dataclass
class Measure:
    """One benchmark figure: every run's value, its target and the limit it is compared with."""

    key: str
    label: str
    unit: str
    runs: list[float] = field(default_factory=list)
    cpu_runs: list[float] = field(default_factory=list)  # same unit as runs
    target: float | None = None
    target_kind: str = "max"  # "max": the median must be at most the target; "min": at least
    limit: dict[str, Any] | None = None  # {"label", "value", "unit"} measured in the same run
    ratio: float | None = None
    ratio_target: float | None = None  # minimum ratio (e.g. generation >= 30% of the bare-insert rate)
    note: str = ""
    status: str = "measured"  # or "not measured"

    def as_dict(self) -> dict[str, Any]:
        med = statistics.median(self.runs) if self.runs else None
        met: bool | None = None
        if med is not None and self.target is not None:
            met = med <= self.target if self.target_kind == "max" else med >= self.target
        if med is not None and self.ratio_target is not None and self.ratio is not None:
            met = (met is not False) and self.ratio >= self.ratio_target
        return {
            "label": self.label,
            "status": self.status,
            "unit": self.unit,
            "runs": [round(r, 4) for r in self.runs],
            "cpu_median": round(statistics.median(self.cpu_runs), 4) if self.cpu_runs else None,
            "median": round(med, 4) if med is not None else None,
            "min": round(min(self.runs), 4) if self.runs else None,
            "max": round(max(self.runs), 4) if self.runs else None,
            "target": self.target,
            "target_kind": self.target_kind,
            "limit": self.limit,
            "ratio": round(self.ratio, 3) if self.ratio is not None else None,
            "ratio_target": self.ratio_target,
            "met": met,
            "met_on_cpu": (
                (statistics.median(self.cpu_runs) <= self.target)
                if self.cpu_runs and self.target is not None and self.target_kind == "max"
                else None
            ),
            "note": self.note,
        }


def timed(fn: Callable[[], Any], runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds of each run; with ``cpu``, also this process's CPU seconds of each run
    (SQLite runs in-process, so CPU time shows the cost without other load on the machine)."""
    out = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        out.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - start_cpu)
    return out


# -- machine ---------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    with contextlib.suppress(ValueError, OSError, AttributeError):
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(ram, 1) if ram else None,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def not_measured(key: str, label: str, unit: str, target: float | None, why: str, kind: str = "max") -> Measure:
    return Measure(key, label, unit, target=target, target_kind=kind, note=why, status="not measured")


# -- output ------------------------------------------------------------------
def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("ms",):
        return f"{value:.1f}"
    if unit == "rows/s":
        return f"{value:,.0f}"
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def table(results: dict[str, Any]) -> str:
    mach = results["machine"]
    lines = [
        f"Run {results['finished_at']} — {results['children']:,} children "
        f"({', '.join(f'{k} {v:,}' for k, v in results['dataset']['counts'].items())}), "
        f"{results['runs']} runs per measure.",
        "",
        f"Machine: {mach['cpu']}, {mach['cores']} cores, {mach['ram_gb']} GB RAM, Python {mach['python']}, "
        f"SQLite {mach['sqlite']}, {mach['platform']}. Load average at the end of the run: "
        f"{', '.join(str(x) for x in results['load_average_at_end'])} (other work on the machine inflates "
        "wall-clock times; the CPU column is this process's CPU time, which it does not).",
        *(
            f"Measured again {u['finished_at']} (`--only {','.join(u['groups'])} --update`): those groups' rows."
            for u in results.get("updates", [])
        ),
        "",
        "| measure | median | min | max | CPU median | unit | target | limit (same run) | ratio | met | met on CPU |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for m in results["measures"].values():
        op = "≤" if m["target_kind"] == "max" else "≥"
        target = f"{op} {m['target']:g}" if m["target"] is not None else ""
        if m["status"] != "measured":
            lines.append(f"| {m['label']} | not yet measured | | | | {m['unit']} | {target} | | | {m['note']} | |")
            continue
        if m["ratio_target"] is not None:
            target += f"{'; ' if target else ''}ratio ≥ {m['ratio_target']:g}"
        limit = (
            f"{m['limit']['label']}: {fmt(m['limit']['value'], m['limit']['unit'])} {m['limit']['unit']}"
            if m["limit"]
            else ""
        )
        met = {True: "yes", False: "**no**", None: "—"}[m["met"]]
        ratio = m["ratio"] if m["ratio"] is not None else ""
        met_cpu = {True: "yes", False: "no", None: ""}[m.get("met_on_cpu")]
        lines.append(
            f"| {m['label']} | {fmt(m['median'], m['unit'])} | {fmt(m['min'], m['unit'])} | {fmt(m['max'], m['unit'])} "
            f"| {fmt(m['cpu_median'], m['unit'])} | {m['unit']} | {target} | {limit} | {ratio} | {met} | {met_cpu} |"
        )
    notes = [
        f"- {m['label']}: {m['note']}" for m in results["measures"].values() if m["note"] and m["status"] == "measured"
    ]
    if notes:
        lines += ["", "Notes:", "", *notes]
    return "\n".join(lines)


def write_doc(results: dict[str, Any], mode: str) -> None:
    start, end = f"<!-- results:{mode} -->", f"<!-- /results:{mode} -->"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"# Benchmarks\n\n{start}\n{end}\n"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    DOC.write_text(f"{head}{start}\n{table(results)}\n{end}{tail}", encoding="utf-8")
