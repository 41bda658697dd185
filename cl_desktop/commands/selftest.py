"""self-test: prove an installation works end to end, in a throw-away folder.

An office installs from a USB stick with nobody to call; the frozen build in CI
runs the same command. It exercises what a broken installation breaks first:
bundled resources (fonts, reference data, demo data), the SQLite build, PDF
rendering with Khmer shaping, the cryptography backend and, where a display
or the offscreen plugin exists, Qt. The user's own data folder is never
touched: ``CL_DESKTOP_DATA_DIR`` points into the temporary folder while the
test runs.

Steps call the public command line where an area provides a command (reports,
sync), so the test follows those contracts; where a command has not landed
yet, a smaller step on the toolkit underneath runs instead and says so.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cl_desktop import APP_NAME, __version__
from cl_desktop.errors import KnownError
from cl_desktop.paths import DATA_DIR_ENV

BUNDLE_SUFFIX = ".clbundle"


class Skipped(Exception):
    """A step that cannot run in this build (say why)."""


class Failed(Exception):
    """A step that ran and found a problem (say what)."""


@dataclass
class StepResult:
    name: str
    status: str  # "ok", "skipped" or "failed"
    detail: str
    seconds: float


@dataclass
class SelfTest:
    """State shared by the steps: the folder, the demo database and what each step made."""

    folder: Path
    demo: Path = field(init=False)
    made: dict[str, Path] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.demo = self.folder / "demo.sqlite"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "self-test",
        help="check this installation: demo data, a report, a sync bundle (in a temporary folder)",
    )
    p.add_argument("--keep", metavar="DIR", help="work in DIR (must not exist) and keep what the test made")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    if args.keep:
        folder = Path(args.keep)
        if folder.exists():
            raise KnownError(f"{folder} already exists; --keep needs a new folder.")
        folder.mkdir(parents=True)
        results = run_self_test(folder, progress=None if args.json else _print_step)
    else:
        with tempfile.TemporaryDirectory(prefix="cl-desktop-self-test-") as tmp:
            results = run_self_test(Path(tmp), progress=None if args.json else _print_step)
    failed = [r for r in results if r.status == "failed"]
    skipped = [r for r in results if r.status == "skipped"]
    if args.json:
        print(json.dumps({"version": __version__, "passed": not failed, "steps": [asdict(r) for r in results]}))
    else:
        verdict = "FAILED" if failed else "passed"
        print(
            f"{APP_NAME} {__version__} self-test {verdict}: {len(results) - len(failed) - len(skipped)} ok, "
            f"{len(skipped)} skipped, {len(failed)} failed."
        )
    if failed:
        print(f"cl-desktop: self-test failed: {', '.join(r.name for r in failed)}.", file=sys.stderr)
        return 1
    return 0


def _print_step(result: StepResult) -> None:
    label = {"ok": "ok", "skipped": "skipped", "failed": "FAILED"}[result.status]
    print(f"{label:<8} {result.name:<10} {result.detail} ({result.seconds:.1f} s)", flush=True)


def run_self_test(folder: Path, progress: Callable[[StepResult], None] | None = None) -> list[StepResult]:
    """Run every step in ``folder``; a failed step does not stop the ones that do not need it."""
    state = SelfTest(folder)
    results: list[StepResult] = []
    with _data_dir(folder / "data"):
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                status, detail = "ok", step(state)
            except Skipped as exc:
                status, detail = "skipped", str(exc)
            except (Failed, KnownError) as exc:
                status, detail = "failed", str(exc)
            except Exception as exc:  # a bug or a broken build: report it, run the other steps
                status, detail = "failed", f"unexpected error: {exc!r}"
            result = StepResult(name, status, detail, time.perf_counter() - started)
            results.append(result)
            if progress:
                progress(result)
    return results


@contextlib.contextmanager
def _data_dir(path: Path) -> Iterator[None]:
    """Point the data folder (logs, default database) into the test folder while it runs."""
    old = os.environ.get(DATA_DIR_ENV)
    os.environ[DATA_DIR_ENV] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = old


# --- Steps ------------------------------------------------------------------------


def step_resources(state: SelfTest) -> str:
    from cl_desktop.resources import resource_path, resources_root

    needed = [
        ("fonts", "NotoSans-Regular.ttf"),
        ("fonts", "NotoSans-Bold.ttf"),
        ("fonts", "NotoSansKhmer-Regular.ttf"),
        ("fonts", "NotoSansKhmer-Bold.ttf"),
        ("fonts", "OFL.txt"),
        ("reference", "locations.csv"),
        ("reference", "lists.csv"),
        ("reference", "organisations.csv"),
        ("icons", "cl-desktop.png"),
    ]
    missing = ["/".join(parts) for parts in needed if not resource_path(*parts).is_file()]
    demo_data = Path(__file__).resolve().parent.parent / "demo" / "data"
    missing += [f"demo/data/{n}" for n in ("projects.json", "dwcp.json") if not (demo_data / n).is_file()]
    if missing:
        raise Failed(f"missing from {resources_root()}: {', '.join(missing)}")
    return f"fonts, reference data, icons and demo data found under {resources_root()}"


def step_database(state: SelfTest) -> str:
    from cl_desktop.demo import create_demo_database
    from cl_desktop.demo.generator import SEED_RESULTS
    from cl_desktop.services.stats import database_stats
    from cl_desktop.store.records import verify_audit_chain

    db = create_demo_database(state.demo)
    try:
        # The file-level half of `cl-desktop check`; the data-quality findings take seconds and prove nothing here.
        problems = [r[0] for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key from {r[0]}" for r in db.execute("PRAGMA foreign_key_check")]
        problems += verify_audit_chain(db)
        if problems:
            raise Failed("the new demo database fails its checks: " + "; ".join(problems[:3]))
        stats = database_stats(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    by_code = {p["code"]: p for p in stats["projects"]}
    for code, expected in SEED_RESULTS.items():
        got = (by_code.get(code, {}).get("withdrawn"), by_code.get(code, {}).get("prevented"))
        if got != expected:
            raise Failed(f"{code}: withdrawn/prevented {got}, expected {expected}")
    state.made["database"] = state.demo
    return f"demo database with {stats['totals']['children']:,} children; seed results reproduced; checks pass"


def step_report(state: SelfTest) -> str:
    _need(state, "database")
    out = state.folder / "report.pdf"
    kinds = _choices("report")
    kind = next((k for k in ("summary", "tpr", "programme") if k in kinds), None)
    if kind:
        args = ["report", kind, "--db", str(state.demo), "-o", str(out), "--project", "KH-WFCL", "--lang", "km"]
        _run_cli(args)
        what = f"`cl-desktop report {kind}` in Khmer"
    else:
        pages = _toolkit_report(state, out)
        what = f"a {pages}-page Khmer/English table with the PDF toolkit (no `report` command in this build)"
    data = out.read_bytes() if out.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise Failed(f"{out.name} is not a complete PDF")
    if b"NotoSansKhmer" not in data:
        raise Failed(f"{out.name} does not embed the Khmer font")
    state.made["report"] = out
    return f"{what}: {len(data):,} bytes"


def _toolkit_report(state: SelfTest, out: Path) -> int:
    from cl_desktop.reports.layout import PageHeader, build_pdf, data_table
    from cl_desktop.reports.styles import get_styles
    from cl_desktop.reports.text import para
    from cl_desktop.services.stats import database_stats
    from cl_desktop.store import open_database

    db = open_database(state.demo, create=False)
    try:
        stats = database_stats(db)
    finally:
        db.close()
    styles = get_styles("km")
    rows = [[p["code"], p["children"], p["withdrawn"], p["prevented"]] for p in stats["projects"]]
    story = [
        para("ការលុបបំបាត់ពលកម្មកុមារ — Elimination of child labour", styles.heading),
        data_table(["Project", "Children", "Withdrawn", "Prevented"], rows, lang="km"),
    ]
    return build_pdf(out, story, header=PageHeader(title=f"{APP_NAME} self-test"), lang="km")


def step_bundle(state: SelfTest) -> str:
    missing = _sync_cli_missing()
    if not missing:
        return _bundle_through_cli(state)
    detail = _bundle_through_container(state)
    return f"{detail} (sync commands not in this build: {', '.join(missing)})"


def _sync_cli_missing() -> list[str]:
    needed = {
        ("office", "add"): ("--code", "--name", "-o", "--passphrase"),
        ("init",): ("--setup", "--passphrase"),
        ("sync", "export"): ("-o",),
        ("sync", "import"): (),
    }
    missing = []
    for path, options in needed.items():
        parser = _subparser(*path)
        if parser is None:
            missing.append(" ".join(path))
            continue
        known = {s for action in parser._actions for s in action.option_strings}
        missing += [f"{' '.join(path)} {o}" for o in options if o not in known]
    return missing


def _bundle_through_cli(state: SelfTest) -> str:
    """Headquarters sets up an office, the office registers a child and sends it up, twice.

    A small headquarters database of its own keeps this step to seconds (an office set up from
    the whole demo carries its 14,000 children).
    """
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.children import Children
    from cl_desktop.services.context import Context
    from cl_desktop.services.projects import Projects
    from cl_desktop.services.reference import location_id
    from cl_desktop.services.setup import create_database
    from cl_desktop.services.stats import database_stats
    from cl_desktop.store import open_database

    hq_path, office_path = state.folder / "hq.sqlite", state.folder / "office.sqlite"
    setup = state.folder / "KH-ST.setup"
    bundle = state.folder / f"office-KH-ST{BUNDLE_SUFFIX}"
    hq = create_database(hq_path, office_code="HQ", office_name="Self-test headquarters", hq=True)
    try:
        projects = Projects(Context(hq, Actor(username="selftest", role=Role.ADMIN, office="HQ")))
        project = projects.create({"code": "KH-ST", "title": "Self-test project", "start_date": "2009-01-01",
                                   "end_date": "2012-12-31"})  # fmt: skip
        programme = projects.create_programme(
            {"code": "KH-ST-AP1", "project_id": project["id"], "title": "Self-test programme",
             "start_date": "2009-02-01", "end_date": "2012-11-30", "sectors": ["brick_making"],
             "strategy": ["withdrawal"]},
            [location_id("KH-8")],
        )  # fmt: skip
    finally:
        hq.close()
    secret = ["--passphrase", "self-test setup passphrase"]
    _run_cli(["office", "add", "--db", str(hq_path), "--code", "KH-ST", "--name", "Self-test office", "-o",
              str(setup), *secret])  # fmt: skip
    _run_cli(["init", "--db", str(office_path), "--setup", str(setup), *secret])
    office = open_database(office_path, create=False)
    try:
        children = Children(Context(office, Actor(username="selftest", role=Role.COORDINATOR, office="KH-ST")))
        children.register(
            {"name": "សុខ ស្រីមុំ", "name_latin": "Sok Srey Mom", "sex": "F", "project_id": project["id"],
             "programme_id": programme["id"], "location_id": location_id("KH-8"), "intake_date": "2010-01-10",
             "birth_date": "1997-05-01", "guardian_name": "សុខ ចាន់", "guardian_relation": "mother",
             "consent": True, "consent_date": "2010-01-10", "working": True, "sector": "brick_making",
             "hours_per_week": 30, "hazards": [], "school_status": "dropped_out", "risk_factors": []}
        )  # fmt: skip
    finally:
        office.close()
    _run_cli(["sync", "export", "--db", str(office_path), "-o", str(bundle)])
    _run_cli(["sync", "import", "--db", str(hq_path), str(bundle)])
    _run_cli(["sync", "import", "--db", str(hq_path), str(bundle)])  # safe to import twice
    hq = open_database(hq_path, create=False)
    try:
        received = database_stats(hq)["totals"]["children"]
    finally:
        hq.close()
    if received != 1:
        raise Failed(f"headquarters has {received} children after importing the office's one child twice")
    state.made["bundle"] = bundle
    return (
        f"office set up from headquarters; its bundle ({bundle.stat().st_size:,} bytes) "
        "imported twice at headquarters: one child arrived"
    )


def _bundle_through_container(state: SelfTest) -> str:
    import hashlib

    from cl_desktop.store import open_database
    from cl_desktop.sync.container import open_bundle, write_bundle
    from cl_desktop.sync.crypto import KeyPair

    office, hq = KeyPair.generate(), KeyPair.generate()
    db = open_database(state.demo, create=False, migrate=False, read_only=True)
    try:
        lines = [json.dumps(dict(r), ensure_ascii=False).encode() + b"\n" for r in db.query(
            "SELECT id, case_number, name, sex, birth_date, work_status, outcome FROM children LIMIT 2000"
        )]  # fmt: skip
    finally:
        db.close()
    sent = hashlib.sha256(b"".join(lines)).hexdigest()
    bundle = state.folder / f"office-KH-ST{BUNDLE_SUFFIX}"
    manifest = {"kind": "office", "sender": "KH-ST", "recipient": "HQ", "change_range": None,
                "counts": {"children": len(lines)}}  # fmt: skip
    write_bundle(bundle, manifest, iter(lines), office, hq.public.encryption)
    received = hashlib.sha256()
    _, stream = open_bundle(bundle, recipient_private=hq, trusted_signers=lambda _code: office.public.signing)
    for piece in stream:
        received.update(piece)
    if received.hexdigest() != sent:
        raise Failed("the bundle's payload came back different")
    state.made["bundle"] = bundle
    size = bundle.stat().st_size
    return f"signed, encrypted bundle of {len(lines):,} children written ({size:,} bytes) and read back"


def step_encryption(state: SelfTest) -> str:
    """An office database encrypted at rest: SQLCipher is in the build, a password and the recovery key open it."""
    from cl_desktop.services import at_rest
    from cl_desktop.services.setup import create_database
    from cl_desktop.store import cipher, open_database

    path = state.folder / "office-encrypted.sqlite"
    password = "self-test at rest 9"
    create_database(
        path, office_code="ST-OFFICE", office_name="Self-test office", hq=False, admin_username="selftest",
        admin_password=password,
    ).close()  # fmt: skip
    try:
        code = at_rest.encrypt_database(path)
        if b"Self-test office" in path.read_bytes() or b"selftest" in cipher.keys_path(path).read_bytes():
            raise Failed("the encrypted office database still shows its names in its bytes")
        for secret in ("password", "recovery key"):
            cipher.forget(path)
            if secret == "password":
                at_rest.unlock(path, "selftest", password)
            else:
                at_rest.unlock_with_recovery(path, code)
            db = open_database(path, create=False)
            try:
                version = db.execute("PRAGMA cipher_version").fetchone()[0]
                db.execute("SELECT count(*) FROM users").fetchone()
            finally:
                db.close()
    finally:
        cipher.forget(path)
    return f"office database encrypted with SQLCipher {version}; a password and the recovery key open it"


def step_gui(state: SelfTest) -> str:
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display: Qt would abort the process
    try:
        from cl_desktop.ui.about import smoke_check
    except ImportError as exc:
        raise Failed(f"the Qt interface does not load: {exc}") from exc
    return smoke_check()


STEPS: list[tuple[str, Callable[[SelfTest], str]]] = [
    ("resources", step_resources),
    ("database", step_database),
    ("report", step_report),
    ("bundle", step_bundle),
    ("encryption", step_encryption),
    ("gui", step_gui),
]


# --- Helpers ----------------------------------------------------------------------


def _need(state: SelfTest, step: str) -> None:
    if step not in state.made:
        raise Skipped(f"needs the {step} step, which failed")


def _subparser(*path: str) -> argparse.ArgumentParser | None:
    from cl_desktop.cli import build_parser

    parser: argparse.ArgumentParser | None = build_parser()
    for name in path:
        assert parser is not None
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parser = next((s.choices[name] for s in subs if name in s.choices), None)
        if parser is None:
            return None
    return parser


def _choices(*path: str) -> list[str]:
    """The values the first positional argument of a command accepts (e.g. report kinds)."""
    parser = _subparser(*path)
    if parser is None:
        return []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
        if not action.option_strings and action.choices:
            return [str(c) for c in action.choices]
    return []


def _run_cli(args: list[str]) -> None:
    """Run a ``cl-desktop`` command in this process; its output is kept for the failure message."""
    from cl_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    if code != 0:
        message = (err.getvalue().strip() or out.getvalue().strip()).splitlines()
        raise Failed(f"`cl-desktop {' '.join(args[:2])}` exited {code}: {message[-1] if message else 'no message'}")
