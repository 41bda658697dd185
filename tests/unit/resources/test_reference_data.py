"""Checks on the reference data bundled in resources/reference/ and the fonts.

The CSVs are loaded into every new database, so a broken row here breaks every
office. These tests read them with the csv module only (no app code) and check
structure, uniqueness, links between rows, required codes and scripts.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from cl_desktop.resources import resource_path

REFERENCE = resource_path("reference")

LOCATIONS_HEADER = [
    "code",
    "level",
    "parent_code",
    "name_en",
    "name_km",
    "name_ru",
    "abbrev",
]
LISTS_HEADER = [
    "list",
    "code",
    "label_en",
    "label_km",
    "label_ru",
    "sort",
    "attributes",
]
ORGANISATIONS_HEADER = ["code", "name", "acronym", "organisation_type", "country_code"]

COUNTRIES = {"KH", "KZ", "KG", "TJ", "UZ"}
PROJECT_PROVINCES = {
    "KH-18": "Preah Sihanouk",
    "KH-7": "Kampot",
    "KH-23": "Kep",
    "KH-12": "Phnom Penh",
    "KH-3": "Kampong Cham",
    "KH-17": "Siem Reap",
    "KH-1": "Banteay Meanchey",
    "KH-9": "Koh Kong",
    "KH-8": "Kandal",
    "KH-20": "Svay Rieng",
    "KH-10": "Kratie",
    "KH-16": "Ratanakiri",
    "KH-6": "Kampong Thom",
    "KH-4": "Kampong Chhnang",
    "KH-2": "Battambang",
}
REQUIRED_ABBREVS = {
    "KH-12": "PNP",
    "KH-17": "SRP",
    "KH-2": "BTB",
    "KH-7": "KPT",
    "KH-18": "SHV",
    "KH-23": "KEP",
    "KH-3": "KCM",
    "KH-1": "BMC",
    "KH-9": "KKG",
    "KH-8": "KDL",
    "KH-20": "SVR",
    "KH-10": "KRT",
    "KH-16": "RTK",
    "KH-6": "KTM",
    "KH-4": "KCH",
}
CENTRAL_ASIA_DIVISIONS = {
    "KZ": {
        "KZ-10",
        "KZ-11",
        "KZ-15",
        "KZ-19",
        "KZ-23",
        "KZ-27",
        "KZ-31",
        "KZ-33",
        "KZ-35",
        "KZ-39",
        "KZ-43",
        "KZ-47",
        "KZ-55",
        "KZ-59",
        "KZ-61",
        "KZ-62",
        "KZ-63",
        "KZ-71",
        "KZ-75",
        "KZ-79",
    },
    "KG": {"KG-B", "KG-C", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y", "KG-GB", "KG-GO"},
    "TJ": {"TJ-DU", "TJ-GB", "TJ-KT", "TJ-RA", "TJ-SU"},
    "UZ": {
        "UZ-AN",
        "UZ-BU",
        "UZ-FA",
        "UZ-JI",
        "UZ-NG",
        "UZ-NW",
        "UZ-QA",
        "UZ-QR",
        "UZ-SA",
        "UZ-SI",
        "UZ-SU",
        "UZ-TK",
        "UZ-TO",
        "UZ-XO",
    },
}

# Lists whose code set is fixed by the product brief. A list mapped to a set
# must contain at least those codes; EXACT_LISTS must contain exactly them.
EXACT_LISTS = {
    "service_type": {
        "formal_education",
        "nonformal_education",
        "vocational_training",
        "school_supplies",
        "scholarship",
        "cash_transfer",
        "health",
        "counselling",
        "shelter",
        "livelihood",
        "referral",
    },
    "school_status": {
        "attending_regularly",
        "attending_irregularly",
        "dropped_out",
        "never_enrolled",
    },
    "sector": {
        "brick_making",
        "salt_production",
        "fishing",
        "fish_processing",
        "domestic_work",
        "portering",
        "rubber_plantation",
        "agriculture",
        "cotton",
        "tobacco",
        "scavenging",
        "street_vending",
        "construction",
        "tourism",
        "restaurants",
        "garments",
        "mining",
        "transport",
        "commercial_sexual_exploitation",
        "trafficking",
        "urban_informal",
        "other",
    },
    "livelihood_kind": {"economic_strengthening", "adult_employment", "other"},
    "organisation_type": {
        "government",
        "labour_inspectorate",
        "social_welfare",
        "school",
        "health_centre",
        "vocational_centre",
        "ngo_shelter",
        "police_anti_trafficking",
        "employers_organisation",
        "workers_organisation",
        "ngo",
        "un_agency",
        "donor",
        "research_institute",
        "other",
    },
    "organisation_role": {
        "grantee",
        "implementing_partner",
        "steering_committee",
        "donor",
    },
    "strategy": {"withdrawal", "prevention", "working_conditions"},
    "programme_status": {"planned", "active", "completed", "suspended"},
    "activity_kind": {
        "training",
        "awareness",
        "study",
        "policy_output",
        "networking",
        "monitoring_system",
        "other",
    },
    "narrative_section": {
        "background",
        "action",
        "achievements",
        "sustainability",
        "lessons_learned",
        "necessary_conditions",
        "challenges",
    },
    "relation": {"mother", "father", "grandparent", "sibling", "relative", "other"},
    "poverty_marker": {
        "below_poverty_line",
        "landless",
        "female_headed",
        "debt",
        "disability",
        "food_shortage",
        "migrant",
    },
    "work_status": {"hazardous", "child_labour", "at_risk", "not_at_risk"},
    "outcome": {"withdrawn", "prevented", "in_progress"},
}
MINIMUM_LISTS = {
    "risk_factor": {
        "sibling_working",
        "out_of_school",
        "poor_household",
        "migrant_family",
        "orphan",
        "near_worksite",
        "trafficking_risk",
    },
    "hazard": {
        "heavy_loads",
        "dangerous_tools",
        "machinery",
        "chemicals",
        "pesticides",
        "dust_fumes",
        "extreme_heat",
        "underwater",
        "heights",
        "night_work",
        "long_hours",
        "isolation",
        "abuse",
        "sexual_exploitation",
        "debt_bondage",
        "kilns",
    },
}

REQUIRED_ORGANISATIONS = {
    "USDOL",
    "ILO_IPEC",
    "MOLVT",
    "MOEYS",
    "MOWA",
    "MOINF",
    "MOI",
    "MOP",
    "NSCCL",
    "CAMFEBA",
}

KHMER = re.compile("[\u1780-\u17ff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LIST_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
ABBREV = re.compile(r"^[A-Z]{3}$")


def _load(name: str, header: list[str]) -> list[dict[str, str]]:
    path = REFERENCE / name
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name} must be UTF-8 without a BOM"
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        assert next(reader) == header, f"{name}: unexpected header"
        rows = []
        for line_no, values in enumerate(reader, start=2):
            assert len(values) == len(header), f"{name}:{line_no}: {len(values)} fields"
            assert all(v == v.strip() for v in values), f"{name}:{line_no}: stray whitespace"
            rows.append(dict(zip(header, values, strict=True)))
    assert rows, f"{name} is empty"
    return rows


@pytest.fixture(scope="module")
def locations() -> list[dict[str, str]]:
    return _load("locations.csv", LOCATIONS_HEADER)


@pytest.fixture(scope="module")
def lists() -> list[dict[str, str]]:
    return _load("lists.csv", LISTS_HEADER)


@pytest.fixture(scope="module")
def organisations() -> list[dict[str, str]]:
    return _load("organisations.csv", ORGANISATIONS_HEADER)


def _country_of(row: dict[str, str]) -> str:
    return row["code"] if row["level"] == "country" else row["code"].split("-")[0]


# ---------------------------------------------------------------- locations


def test_location_codes_unique(locations):
    dupes = [c for c, n in Counter(r["code"] for r in locations).items() if n > 1]
    assert not dupes


def test_location_levels_and_parents(locations):
    by_code = {r["code"]: r for r in locations}
    expected_parent_level = {"province": "country", "district": "province"}
    for r in locations:
        assert r["level"] in {"country", "province", "district"}, r
        assert r["name_en"], r
        if r["level"] == "country":
            assert r["parent_code"] == "", r
            continue
        parent = by_code.get(r["parent_code"])
        assert parent is not None, f"{r['code']}: parent {r['parent_code']!r} missing"
        assert parent["level"] == expected_parent_level[r["level"]], r
        assert r["code"].startswith(r["parent_code"] + "-"), r


def test_countries(locations):
    countries = {r["code"] for r in locations if r["level"] == "country"}
    assert countries == COUNTRIES


def test_cambodian_provinces(locations):
    provinces = {r["code"]: r for r in locations if r["level"] == "province" and r["parent_code"] == "KH"}
    assert len(provinces) == 25
    assert set(provinces) == {f"KH-{n}" for n in range(1, 26)}
    for code, name in PROJECT_PROVINCES.items():
        assert provinces[code]["name_en"] == name
    assert provinces["KH-25"]["name_en"] == "Tbong Khmum"
    for code, abbrev in REQUIRED_ABBREVS.items():
        assert provinces[code]["abbrev"] == abbrev, code


def test_central_asian_divisions(locations):
    for country, codes in CENTRAL_ASIA_DIVISIONS.items():
        found = {r["code"] for r in locations if r["level"] == "province" and r["parent_code"] == country}
        assert found == codes, country


def test_abbrevs(locations):
    seen: dict[str, set[str]] = defaultdict(set)
    for r in locations:
        if r["level"] in {"country", "province"}:
            assert ABBREV.match(r["abbrev"]), r
        if r["abbrev"]:
            assert ABBREV.match(r["abbrev"]), r
            country = _country_of(r)
            assert r["abbrev"] not in seen[country], f"{r['abbrev']} repeated in {country}"
            seen[country].add(r["abbrev"])


def test_location_names_by_script(locations):
    for r in locations:
        if r["level"] in {"country", "province"} or r["name_ru"]:
            assert CYRILLIC.search(r["name_ru"]), r
        if _country_of(r) == "KH":
            if r["level"] != "district":
                assert r["name_km"], r
            if r["name_km"]:
                assert KHMER.search(r["name_km"]), r
        else:
            assert r["name_km"] == "", r


def test_districts_cover_project_provinces(locations):
    districts = [r for r in locations if r["level"] == "district"]
    by_province = Counter(r["parent_code"] for r in districts)
    assert set(by_province) == set(PROJECT_PROVINCES)
    for r in districts:
        assert re.match(r"^KH-\d{1,2}-\d{2}$", r["code"]), r
    codes = {r["code"] for r in districts}
    for code in ("KH-12-01", "KH-17-10", "KH-18-01", "KH-23-02", "KH-2-03"):
        assert code in codes


# -------------------------------------------------------------------- lists


def test_list_codes_unique(lists):
    dupes = [k for k, n in Counter((r["list"], r["code"]) for r in lists).items() if n > 1]
    assert not dupes
    for r in lists:
        assert LIST_CODE.match(r["list"]) and LIST_CODE.match(r["code"]), r


def test_required_list_codes(lists):
    codes: dict[str, set[str]] = defaultdict(set)
    for r in lists:
        codes[r["list"]].add(r["code"])
    for name, expected in EXACT_LISTS.items():
        assert codes[name] == expected, name
    for name, expected in MINIMUM_LISTS.items():
        assert expected <= codes[name], name
    assert 15 <= len(codes["hazard"]) <= 20


def test_list_labels(lists):
    for r in lists:
        assert r["label_en"], r
        assert r["label_km"] and KHMER.search(r["label_km"]), r
        assert r["label_ru"] and CYRILLIC.search(r["label_ru"]), r


def test_list_sort_orders(lists):
    per_list: dict[str, list[int]] = defaultdict(list)
    for r in lists:
        per_list[r["list"]].append(int(r["sort"]))
    for name, sorts in per_list.items():
        assert len(sorts) == len(set(sorts)), name


def test_list_attributes(lists):
    attrs = {}
    for r in lists:
        if r["attributes"]:
            value = json.loads(r["attributes"])
            assert isinstance(value, dict), r
        else:
            value = {}
        attrs[(r["list"], r["code"])] = value
    education = {c for (lst, c), a in attrs.items() if lst == "service_type" and a.get("education")}
    assert education == {
        "formal_education",
        "nonformal_education",
        "vocational_training",
        "school_supplies",
        "scholarship",
    }
    household = {c for (lst, c), a in attrs.items() if lst == "service_type" and a.get("household")}
    assert household == {"livelihood"}
    worst = {c for (lst, c), a in attrs.items() if lst == "sector" and a.get("worst_form")}
    assert worst == {"commercial_sexual_exploitation", "trafficking"}


# ------------------------------------------------------------ organisations


def test_organisations(organisations, lists, locations):
    codes = [r["code"] for r in organisations]
    assert len(codes) == len(set(codes))
    assert set(codes) >= REQUIRED_ORGANISATIONS
    org_types = {r["code"] for r in lists if r["list"] == "organisation_type"}
    countries = {r["code"] for r in locations if r["level"] == "country"}
    for r in organisations:
        assert re.match(r"^[A-Z][A-Z0-9_]*$", r["code"]), r
        assert r["name"], r
        assert r["organisation_type"] in org_types, r
        assert r["country_code"] == "" or r["country_code"] in countries, r
    per_country = Counter(r["country_code"] for r in organisations)
    for country in COUNTRIES:
        assert per_country[country] > 0, country


# -------------------------------------------------------------------- fonts


@pytest.mark.parametrize(
    "name",
    [
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansKhmer-Regular.ttf",
        "NotoSansKhmer-Bold.ttf",
    ],
)
def test_bundled_font(name):
    path: Path = resource_path("fonts", name)
    head = path.read_bytes()[:4]
    assert head in {b"\x00\x01\x00\x00", b"true"}, f"{name} is not a TrueType font"


def test_font_licence():
    text = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
