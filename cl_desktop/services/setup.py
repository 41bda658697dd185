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
    admin_role: Role | None = None,
) -> Database:
    """Create and initialise a database; refuses an existing file.

    ``user`` is who the audit trail names for the creation (``cli:`` and the OS account from the
    command line; ``system`` when there is nobody to name yet). The first account is an administrator
    at headquarters and a coordinator at an office unless ``admin_role`` says otherwise (the first-start
    wizard makes it the office's administrator, who adds the clerks). A province's country must be the
    one the office code starts with (KH-… in Cambodia).
    """
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
    check_office_province(office_code, province_code)
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
            admin_role=admin_role,
        )
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db


def province_mismatch(office_code: str, province_code: str | None) -> dict[str, dict[str, str]] | None:
    """When the office code starts with one country's code and the province lies in another (KH-BTB with
    Batken, Kyrgyzstan): the ``country`` the code names, the ``province`` and its ``home`` country, as
    rows of the bundled places. Codes that start with no country's code (HQ, PNP) name none."""
    if not province_code:
        return None
    from cl_desktop.services.reference import bundled_locations

    places = {row["code"]: row for row in bundled_locations()}
    province = places.get(province_code)
    if province is None or province["level"] != "province":
        raise RefusedInput(f"There is no province {province_code}.")
    prefix = office_code.strip().upper().split("-")[0]
    country = places.get(prefix)
    if country is None or country["level"] != "country" or prefix == province["parent_code"]:
        return None
    return {"country": country, "province": province, "home": places[province["parent_code"]]}


def check_office_province(office_code: str, province_code: str | None) -> None:
    """Refuse an office code that names another country than its province's."""
    found = province_mismatch(office_code, province_code)
    if found is None:
        return
    country, province, home = found["country"], found["province"], found["home"]
    raise RefusedInput(
        f"The office code {office_code} starts with {country['code']}, the code of {country['name_en']}, but "
        f"{province['name_en']} is in {home['name_en']}: choose a province of {country['name_en']} or a code "
        f"starting with {home['code']}-."
    )


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
    admin_role: Role | None = None,
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
                    "role": (admin_role or (Role.ADMIN if hq else Role.COORDINATOR)).value,
                    "office_code": office_code,
                    "password_hash": hash_password(admin_password or ""),
                    "language": language,
                },
                author,
            )


def office_actor(db: Database, username: str = SYSTEM_USER, role: Role = Role.ADMIN) -> Actor:
    return Actor(username=username, role=role, office=get_meta(db, "office_code", "HQ"))
