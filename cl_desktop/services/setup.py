"""Creating a new office or headquarters database."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from cl_desktop import __version__
from cl_desktop.errors import RefusedInput
from cl_desktop.ids import utc_now
from cl_desktop.security.passwords import hash_password, refuse_name_as_password
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.reference import load_reference_data, location_id
from cl_desktop.store import open_database
from cl_desktop.store.meta import get_meta, set_meta
from cl_desktop.store.records import Author, insert

SYSTEM_USER = "system"


def create_database(
    path: str | Path,
    *,
    office_code: str,
    office_name: str,
    hq: bool,
    province_code: str | None = None,
    admin_username: str | None = None,
    admin_password: str | None = None,
    admin_name: str = "",
    language: str = "en",
    user: str = SYSTEM_USER,
) -> Database:
    """Create and initialise a database; refuses an existing file.

    ``user`` is who the audit trail names for the creation (``cli:`` and the OS account from the
    command line; ``system`` when there is nobody to name yet)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise RefusedInput(f"{path} already exists; choose another file name.")
    office_code = office_code.strip().upper()
    if not office_code or not office_code.replace("-", "").isalnum():
        raise RefusedInput("The office code must be letters, digits or dashes, e.g. KH-PNP.")
    if not office_name.strip():
        raise RefusedInput("The office name is required.")
    if admin_username:
        refuse_name_as_password(admin_username, admin_password or "")
    db = open_database(path)
    try:
        initialise(
            db,
            office_code=office_code,
            office_name=office_name.strip(),
            hq=hq,
            province_code=province_code,
            admin_username=admin_username,
            admin_password=admin_password,
            admin_name=admin_name,
            language=language,
            user=user,
        )
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db


def initialise(
    db: Database,
    *,
    office_code: str,
    office_name: str,
    hq: bool,
    province_code: str | None = None,
    admin_username: str | None = None,
    admin_password: str | None = None,
    admin_name: str = "",
    language: str = "en",
    load_reference: bool = True,
    user: str = SYSTEM_USER,
) -> None:
    author = Author(user=user, office=office_code, source="system")
    with db.atomic():
        set_meta(db, "office_code", office_code)
        set_meta(db, "office_name", office_name)
        set_meta(db, "is_hq", "1" if hq else "0")
        set_meta(db, "created_at", utc_now())
        set_meta(db, "created_with", __version__)
        if load_reference:
            load_reference_data(db, author)
        insert(
            db,
            "offices",
            {
                "code": office_code,
                "name": office_name,
                "is_hq": int(hq),
                "province_id": location_id(province_code) if province_code else None,
            },
            author,
        )
        if admin_username:
            refuse_name_as_password(admin_username, admin_password or "")
            insert(
                db,
                "users",
                {
                    "username": admin_username,
                    "full_name": admin_name or admin_username,
                    "role": Role.ADMIN.value if hq else Role.COORDINATOR.value,
                    "office_code": office_code,
                    "password_hash": hash_password(admin_password or ""),
                    "language": language,
                },
                author,
            )


def office_actor(db: Database, username: str = SYSTEM_USER, role: Role = Role.ADMIN) -> Actor:
    return Actor(username=username, role=role, office=get_meta(db, "office_code", "HQ"))
