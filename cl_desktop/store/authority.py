"""Who may create, change and delete the rows of each synced table: one table for the whole program.

Every synced table has a rule here (a test fails for a synced table without one). The sync import
enforces the rules on every arriving change (``cl_desktop.sync.authority``); an office database made
from a setup file refuses local writes to headquarters' tables (``store.records``), so an office
never makes a change that headquarters would refuse.

Who:
- ``hq``: headquarters alone.
- ``owner``: headquarters, or the office that owns the row (``office`` column: the office that
  created it; for accounts ``office_code``).
- ``scope``: headquarters, the owner, or an office whose scope covers the row (shared fields of
  records in an office's scope, merged field by field at headquarters).
"""

from __future__ import annotations

from dataclasses import dataclass

HQ = "hq"
OWNER = "owner"
SCOPE = "scope"


@dataclass(frozen=True)
class Rule:
    create: str
    change: str
    delete: str
    # Who owns a row: the column naming its office.
    owner_column: str = "office"
    # Columns no office may change, even on a row it may otherwise change.
    hq_columns: frozenset[str] = frozenset()
    # Columns only the owning office may change (headquarters included: never).
    owner_only_columns: frozenset[str] = frozenset()
    # For ``hq`` tables: columns an office may still change, and the values it may give them.
    office_may_set: tuple[tuple[str, tuple[object, ...] | None], ...] = ()
    what: str = ""


_HQ = Rule(HQ, HQ, HQ)

RULES: dict[str, Rule] = {
    # headquarters' metadata: the offices (keys and revocations included), reference lists,
    # projects, programmes and the results framework
    "offices": Rule(HQ, HQ, HQ, owner_column="code", what="offices, their keys and revocations"),
    "locations": Rule(HQ, HQ, HQ, what="locations"),
    "reference_items": Rule(HQ, HQ, HQ, what="reference lists"),
    "organisations": Rule(HQ, HQ, HQ, what="organisations"),
    "projects": Rule(HQ, HQ, HQ, what="projects"),
    "project_organisations": Rule(HQ, HQ, HQ, what="projects' partners"),
    "project_locations": Rule(HQ, HQ, HQ, what="projects' areas"),
    # the questions a project adds to its forms: defined, changed and retired at headquarters alone
    "custom_fields": Rule(HQ, HQ, HQ, what="projects' extra fields"),
    "results": Rule(HQ, HQ, HQ, what="the results framework"),
    "indicators": Rule(HQ, HQ, HQ, what="indicators"),
    "indicator_targets": Rule(HQ, HQ, HQ, what="indicator targets"),
    # an office coordinator submits a period; headquarters approves and reopens
    "reporting_periods": Rule(
        HQ,
        HQ,
        HQ,
        office_may_set=(("status", ("submitted",)), ("submitted_at", None), ("submitted_by", None)),
        what="reporting periods",
    ),
    "action_programmes": Rule(HQ, HQ, HQ, what="action programmes"),
    "programme_locations": Rule(HQ, HQ, HQ, what="action programmes' areas"),
    # accounts: headquarters' accounts by headquarters alone, an office's accounts by that office
    # (headquarters may create, deactivate and unlock them, never set their passwords); no office
    # moves an account to another office
    "users": Rule(
        OWNER,
        OWNER,
        OWNER,
        owner_column="office_code",
        hq_columns=frozenset({"office_code"}),
        owner_only_columns=frozenset({"password_hash"}),
        what="accounts",
    ),
    # the records an office owns, shared (edits and deletes, merged at headquarters) with the offices
    # whose scope covers them
    "households": Rule(OWNER, SCOPE, SCOPE, what="households"),
    "children": Rule(OWNER, SCOPE, SCOPE, what="children"),
    "services": Rule(OWNER, SCOPE, SCOPE, what="services"),
    "follow_ups": Rule(OWNER, SCOPE, SCOPE, what="follow-up visits"),
    # an office's own reports of its work
    "activities": Rule(OWNER, OWNER, OWNER, what="activities"),
    "narratives": Rule(OWNER, OWNER, OWNER, what="narratives"),
    # a decision that two children are, or are not, the same child: made where both are held
    "duplicate_decisions": Rule(OWNER, SCOPE, SCOPE, what="duplicate decisions"),
    # headquarters' codes for DHIS2
    "dhis2_mappings": Rule(HQ, HQ, HQ, what="DHIS2 mappings"),
    # the Kobo/ODK submissions an office imported
    "form_submissions": Rule(OWNER, OWNER, OWNER, what="imported form submissions"),
    # a child's former case number, kept when headquarters renumbered a clash
    "case_aliases": Rule(HQ, HQ, HQ, what="former case numbers"),
    # a child handed to another office: written by the office that holds it, confirmed by headquarters
    "transfers": Rule(OWNER, HQ, HQ, what="transfers"),
    # a child sent to an organisation, and each answer: made by an office, answered wherever the
    # child is held (headquarters or an office whose scope covers it), merged like services
    "referrals": Rule(OWNER, SCOPE, SCOPE, what="referrals"),
    "referral_events": Rule(OWNER, SCOPE, SCOPE, what="referral status changes"),
    # workplace visits hold no child's data: every office receives them; the visiting office keeps them
    "monitoring_visits": Rule(OWNER, OWNER, OWNER, what="monitoring visits"),
    # a child a visit identified: the link hangs on the child and goes where the child goes
    "visit_children": Rule(OWNER, SCOPE, SCOPE, what="children identified at monitoring visits"),
}

# Tables with the synced columns that never travel: each stays on the replica that wrote it.
LOCAL_TABLES: dict[str, str] = {
    "form_held": "Kobo/ODK intake submissions held for review at the office that imported them",
}

# Tables an office holds only as far as its scope reaches (children and what hangs on them).
SCOPED_TABLES: tuple[str, ...] = (
    "households",
    "children",
    "case_aliases",
    "services",
    "follow_ups",
    "visit_children",
    "referrals",
    "referral_events",
)

# Tables an enrolled office never writes itself (it receives them from headquarters).
HQ_TABLES = frozenset(t for t, r in RULES.items() if r.create == HQ and not r.office_may_set)


def rule(table: str) -> Rule:
    return RULES[table]
