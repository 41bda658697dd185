"""The cached national data set and the bare-insert limit it is compared with."""

from __future__ import annotations

import hashlib
import json
import resource
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import BULK_TABLES, CACHE


# -- data set ----------------------------------------------------------------
def schema_tag() -> str:
    from cl_desktop.store.schema import known_migration_names

    return hashlib.sha256("|".join(known_migration_names()).encode()).hexdigest()[:8]


def dataset(children: int, seed: int, fresh: bool) -> tuple[Path, dict[str, Any]]:
    """The cached data set, generated (and its generation measured) when missing."""
    from cl_desktop.demo import DemoSpec, create_demo_database

    CACHE.mkdir(parents=True, exist_ok=True)
    tag = schema_tag()
    path = CACHE / f"demo-s{seed}-n{children}.sqlite"
    meta_path = path.with_suffix(".json")
    if not fresh:
        for old_meta in sorted(CACHE.glob(f"demo-s{seed}-n{children}-*.json")):  # named by schema before
            old_db = old_meta.with_suffix(".sqlite")
            if old_db.exists():
                for suffix in ("", "-wal", "-shm"):
                    if Path(str(old_db) + suffix).exists():
                        Path(str(old_db) + suffix).rename(str(path) + suffix)
                meta = json.loads(old_meta.read_text())
                meta.setdefault("schema", old_meta.stem.rsplit("-", 1)[-1])
                meta_path.write_text(json.dumps(meta, indent=2))
                old_meta.unlink()
        if path.exists() and meta_path.exists():
            meta = json.loads(meta_path.read_text())
            if meta.get("schema") != tag:
                # Migrations landed since the data set was made: bring it forward rather than spend
                # minutes regenerating; the generation figure stays the one measured then.
                from cl_desktop.store import open_database

                print(f"migrating the cached data set from schema {meta.get('schema')} to {tag} ...", flush=True)
                from cl_desktop.figures.current import writing

                db = open_database(path, create=False)
                with writing(db):  # a migration that set the figures aside: rebuilt as the app's first write does
                    pass
                db.close()
                for backup in (CACHE / "backups").glob(f"{path.stem}-before-migration-*"):
                    backup.unlink()
                meta.setdefault("migrated", []).append({"from": meta.get("schema"), "to": tag})
                meta["schema"] = tag
                meta_path.write_text(json.dumps(meta, indent=2))
            _full_check(path, meta, meta_path)
            return path, meta
    # Exact names: a glob on the stem would also take the 1,000,000 set when regenerating 100,000.
    for old in (path, meta_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        old.unlink(missing_ok=True)
    print(f"generating {children:,} children (seed {seed}) ...", flush=True)
    start = time.perf_counter()
    cpu_start = time.process_time() + _children_cpu()
    last = [0.0]

    def progress(msg: str, frac: float) -> None:
        now = time.perf_counter() - start
        if now - last[0] > 15 or frac >= 0.85:
            print(f"  {now:6.1f} s  {msg}", flush=True)
            last[0] = now

    db = create_demo_database(path, DemoSpec(children=children, seed=seed, sample_office=False), progress)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() + _children_cpu() - cpu_start  # with the forked row builder
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in BULK_TABLES}
    counts["action_programmes"] = db.execute("SELECT count(*) FROM action_programmes").fetchone()[0]
    db.close()
    print(f"  generated in {seconds:.1f} s: {counts}", flush=True)
    bare = bare_insert(path)
    meta = {
        "schema": tag,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "counts": counts,
        "bare_insert": bare,
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    return path, meta


def _full_check(path: Path, meta: dict[str, Any], meta_path: Path) -> None:
    """A data set made or migrated before the review queue was kept gets its full duplicate check once
    (not timed as generation), so the reports measured on it read a queue holding every pair."""
    from cl_desktop.figures.duplicate_queue import check_all, freshness
    from cl_desktop.store import open_database

    db = open_database(path, create=False)
    try:
        if freshness(db)[1] == 0:
            return
        print("checking the cached data set for duplicate children once ...", flush=True)
        start = time.perf_counter()
        check_all(db)
        meta["duplicate_check_seconds"] = round(time.perf_counter() - start, 1)
        meta_path.write_text(json.dumps(meta, indent=2))
    finally:
        db.close()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _chunks(conn: sqlite3.Connection, table: str, size: int = 50_000) -> Iterator[list[tuple[Any, ...]]]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    while True:
        rows = cursor.fetchmany(size)
        if not rows:
            return
        yield rows


def bare_insert(source: Path) -> dict[str, Any]:
    """The physical limit for generation: executemany of the same row tuples into empty tables
    with no index, constraint or trigger, one transaction, the same durability settings (WAL).
    Only the executemany calls and the commit are timed, not reading the rows back."""
    target = source.with_name(source.stem + "-bare.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    total_rows, seconds, cpu = 0, 0.0, 0.0
    try:
        dst.execute("BEGIN")
        for table in BULK_TABLES:
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            dst.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
            sql = f"INSERT INTO {table} VALUES ({', '.join('?' for _ in cols)})"
            for rows in _chunks(src, table):
                start, start_cpu = time.perf_counter(), time.process_time()
                dst.executemany(sql, rows)
                seconds += time.perf_counter() - start
                cpu += time.process_time() - start_cpu
                total_rows += len(rows)
        start, start_cpu = time.perf_counter(), time.process_time()
        dst.execute("COMMIT")
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    finally:
        src.close()
        dst.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    return {
        "rows": total_rows,
        "seconds": seconds,
        "rows_per_s": total_rows / seconds if seconds else None,
        "cpu_seconds": cpu,
        "rows_per_cpu_s": total_rows / cpu if cpu else None,
    }
