"""The aggregate export for DHIS2 (ADX) through the command line, as a national office runs it."""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cl_desktop.bench.harness import Measure

PROJECT = "KH-NAT-SCALE"


def measure_exchange(path: Path, runs: int) -> list[Measure]:
    """``cl-desktop export adx`` of the national project over every reporting period, a new process each run."""
    m = Measure(
        "adx_export",
        f"ADX export for DHIS2, national project, every period (cl-desktop export adx --project {PROJECT})",
        "s",
        target=10,
    )
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            out = Path(tmp) / f"adx-{i}.xml"
            cmd = ["export", "adx", "--db", str(path), "--project", PROJECT, "-o", str(out)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "cl_desktop", *cmd], capture_output=True, text=True, timeout=1800, check=False
            )
            seconds = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode != 0 or not out.exists():
                m.status = "not measured"
                m.note = ((proc.stderr or proc.stdout).strip().splitlines() or [""])[-1][:300]
                break
            m.runs.append(seconds)
            m.cpu_runs.append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
            wrote = proc.stdout.split(" to ")[0].strip()  # "Wrote 2,080 data value(s)"
            m.note = (
                f"{wrote} ({out.stat().st_size / 1e6:.1f} MB); a new process each run (start-up included); "
                "the figures are read from the dashboard summary"
            )
    return [m]
