"""Sync figures: full bundle export, import at headquarters, an incremental bundle, import memory.

The deployment is built the way a real one is, in a temporary folder: a new headquarters database
(``create_database``), the office enrolled there (``Sync.add_office`` writes its setup file) and
the office database made from that setup file (``init_from_setup``). The office then holds the data
set as its own records: the synced tables of the cached data set are copied in (read-only attach,
rows stamped with the office's code, one bulk entry per table in the audit trail, as the demo and
the setup do). The cached data set is never opened for writing.

- export: ``Sync.export(full=True)`` at the office, the bundle a first load or a recovery sends;
- import: that bundle into a copy of the new headquarters database (which knows the office but
  holds none of its rows), run through the command line code in a child process so that its peak
  memory (its own high-water mark) is measured too. The rate is compared
  with a bare ``executemany`` of the same rows into tables without indexes, measured in this run;
- incremental: 1,000 children changed through ``Children.update`` at the office (audited, one
  transaction each, not timed), then the office bundle exported and imported at headquarters.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import ROOT, Measure
from cl_desktop.store.authority import HQ_TABLES

OFFICE = "KH-BENCH"
PASSPHRASE = "BNCH-SYNC-MEAS-URED-ONLY-HERE"
INCREMENTAL = 1_000
# Tables whose rows are the office's own records; the rest (offices, users, reference lists, ...)
# the office already holds from its setup file, and the data set's copies would clash with them.
_OWN_TABLES_SKIP = ("offices", "users")

_IMPORT_RUNNER = r"""
import json, resource, sys, time
from cl_desktop.cli import main
start, cpu = time.perf_counter(), time.process_time()
code = main(["sync", "import", "--db", sys.argv[1], sys.argv[2], "--json"])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
# VmHWM is this program's own peak; ru_maxrss also counts the parent's pages at the fork.
peak = None
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
except OSError:
    pass
