"""Enrolling an office: its keys, its setup file, and the office database made from it.

The setup file is a full return bundle (container format, signed by
headquarters) encrypted to the new office's own X25519 key. The office has no
key yet, so the setup file also carries the office's private keys sealed with
a passphrase (scrypt, then AES-256-GCM). Headquarters prints the passphrase
once; whoever holds the file without the passphrase can read neither keys nor
data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from cl_desktop import __version__
from cl_desktop.errors import RefusedInput
from cl_desktop.figures.current import writing
from cl_desktop.figures.derived import recompute_derived
from cl_desktop.ids import utc_now
from cl_desktop.security.passwords import hash_password, refuse_name_as_password
from cl_desktop.store import open_database, records
from cl_desktop.store.authority import SCOPED_TABLES
from cl_desktop.store.custom_indexes import refresh_custom_indexes
from cl_desktop.store.meta import set_meta
from cl_desktop.store.schema import SYNCED_TABLES
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync import scope as scopes
from cl_desktop.sync import state
from cl_desktop.sync.apply import Applier
from cl_desktop.sync.bulk import BulkLoad, empty_tables
from cl_desktop.sync.container import Manifest, UnknownSigner, open_bundle, read_manifest
from cl_desktop.sync.crypto import KeyPair
from cl_desktop.sync.engine import IMPORT_CACHE_KIB, _history, _write
from cl_desktop.sync.payload import PAYLOAD_VERSION, damaged, decode_lines, row_batch


@dataclass(frozen=True)
class Enrolment:
    code: str
    passphrase: str
    fingerprint: str
    hq_fingerprint: str
    manifest: Manifest


def add_office(
    db: Database,
    *,
    code: str,
    name: str,
    out: str | Path,
    user: str,
    passphrase: str | None = None,
    admin: str | None = None,
    password: str | None = None,
    provinces: list[str] | None = None,
    programmes: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Enrolment:
    """Create the office with new keys and write its setup file; all or nothing (also when ``progress``,
    told the records written, raises to stop).

    With ``provinces`` and/or ``programmes`` (codes) the office holds only the children in them and
    the records it creates; without either, the whole country."""
    if not sync_keys.is_hq(db):
        raise RefusedInput("Only headquarters can add offices.")
    code = code.strip().upper()
    if not code or not code.replace("-", "").isalnum() or len(code) > 32:
        raise RefusedInput("The office code must be letters, digits or dashes, e.g. KH-PNP.")
    if not name.strip():
        raise RefusedInput("The office name is required.")
    if db.execute("SELECT 1 FROM offices WHERE code = ?", [code]).fetchone():
        raise RefusedInput(f"There is already an office {code}.")
    if admin:
        refuse_name_as_password(admin, password or "")
    if admin and db.execute("SELECT 1 FROM users WHERE username = ?", [admin]).fetchone():
        raise RefusedInput(f"There is already a user {admin}.")
    scope = checked_scope(db, provinces, programmes) if provinces or programmes else None
    out = Path(out)
    author = records.Author(user=user, office=sync_keys.own_office(db), source="form")
    hq_keys = sync_keys.ensure_own_keys(db, author)
    office_keys = KeyPair.generate()
    passphrase = passphrase or sync_keys.new_passphrase()
    with db.atomic():
        row = records.insert(
            db,
            "offices",
            {
                "code": code,
                "name": name.strip(),
                "is_hq": 0,
                "signing_key": office_keys.public.signing,
                "encryption_key": office_keys.public.encryption,
                "scope": scope,
            },
            author,
            reason="office enrolled",
        )
        if admin:
            records.insert(
                db,
                "users",
                {
                    "username": admin,
                    "full_name": admin,
                    "role": "coordinator",
                    "office_code": code,
                    "password_hash": hash_password(password or ""),
                },
                author,
            )
        hq = sync_keys.hq_row(db)
        assert hq is not None
        holds = state.received(db)
        manifest, counts = _write(
            db,
            out,
            hq_keys,
            own=sync_keys.own_office(db),
            kind="return",
            target=row,
            full=True,
            progress=progress,
            extra={
                "setup": {
                    "office": code,
                    "name": name.strip(),
                    "hq": str(hq["code"]),
                    "hq_signing": hq_keys.public.signing,
                    "keys": sync_keys.seal_keys(office_keys, passphrase),
                }
            },
        )
        state.update_peer(db, code, holds=holds)
        _history(db, manifest, direction="setup", file_name=out.name, counts=counts, receipt=None, user=user)
    return Enrolment(code, passphrase, office_keys.fingerprint, hq_keys.fingerprint, manifest)


def _codes(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or []:
        for code in str(value).split(","):
            code = code.strip().upper()
            if code and code not in out:
                out.append(code)
    return out


def checked_scope(db: Database, provinces: list[str] | None, programmes: list[str] | None) -> str:
    """The scope as stored on the office row, after checking every code; refuses an unknown one."""
    p, g = _codes(provinces), _codes(programmes)
    if not p and not g:
        raise RefusedInput("Give the office's provinces or action programmes (codes such as KH-12 or AP001).")
    for code in p:
        if not db.execute("SELECT 1 FROM locations WHERE code = ? AND level = 'province'", [code]).fetchone():
            raise RefusedInput(f"There is no province with the code {code}; use province codes such as KH-12.")
    for code in g:
        if not db.execute("SELECT 1 FROM action_programmes WHERE upper(code) = ? AND deleted = 0", [code]).fetchone():
            raise RefusedInput(f"There is no action programme with the code {code}.")
    g = [str(db.execute("SELECT code FROM action_programmes WHERE upper(code) = ?", [c]).fetchone()[0]) for c in g]
    return scopes.Scope(tuple(p), tuple(g), frozenset(), frozenset()).as_json()


def set_scope(
    db: Database, code: str, *, provinces: list[str] | None, programmes: list[str] | None, user: str
) -> dict[str, Any]:
    """Change an office's scope. Records that leave it are removed from the office with its next return
    bundle (the office refuses that bundle while it holds unsent changes to them); records that enter
    it travel whole."""
    if not sync_keys.is_hq(db):
        raise RefusedInput("Only headquarters changes an office's scope.")
    row = sync_keys.office_row(db, code.strip().upper())
    if row is None or row["is_hq"]:
        raise RefusedInput(f"There is no office {code} enrolled here.")
    if row["revoked_at"]:
        raise RefusedInput(f"The office {row['code']} has been revoked; its scope no longer matters.")
    scope = checked_scope(db, provinces, programmes)
    office = str(row["code"])
    parsed = scopes.parse(scope)
    assert parsed is not None
    left = scopes.stranded(db, office, scopes.scope_of(db, office), scopes.make(db, *parsed))
    if left:
        raise RefusedInput(
            f"Nothing was changed: the office {office} registered or received {len(left)} "
            f"{'child' if len(left) == 1 else 'children'} in the places this change takes out of its scope "
            f"({', '.join(left[:3])}{', …' if len(left) > 3 else ''}); transfer them first to an office whose "
            "scope covers them (cl-desktop transfer), or keep their provinces or programmes in the scope."
        )
    author = records.Author(user=user, office=sync_keys.own_office(db), source="form")
    with db.atomic():
        if row["scope"] is None:
            # until now the office held every record headquarters sent it: track them, so that the
            # ones outside the new scope are removed
            for table in SCOPED_TABLES:
                db.execute(
                    "INSERT OR IGNORE INTO sync_scope_rows(office, table_name, row_id, serial, state) "
                    f"SELECT ?, ?, id, 0, 'held' FROM [{table}] WHERE office != ?",
                    [office, table, office],
                )
        return records.update(db, "offices", str(row["id"]), {"scope": scope}, author, reason="office scope")


def setup_info(path: str | Path) -> dict[str, Any]:
    """What a setup file says about itself (readable without the passphrase)."""
    manifest = read_manifest(path)
    setup = manifest.extra.get("setup")
    if manifest.kind != "return" or not isinstance(setup, dict) or "keys" not in setup:
        raise RefusedInput(f"The file {Path(path).name} is a sync bundle, not an office setup file.")
    return {"manifest": manifest, **setup}


def init_from_setup(
    path: str | Path, setup_path: str | Path, passphrase: str, user: str = "system", *, key: bytes | None = None
) -> Database:
    """Create an office database from its setup file; refuses an existing file and leaves none behind.

    ``user`` is who the audit trail and the sync history name for the set-up. With ``key`` the
    database is encrypted from its first byte (``store.cipher``); the caller writes its key file."""
    path = Path(path)
    setup_path = Path(setup_path)
    if path.exists() and path.stat().st_size > 0:
        raise RefusedInput(f"{path} already exists; choose another file name.")
    info = setup_info(setup_path)
    manifest: Manifest = info["manifest"]
    keys = sync_keys.unseal_keys(info["keys"], passphrase)
    if keys.encryption_fingerprint != manifest.recipient_key:
        raise damaged(setup_path.name)
    hq_code, hq_signing = str(info.get("hq", "")), str(info.get("hq_signing", ""))

    def signer(code: str) -> str:
        if code != hq_code:
            raise UnknownSigner(code)
        return hq_signing

    version = manifest.extra.get("payload_version", 1)
    if type(version) is not int or version > PAYLOAD_VERSION:
        raise RefusedInput(
            f"The setup file {setup_path.name} was made by a newer version of CL Desktop (payload {version}); "
            "update CL Desktop to use it."
        )
    manifest, stream = open_bundle(setup_path, recipient_private=keys, trusted_signers=signer)
    code = str(info["office"])
    db = open_database(path, key=key)
    try:
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        with writing(db):
            db.execute("PRAGMA defer_foreign_keys = ON")
            set_meta(db, "office_code", code)
            set_meta(db, "office_name", str(info.get("name", code)))
            set_meta(db, "is_hq", "0")
            set_meta(db, "created_at", utc_now())
            set_meta(db, "created_with", __version__)
            set_meta(db, "setup_from", hq_code)
            sync_keys.store_own_keys(db, keys)
            applier = Applier(
                db,
                hq=False,
                bundle_id=manifest.bundle_id,
                track=False,
                bulk=empty_tables(db, manifest.counts, SYNCED_TABLES),
            )
            bulk = BulkLoad(db, applier.bulk)
            bulk.drop()
            counts: dict[str, int] = {}
            ended = False
            for rec in decode_lines(stream, setup_path.name):
                if rec["k"] == "R":
                    table, cols, rows = row_batch(rec, setup_path.name)
                    counts[table] = counts.get(table, 0) + len(rows)
                    applier.apply_rows(table, cols, rows, manifest.sender)
                elif rec["k"] == "r":
                    counts[rec["t"]] = counts.get(rec["t"], 0) + 1
                    applier.apply_row(str(rec["t"]), rec["r"], manifest.sender)
                elif rec["k"] == "z":
                    ended = True
            if not ended or counts != dict(manifest.counts):
                raise damaged(setup_path.name)
            applier.flush()
            bulk.restore()
            refresh_custom_indexes(db)
            author = records.Author(user=user, office=code, source="setup")
            for table in SYNCED_TABLES:
                if counts.get(table):
                    records.append_bulk_audit(db, author, table, counts[table], origin=hq_code, reason="office setup")
            for origin, seq in dict(manifest.extra.get("received", {})).items():
                if type(seq) is int and origin != code:
                    state.set_received(db, str(origin), seq)
            state.update_peer(db, hq_code, acked_seq=0)
            recompute_derived(db, None, None)
            _history(
                db,
                manifest,
                direction="setup",
                file_name=setup_path.name,
                counts=counts,
                receipt=applier.receipt,
                user=user,
            )
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db


def revoke_office(db: Database, code: str, reason: str, user: str) -> None:
    """Bundles signed by a revoked office are refused from now on; the revocation travels to every office."""
    if not sync_keys.is_hq(db):
        raise RefusedInput("Only headquarters can revoke offices.")
    row = sync_keys.office_row(db, code)
    if row is None or row["is_hq"]:
        raise RefusedInput(f"There is no office {code} enrolled here.")
    if row["revoked_at"]:
        raise RefusedInput(f"The office {code} is already revoked.")
    if not reason.strip():
        raise RefusedInput("Give a reason for revoking the office.")
    author = records.Author(user=user, office=sync_keys.own_office(db), source="form")
    records.update(db, "offices", str(row["id"]), {"revoked_at": utc_now(), "revoked_reason": reason.strip()}, author)


def list_offices(db: Database) -> list[dict[str, Any]]:
    out = []
    for row in db.query("SELECT * FROM offices WHERE deleted = 0 ORDER BY is_hq DESC, code"):
        fp = ""
        if row["signing_key"] and row["encryption_key"]:
            from cl_desktop.sync.crypto import fingerprint

            fp = fingerprint(str(row["signing_key"]), str(row["encryption_key"]))
        peer = state.peer(db, str(row["code"]))
        out.append(
            {
                "code": row["code"],
                "name": row["name"],
                "hq": bool(row["is_hq"]),
                "fingerprint": fp,
                "revoked_at": row["revoked_at"],
                "revoked_reason": row["revoked_reason"],
                "scope": json.loads(row["scope"]) if row.get("scope") else None,
                "received_up_to": state.received_from(db, str(row["code"])),
                "acknowledged": peer["acked_seq"],
            }
        )
    return out
