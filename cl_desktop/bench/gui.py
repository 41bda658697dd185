"""GUI figures on real widgets offscreen, each run a new process (bench/gui_probe.py)."""

from __future__ import annotations

import compileall
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cl_desktop.bench.core import SEARCH_TERMS
from cl_desktop.bench.harness import ROOT, Measure, not_measured

# Time the probe may spend scrolling the children list to its end (a million rows take a few minutes).
SCROLL_BUDGET_S = 600


def measure_gui(path: Path, runs: int) -> list[Measure]:
    """Real widgets offscreen, each run a new process (bench/gui_probe.py; warm OS file cache)."""
    keys = ("cold_start", "children_first_page", "search_keystroke", "gui_memory")
    probe = ROOT / "bench" / "gui_probe.py"
    if importlib.util.find_spec("PySide6") is None or not probe.exists():
        return [not_measured(k, k, "", None, "PySide6 or bench/gui_probe.py missing") for k in keys]
    cold = Measure("cold_start", "Cold start to the first painted main window (GUI)", "s", target=1.5)
    first = Measure("children_first_page", "Children list: first page shown (GUI)", "ms", target=100)
    search = Measure(
        "search_keystroke", "Search keystroke to model reset, after the typing delay (GUI)", "ms", target=50
    )
    memory = Measure("gui_memory", "Memory, GUI with the children list scrolled to the end (GUI)", "MB", target=400)
    terms = json.dumps(SEARCH_TERMS.get(str(path), ["Sok", "KH-", "Dara"]), ensure_ascii=False)
    # An installed application runs from compiled bytecode: compile the package once, so that no probe
    # (started with PYTHONDONTWRITEBYTECODE or not) times the compiler instead of the screens.
    compileall.compile_dir(str(ROOT / "cl_desktop"), quiet=1)
    errors, delays, painted, scrolled = [], set(), [], []
    for run in range(runs):  # the list is scrolled to its end in the first run only (minutes at 1M)
        with tempfile.TemporaryDirectory() as data_dir:
            env = {
                **os.environ,
                "CL_DESKTOP_DATA_DIR": data_dir,
                "QT_QPA_PLATFORM": "offscreen",
                "CL_BENCH_TERMS": terms,
            }
            spawned = time.time()
            proc = subprocess.run(
                [sys.executable, str(probe), str(path), repr(spawned), str(SCROLL_BUDGET_S if run == 0 else 0)],
                env=env,
                capture_output=True,
                text=True,
                timeout=SCROLL_BUDGET_S + 600,
                check=False,
            )
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if not lines:  # the figures count when printed, even if the process crashed on its way out
            errors.append((proc.stderr or proc.stdout).strip().splitlines()[-1:] or [f"exit {proc.returncode}"])
            continue
        r = json.loads(lines[-1])
        if "error" in r:
            errors.append([r["error"]])
        cold.runs.append(r["cold_start_s"])
        if "children_first_page_ms" in r:
            first.runs.append(r["children_first_page_ms"])
        if "children_first_page_cpu_ms" in r:  # the GUI thread's own CPU time, apart from waiting on a busy machine
            first.cpu_runs.append(r["children_first_page_cpu_ms"])
        for s in r.get("search", []):
            search.runs.append(s["after_delay_ms"])
            painted.append(s["keystroke_to_painted_ms"])
        delays.add(r.get("search_delay_ms"))
        if "scroll" in r:
            memory.runs.append(r["scroll"]["peak_rss_mb"])
            scrolled.append(r["scroll"])
    cold.note = "process spawn to the main window's first paint event, through ui.app.run (auto-login)"
    first.note = (
        "show the children page, fill the model's first page and paint the view; CPU: the GUI thread's own time "
        "(the start-up's background check, backup and dashboard run beside it)"
    )
    search.note = (
        f"the search's {', '.join(str(d) for d in delays)} ms wait after the last keystroke ending (its timer "
        f"firing) to the model reset; keystroke to painted rows including that wait: median "
        f"{statistics.median(painted):.0f} ms"
        if painted
        else ""
    )
    if scrolled:
        last = scrolled[-1]
        memory.note = (
            f"peak RSS after scrolling for {last['seconds']:.0f} s: {last['rows_loaded']:,} rows loaded, "
            + ("end reached" if last["reached_end"] else "end not reached within the time budget")
            + (
                f"; {last['ms_per_page_first']} ms per page of 200 over the first 10,000 rows, "
                f"{last['ms_per_page_last']} ms over the last"
                if last.get("ms_per_page_last") is not None
                else ""
            )
            + (f"; {last['pages_held']} pages held in memory" if last.get("pages_held") is not None else "")
        )
    out = [cold, first, search, memory]
    for m in out:
        if not m.runs:
            m.status = "not measured"
            m.note = "; ".join(" ".join(e) for e in errors)[:300]
        elif errors:
            m.note += f" ({len(errors)} failed runs: {' '.join(errors[0])[:200]})"
    return out
