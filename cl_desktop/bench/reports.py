"""The PDF reports through the command line, beside reportlab drawing the same rows alone."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed


def measure_reports(path: Path, runs: int) -> list[Measure]:
    """The PDF reports through the command line, each run a new process."""
    from cl_desktop.store import open_database

    tpr = Measure("tpr_pdf", "Technical Progress Report PDF, national project (cl-desktop report tpr)", "s", target=5)
    quality = Measure(
        "quality_pdf",
        "Data-quality report PDF, national project (cl-desktop report quality; pairs read, not scanned)",
        "s",
        target=5,
    )
    reg = Measure(
        "register_pdf", "Beneficiary register PDF, ~10,000 children (cl-desktop report register)", "s", target=10
    )
    db = open_database(path, create=False)
    register_rows = list(
        db.query(
            "SELECT c.case_number, c.name, c.name_latin, c.sex, c.birth_date, c.intake_date, coalesce(c.outcome, '') "
            "AS outcome FROM children c JOIN projects p ON p.id = c.project_id "
            "WHERE p.code = 'KH-WFCL' AND c.deleted = 0 ORDER BY c.case_number"
        )
    )
    db.close()
    with tempfile.TemporaryDirectory() as tmp:
        for m, cmd in (
            (tpr, ["report", "tpr", "--project", "KH-NAT-SCALE"]),
            (quality, ["report", "quality", "--project", "KH-NAT-SCALE"]),
            (reg, ["report", "register", "--project", "KH-WFCL"]),
        ):
            for i in range(runs):
                out = Path(tmp) / f"{m.key}-{i}.pdf"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                proc = subprocess.run(
                    [sys.executable, "-m", "cl_desktop", *cmd, "--db", str(path), "-o", str(out)],
                    capture_output=True,
                    text=True,
                    timeout=1800,
                    check=False,
                )
                seconds = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if proc.returncode != 0 or not out.exists():
                    m.status = "not measured"
                    m.note = (
                        (proc.stderr or proc.stdout).strip().splitlines()[-1:][0][:300]
                        if (proc.stderr or proc.stdout)
                        else ""
                    )
                    break
                m.runs.append(seconds)
                m.cpu_runs.append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
                m.note = f"{out.stat().st_size / 1e6:.1f} MB PDF, a new process each run (start-up included)"
                if m is not reg:
                    m.note += "; the suspected duplicate pairs are read from the review queue (the scan is its own row)"
        if reg.runs:
            bare = timed(lambda: bare_register(register_rows, Path(tmp) / "bare.pdf"), runs)
            reg.limit = {
                "label": "reportlab alone, same rows as a plain table",
                "value": statistics.median(bare),
                "unit": "s",
            }
            reg.ratio = statistics.median(reg.runs) / statistics.median(bare)
            reg.note += f"; {len(register_rows):,} children (project KH-WFCL); ratio = ours / reportlab alone"
    return [tpr, quality, reg]


def bare_register(rows: list[dict[str, Any]], out: Path) -> None:
    """The limit for the register: reportlab drawing the same rows as a plain LongTable, Helvetica, no shaping."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    data = [list(rows[0].keys())] + [[str(v or "") for v in r.values()] for r in rows]
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4))
    widths = [doc.width / len(data[0])] * len(data[0])  # fixed widths: no measuring of every cell
    doc.build([LongTable(data, colWidths=widths, repeatRows=1)])
