"""Organisations as service providers: contact details, the services they offer, migration 0018."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.domain.validation import Invalid
from cl_desktop.services.context import Context
from cl_desktop.services.directory import Organisations
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.store import open_database
from cl_desktop.store.migrations_providers import NEW_TYPES, m0018_service_providers

FIRST_RELEASE = Path(__file__).resolve().parents[2] / "fixtures" / "schema-0001.sqlite"


def test_a_service_provider_keeps_its_contact_and_services(ctx: Context) -> None:
    orgs = Organisations(ctx)
    made = orgs.create(
        {
            "code": "HC-TAKEO",
            "name": "Takeo health centre",
            "organisation_type": "health_centre",
            "contact_person": "Dr Sok Dara",
            "telephone": "+855 12 345 678",
            "address": "National road 2, Takeo",
            "services_offered": ["health", "counselling"],
        }
    )
    assert json.loads(made["services_offered"]) == ["health", "counselling"]
    assert made["telephone"] == "+855 12 345 678"
    changed = orgs.update(made["id"], {"services_offered": "health", "contact_person": "Ms Chan"})
    assert json.loads(changed["services_offered"]) == ["health"] and changed["contact_person"] == "Ms Chan"
    audit = ctx.db.execute(
        "SELECT changes FROM audit_log WHERE table_name = 'organisations' AND row_id = ? ORDER BY rowid DESC LIMIT 1",
        [made["id"]],
    ).fetchone()[0]
    assert "contact_person" in audit and "Ms Chan" in audit


def test_providers_of_a_service_come_first(ctx: Context) -> None:
    orgs = Organisations(ctx)
    orgs.create(
        {"code": "AAA", "name": "A school", "organisation_type": "school", "services_offered": ["formal_education"]}
    )
    orgs.create(
        {"code": "ZZZ", "name": "Z shelter", "organisation_type": "ngo_shelter", "services_offered": ["shelter"]}
    )
    first = orgs.providers("shelter")[0]
    assert first["code"] == "ZZZ"
    assert orgs.providers("formal_education")[0]["code"] == "AAA"
    assert orgs.find("zzz")["code"] == "ZZZ" and orgs.find("nobody") is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("services_offered", ["teleportation"]), ("telephone", "call me maybe"), ("address", "x" * 501)],
)
def test_bad_provider_details_are_refused_and_nothing_saved(ctx: Context, field: str, value: Any) -> None:
    before = ctx.db.execute("SELECT count(*) FROM organisations").fetchone()[0]
    values = {"code": "BAD", "name": "Bad", "organisation_type": "school", field: value}
    with pytest.raises(Invalid) as caught:
        Organisations(ctx).create(values)
    assert field in caught.value.errors
    assert ctx.db.execute("SELECT count(*) FROM organisations").fetchone()[0] == before


def test_new_databases_and_the_migration_have_the_provider_types(office_db: Any) -> None:
    lists = ReferenceLists(office_db)
    wanted = {code for _, code, *_ in NEW_TYPES}
    assert wanted <= set(lists.codes("organisation_type"))
    office_db.execute("DELETE FROM reference_items WHERE list = 'organisation_type' AND code = 'school'")
    office_db.execute("ALTER TABLE organisations DROP COLUMN services_offered")
    office_db.execute("ALTER TABLE organisations DROP COLUMN address")
    office_db.execute("ALTER TABLE organisations DROP COLUMN telephone")
    office_db.execute("ALTER TABLE organisations DROP COLUMN contact_person")
    m0018_service_providers(office_db)
    assert wanted <= set(lists.codes("organisation_type"))
    assert lists.label("organisation_type", "school", "ru") == "Школа"


def test_a_first_release_database_upgrades_with_empty_provider_details(tmp_path: Path) -> None:
    path = tmp_path / "cl-desktop.sqlite"
    shutil.copyfile(FIRST_RELEASE, path)
    db = open_database(path, create=False)
    try:
        row = db.execute(
            "SELECT count(*), min(contact_person), min(telephone), min(address), min(services_offered) "
            "FROM organisations"
        ).fetchone()
        assert row[0] > 0 and row[1:] == ("", "", "", "[]")
        assert "police_anti_trafficking" in ReferenceLists(db).codes("organisation_type")
    finally:
        db.close()
