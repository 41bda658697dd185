"""Organisations, offices and account details: the directory an administrator keeps.

Creating accounts and resetting passwords live in ``accounts``; here are the
edits the settings forms need, each validated field by field.
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Mapping
from typing import Any

from cl_desktop.domain.validation import Checker, FieldError, Invalid
from cl_desktop.i18n.languages import LANGUAGES
from cl_desktop.security.roles import Role
from cl_desktop.services.context import Context
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.store import records

CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
TELEPHONE_PATTERN = re.compile(r"[0-9+()./ -]{3,40}")

LABELS = {
    "code": "Code",
    "name": "Name",
    "acronym": "Acronym",
    "organisation_type": "Type",
    "country_code": "Country",
    "contact_person": "Contact person",
    "telephone": "Telephone",
    "address": "Address",
    "services_offered": "Services offered",
    "province_id": "Province",
    "full_name": "Full name",
    "role": "Role",
    "office_code": "Office",
    "language": "Language",
    "username": "User name",
}


def _check_code(c: Checker, db: Any, table: str, existing_id: str | None) -> str:
    code = c.text("code", required=True, maximum=40)
    if code and not CODE_PATTERN.fullmatch(code):
        c.fail("code", "choice", choices="letters, digits, dashes")
    elif code:
        row = db.execute(f"SELECT id FROM [{table}] WHERE code = ? AND deleted = 0", [code]).fetchone()
        if row and row[0] != existing_id:
            c.fail("code", "duplicate", value=code)
    return code


class Organisations:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db

    def list(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM organisations WHERE deleted = 0 ORDER BY name"))

    def get(self, organisation_id: str) -> dict[str, Any]:
        return records.get_row(self.db, "organisations", organisation_id)

    def validate(self, values: Mapping[str, Any], existing_id: str | None = None) -> dict[str, Any]:
        c = Checker(values, LABELS)
        _check_code(c, self.db, "organisations", existing_id)
        c.text("name", required=True, maximum=300)
        c.text("acronym", maximum=40)
        c.choice("organisation_type", ReferenceLists(self.db).codes("organisation_type"), required=True)
        c.text("country_code", maximum=2)
        c.text("contact_person", maximum=200)
        phone = c.text("telephone", maximum=40)
        if phone and not TELEPHONE_PATTERN.fullmatch(phone):
            c.fail("telephone", "choice", choices="digits, spaces, + ( ) - . /")
        c.text("address", maximum=500)
        c.codes("services_offered", ReferenceLists(self.db).codes("service_type"))
        return c.finish()

    def providers(self, service_type: str | None = None) -> builtins.list[dict[str, Any]]:
        """The organisations a child can be referred to: those offering ``service_type`` first, then the rest.

        Any organisation of the directory may receive a referral; the ones that list the service among
        the services they offer come first, so the referral form shows them at the top.
        """
        rows = self.list()
        if not service_type:
            return rows

        def offers(row: Mapping[str, Any]) -> bool:
            try:
                return service_type in json.loads(row.get("services_offered") or "[]")
            except ValueError:
                return False

        return sorted(rows, key=lambda r: not offers(r))

    def find(self, ref: str) -> dict[str, Any] | None:
        """An organisation by id or code (a code case-insensitively), or None."""
        key = str(ref or "").strip()
        rows = list(
            self.db.query(
                "SELECT * FROM organisations WHERE (id = ? OR code = ? COLLATE NOCASE) AND deleted = 0 LIMIT 1",
                [key, key],
            )
        )
        return rows[0] if rows else None

    def create(self, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("reference.write")
        return records.insert(self.db, "organisations", self.validate(values), self.ctx.author())

    def update(
        self, organisation_id: str, values: Mapping[str, Any], *, base_version: int | None = None
    ) -> dict[str, Any]:
        self.ctx.require("reference.write")
        existing = self.get(organisation_id)
        clean = self.validate({**existing, **values}, organisation_id)
        changes = {k: v for k, v in clean.items() if k in values}
        return records.update(
            self.db, "organisations", organisation_id, changes, self.ctx.author(), base_version=base_version
        )


class Offices:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db

    def list(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM offices WHERE deleted = 0 ORDER BY code"))

    def get(self, office_id: str) -> dict[str, Any]:
        return records.get_row(self.db, "offices", office_id)

    def validate(self, values: Mapping[str, Any], existing_id: str | None = None) -> dict[str, Any]:
        c = Checker(values, LABELS)
        code = _check_code(c, self.db, "offices", existing_id)
        c.clean["code"] = code.upper()
        c.text("name", required=True, maximum=200)
        province = c.text("province_id")
        if (
            province
            and not self.db.execute(
                "SELECT 1 FROM locations WHERE id = ? AND level = 'province'", [province]
            ).fetchone()
        ):
            c.fail("province_id", "not_found", value=province)
        c.boolean("is_hq")
        clean = c.finish()
        clean["province_id"] = clean.get("province_id") or None
        return clean

    def create(self, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("office.manage")
        return records.insert(self.db, "offices", self.validate(values), self.ctx.author())

    def update(self, office_id: str, values: Mapping[str, Any], *, base_version: int | None = None) -> dict[str, Any]:
        self.ctx.require("office.manage")
        existing = self.get(office_id)
        clean = self.validate({**existing, **values}, office_id)
        changes = {k: v for k, v in clean.items() if k in values and k != "code"}
        return records.update(self.db, "offices", office_id, changes, self.ctx.author(), base_version=base_version)


def office_codes(ctx: Context) -> list[str]:
    return [r[0] for r in ctx.db.execute("SELECT code FROM offices WHERE deleted = 0 ORDER BY code")]


def validate_account(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    """The account fields a form edits (not the password), each error beside its field."""
    c = Checker(values, LABELS)
    c.text("full_name", required=True, maximum=200)
    c.choice("role", [r.value for r in Role], required=True)
    c.choice("office_code", office_codes(ctx), required=True)
    c.choice("language", LANGUAGES, default="en")
    return c.finish()


def update_account(
    ctx: Context, user_id: str, values: Mapping[str, Any], *, base_version: int | None = None
) -> dict[str, Any]:
    """Change a user's name, role, office or language; audited like every change."""
    ctx.require("user.manage")
    existing = records.get_row(ctx.db, "users", user_id)
    clean = validate_account(ctx, {**existing, **values})
    if existing["username"] == ctx.actor.username and clean["role"] != existing["role"]:
        raise Invalid([FieldError("role", "choice", {"choices": existing["role"]})], LABELS)
    changes = {k: v for k, v in clean.items() if k in values}
    row = records.update(ctx.db, "users", user_id, changes, ctx.author(), base_version=base_version)
    return {k: v for k, v in row.items() if k != "password_hash"}