if peak is None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "seconds": seconds, "cpu": cpu, "maxrss_kib": peak}), file=sys.stderr)
sys.exit(code)
"""


def measure_sync(path: Path, runs: int) -> list[Measure]:
    work = Path(tempfile.mkdtemp(prefix="cl-bench-sync-", dir=os.environ.get("CL_BENCH_TMP")))
    try:
        return _measure(path, runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measure(path: Path, runs: int, work: Path) -> list[Measure]:
    hq_template, office_db = _deployment(path, work)
    bundle = work / "full.clbundle"

    # -- full export at the office -------------------------------------------------------------
    from cl_desktop.bench.harness import timed
    from cl_desktop.services.sync import Sync

    sync = Sync(_admin(office_db, OFFICE))
    export = Measure("sync_export", "Full sync bundle export (office, --full)", "s", target=60.0)
    manifest: Any = None

    def do_export() -> None:
        nonlocal manifest
        manifest = sync.export(bundle, full=True)

    export.runs = timed(do_export, runs, export.cpu_runs)
    rows = sum(manifest.counts.values())
    size_mb = bundle.stat().st_size / 2**20
    export.note = (
        f"{rows:,} rows ({', '.join(f'{t} {n:,}' for t, n in sorted(manifest.counts.items()) if n > 10_000)}), "
        f"a {size_mb:,.0f} MB bundle; {rows / statistics.median(export.runs):,.0f} rows/s"
    )

    # -- full import at headquarters, in a child process (time and peak memory) ----------------
    bare = _bare_insert(office_db, work)
    imp = Measure("sync_import", "Sync import at headquarters (full bundle)", "rows/s", target=50_000)
    imp.target_kind = "min"
    mem = Measure("import_memory", "Peak memory, import of the full bundle (child process)", "MB", target=300.0)
    hq = work / "hq.sqlite"
    seconds: list[float] = []
    for _ in range(runs):
        _fresh_copy(hq_template, hq)
        result = _import_in_child(hq, bundle)
        seconds.append(result["seconds"])
        imp.runs.append(rows / result["seconds"])
        imp.cpu_runs.append(rows / result["cpu"])
        mem.runs.append(result["maxrss_kib"] / 1024)
    imp.limit = {"label": "bare executemany of the same rows", "value": bare["rows_per_s"], "unit": "rows/s"}
    imp.ratio = statistics.median(imp.runs) / bare["rows_per_s"]
    imp.ratio_target = 1 / 3
    imp.note = (
        f"{rows:,} rows in {statistics.median(seconds):.1f} s (median) = {imp.ratio:.0%} of the bare-insert rate "
        f"({bare['rows_per_s']:,.0f} rows/s, {bare['seconds']:.1f} s); on CPU time "
        f"{statistics.median(imp.cpu_runs):,.0f} rows per CPU second vs the bare insert's "
        f"{bare['rows_per_cpu_s']:,.0f}. Timed inside the child process around the command-line import "
        "(verify, decrypt, apply, derived columns, commit)"
    )
    mem.note = (
        "peak resident set of the importing process (VmHWM; ru_maxrss would also count the benchmark's own "
        "pages at the fork), interpreter start-up included"
    )

    # -- incremental round: 1,000 audited changes at the office, export + import -------------
    inc = Measure("sync_incremental", f"Incremental bundle of {INCREMENTAL:,} changes, export + import", "s")
    inc.target = 1.0
    hq_db = _open(hq)
    hq_sync = Sync(_admin(hq_db, "HQ"))
    receipts: list[str] = []
    parts: list[tuple[float, float]] = []
    try:
        for run in range(runs):
            _change_children(office_db, run)
            small = work / f"incremental-{run}.clbundle"
            start, start_cpu = time.perf_counter(), time.process_time()
            sync.export(small)
            middle = time.perf_counter()
            result = hq_sync.import_bundle(small)
            end = time.perf_counter()
            inc.runs.append(end - start)
            inc.cpu_runs.append(time.process_time() - start_cpu)
            parts.append((middle - start, end - middle))
            r = result.receipt
            if r.updated + r.merged != INCREMENTAL:
                raise RuntimeError(f"the incremental bundle applied {r.updated + r.merged} changes, not {INCREMENTAL}")
            receipts.append(result.sentence())
            # Headquarters' return bundle acknowledges the changes (not timed), so that the next
            # round's office bundle carries only its own 1,000 changes, as in a real exchange.
            back = work / f"return-{run}.clbundle"
            hq_sync.export(back, office=OFFICE)
            sync.import_bundle(back)
    finally:
        hq_db.close()
    med = sorted(parts)[len(parts) // 2]
    inc.note = (
        f"{INCREMENTAL:,} children edited at the office (audited updates); export {med[0]:.2f} s, "
        f"import at headquarters {med[1]:.2f} s (merge per field, trail replay, derived columns)"
    )
    office_db.close()
    return [export, imp, inc, mem, *measure_scoped_office(path, runs, work)]


SCOPED = "KH-ONE"


def measure_scoped_office(dataset: Path, runs: int, work: Path) -> list[Measure]:
    """An office scoped to one province of the data set (the province with most children): its setup
    file and its full return bundle carry only that scope, and its dashboard, search and first page
    run on the small database it gets. Headquarters holds the whole data set as its own records."""
    from cl_desktop.bench.harness import timed
    from cl_desktop.figures import indicators
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery
    from cl_desktop.services.setup import create_database
    from cl_desktop.services.sync import Sync
    from cl_desktop.sync.setup_file import init_from_setup

    hq = create_database(work / "hq-all.sqlite", office_code="HQ", office_name="National Project Office", hq=True)
    _load_dataset(hq, dataset, office="HQ")
    total = hq.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
    code, held = hq.execute(
        "SELECT l.code, count(*) FROM children c JOIN locations l ON l.id = c.province_id WHERE c.deleted = 0 "
        "GROUP BY l.code ORDER BY count(*) DESC, l.code LIMIT 1"
    ).fetchone()
    hq_sync = Sync(_admin(hq, "HQ"))
    setup = work / f"{SCOPED}.setup"
    enrol = Measure("scoped_setup_file", "Setup file of an office scoped to one province", "s", target=60.0)
    start, start_cpu = time.perf_counter(), time.process_time()
    hq_sync.add_office(code=SCOPED, name="One province", out=setup, passphrase=PASSPHRASE, provinces=[code])
    enrol.runs, enrol.cpu_runs = [time.perf_counter() - start], [time.process_time() - start_cpu]
    start = time.perf_counter()
    office = init_from_setup(work / "scoped.sqlite", setup, PASSPHRASE)
    made = time.perf_counter() - start
    got = office.execute("SELECT count(*) FROM children").fetchone()[0]
    if got != held:
        raise RuntimeError(f"the scoped office holds {got} children, not the {held} of {code}")
    enrol.note = (
        f"province {code}: {held:,} of {total:,} children; a {setup.stat().st_size / 2**20:,.1f} MB file "
        f"(written once, one run); the office database made from it in {made:.1f} s"
    )
    ret = Measure("scoped_return_bundle", "Full return bundle to the scoped office (headquarters)", "s", target=60.0)
    bundle = work / "scoped-return.clbundle"
    manifest: Any = None

    def export() -> None:
        nonlocal manifest
        manifest = hq_sync.export(bundle, full=True, office=SCOPED)

    ret.runs = timed(export, runs, ret.cpu_runs)
    children = manifest.counts.get("children", 0)
    if children != held:
        raise RuntimeError(f"the return bundle carries {children} children, not the {held} of {code}")
    ret.note = (
        f"{sum(manifest.counts.values()):,} rows, {children:,} children (of {total:,} at headquarters), "
        f"a {bundle.stat().st_size / 2**20:,.1f} MB bundle"
    )
    hq.close()
    # the office's own screens on what it holds
    projects = list(office.query("SELECT * FROM projects WHERE deleted = 0 ORDER BY code"))
    from cl_desktop.bench.core import current_period

    periods = {p["id"]: current_period(office, p) for p in projects}
    dash = Measure("scoped_dashboard", "Scoped office: dashboard indicators, all projects", "s", target=1.0)
    dash.runs = timed(
        lambda: [indicators.project_indicators(office, p, periods[p["id"]]) for p in projects], runs, dash.cpu_runs
    )
    row = office.execute("SELECT name, name_latin, case_number FROM children ORDER BY rowid DESC LIMIT 1").fetchone()
    terms = [row[0].split()[-1], (row[1] or row[0]).split()[-1], row[2]]
    search = Measure("scoped_search", "Scoped office: search (Khmer, Latin, case number) + count", "ms", target=50)
    search.runs = [
        t * 1000
        for term in terms
        for t in timed(
            lambda term=term: (
                lists.page(office, "children", ListQuery(search=term), 0, 100),
                lists.count(office, "children", ListQuery(search=term), cap=10_000),
            ),
            runs,
            search.cpu_runs,
        )
    ]
    search.cpu_runs = [t * 1000 for t in search.cpu_runs]
    search.note = f"terms {', '.join(repr(t) for t in terms)}"
    first = Measure("scoped_first_page", "Scoped office: children list, first page of 100 (query)", "ms", target=100)
    first.runs = [t * 1000 for t in timed(lambda: lists.page(office, "children", ListQuery(), 0, 100), runs + 2)]
    first.note = f"{got:,} children held"
    office.close()
    from cl_desktop.bench.at_rest import measure_at_rest

    return [enrol, ret, dash, search, first, *measure_at_rest(work / "scoped.sqlite", runs, work)]


# -- the deployment ------------------------------------------------------------------------


def _admin(db: Any, office: str) -> Any:
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context

    return Context(db, Actor(username="bench", role=Role.ADMIN, office=office))


def _open(path: Path) -> Any:
    from cl_desktop.store import open_database

    return open_database(path, create=False)


def _deployment(dataset: Path, work: Path) -> tuple[Path, Any]:
    """A new headquarters with the office enrolled, and the office database holding the data set."""
    from cl_desktop.services.setup import create_database
    from cl_desktop.services.sync import Sync
    from cl_desktop.sync.setup_file import init_from_setup

    hq_path = work / "hq-template.sqlite"
    hq = create_database(hq_path, office_code="HQ", office_name="National Project Office", hq=True)
    # Headquarters owns the metadata (projects, programmes, reference lists): an office's bundle
    # carries none of it, so the new headquarters holds the data set's copy before it enrols the office.
    _load_dataset(hq, dataset, office="HQ", tables=HQ_TABLES | {"reporting_periods"})
    setup = work / f"{OFFICE}.setup"
    Sync(_admin(hq, "HQ")).add_office(code=OFFICE, name="Benchmark office", out=setup, passphrase=PASSPHRASE)
    hq.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hq.close()
    office = init_from_setup(work / "office.sqlite", setup, PASSPHRASE)
    _load_dataset(office, dataset)
    return hq_path, office


def _load_dataset(db: Any, dataset: Path, office: str = OFFICE, tables: Any = None) -> None:
    """The data set's records become ``office``'s own: one INSERT ... SELECT per synced table (or per
    one of ``tables``)."""
    from cl_desktop.store import records
    from cl_desktop.store.schema import SYNCED_TABLES
    from cl_desktop.sync.bulk import BulkLoad

    db.execute("ATTACH DATABASE ? AS ds", [f"file:{dataset}?mode=ro"])
    author = records.Author(user="system", office=office, source="bulk")
    try:
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")
            empty = [t for t in SYNCED_TABLES if db.execute(f"SELECT 1 FROM main.[{t}] LIMIT 1").fetchone() is None]
            bulk = BulkLoad(db, empty)  # indexes built once at the end, as a first load does
            bulk.drop()
            for table in SYNCED_TABLES:
                if table in _OWN_TABLES_SKIP or (tables is not None and table not in tables):
                    continue
                here = [r[1] for r in db.execute(f"PRAGMA main.table_info([{table}])")]
                there = {r[1] for r in db.execute(f"PRAGMA ds.table_info([{table}])")}
                cols = [c for c in here if c in there]
                select = ", ".join("? AS office" if c == "office" else f"[{c}]" for c in cols)
                args = [office] if "office" in cols else []
                cur = db.execute(
                    f"INSERT OR IGNORE INTO main.[{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                    f"SELECT {select} FROM ds.[{table}] ORDER BY rowid",
                    args,
                )
                if cur.rowcount > 0:
                    records.append_bulk_audit(
                        db, author, table, cur.rowcount, origin="data set", reason="records loaded"
                    )
            bulk.restore()
    finally:
        db.execute("DETACH DATABASE ds")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _fresh_copy(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def _import_in_child(hq: Path, bundle: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _IMPORT_RUNNER, str(hq), str(bundle)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"the import failed: {err.decode(errors='replace')[-2000:]}")
    result: dict[str, Any] = json.loads(err.decode().strip().splitlines()[-1])
    receipt = json.loads(out)
    if not receipt or receipt[0]["added"] == 0:
        raise RuntimeError(f"the import added nothing: {receipt}")
    return result


def _change_children(db: Any, run: int) -> None:
    """1,000 children edited at the office through the service, each its own audited transaction."""
    from cl_desktop.services.children import Children

    children = Children(_admin(db, OFFICE))
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM children WHERE deleted = 0 ORDER BY rowid LIMIT ? OFFSET ?",
            [INCREMENTAL, run * INCREMENTAL],
        )
    ]
    for n, child_id in enumerate(ids):
        children.update(child_id, {"notes": f"benchmark change {run}-{n}"})


def _bare_insert(source: Any, work: Path) -> dict[str, Any]:
    """The physical limit: ``executemany`` of the rows the bundle carries (every synced table, the
    columns that travel) into empty tables with no index, constraint or trigger, one transaction,
    WAL with synchronous=FULL like the app. Only executemany and the commit are timed."""
    from cl_desktop.store.schema import SYNCED_TABLES
    from cl_desktop.sync.apply import travelling_columns

    target = work / "bare.sqlite"
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    total, seconds, cpu = 0, 0.0, 0.0
    try:
        dst.execute("BEGIN")
        for table in SYNCED_TABLES:
            cols = travelling_columns(source, table)
            dst.execute(f"CREATE TABLE [{table}] ({', '.join(f'[{c}]' for c in cols)})")
            sql = f"INSERT INTO [{table}] VALUES ({', '.join('?' for _ in cols)})"
            cursor = source.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}] ORDER BY rowid")
            while rows := cursor.fetchmany(50_000):
                start, start_cpu = time.perf_counter(), time.process_time()
                dst.executemany(sql, rows)
                seconds += time.perf_counter() - start
                cpu += time.process_time() - start_cpu
                total += len(rows)
        start, start_cpu = time.perf_counter(), time.process_time()
        dst.execute("COMMIT")
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    finally:
        dst.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    return {"rows": total, "seconds": seconds, "rows_per_s": total / seconds, "rows_per_cpu_s": total / cpu}
