"""Referral papers: the slip handed to the family or the agency, the register per organisation, the TPR section
(referrals, and the workplace monitoring visits that identified children).

The slip is one page. It carries the child's data only when the guardian consented to sharing it;
without consent it names the child by case number alone and leaves out the reason, which may name
the child's situation. The register prints names under the same rule. The TPR section counts the
referrals by organisation type and outcome, with the median days from referral to the answer.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, KeepInFrame, Spacer
from sqlite_utils import Database

from cl_desktop.domain.referrals import DEFAULT_SERVICE_DAYS, Status, is_overdue
from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.figures import indicators
from cl_desktop.i18n.formats import format_number
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, date_text, table_flowables
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import PageHeader, build_pdf, frame_size, key_value_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import fit_text, para

# Statuses that are the organisation's answer (the first such event dates the response).
ANSWERS = (Status.ACCEPTED.value, Status.DECLINED.value)
# The outcome columns of the TPR table, in the flow's order.
OUTCOMES = tuple(s.value for s in Status)


def _one(db: Database, sql: str, args: list[Any]) -> dict[str, Any] | None:
    rows = list(db.query(sql, args))
    return rows[0] if rows else None


def slip_data(db: Database, referral_id: str) -> dict[str, Any]:
    """The referral with its organisation, child and project (NotFound for an unknown or deleted one)."""
    referral = _one(db, "SELECT * FROM referrals WHERE id = ? AND deleted = 0", [referral_id])
    if referral is None:
        raise NotFound(f"There is no referral {referral_id}.")
    organisation = _one(db, "SELECT * FROM organisations WHERE id = ?", [referral["organisation_id"]]) or {}
    child = _one(db, "SELECT * FROM children WHERE id = ?", [referral["child_id"]]) if referral["child_id"] else None
    household = (
        _one(db, "SELECT * FROM households WHERE id = ?", [referral["household_id"]])
        if referral["household_id"]
        else None
    )
    project = (
        _one(db, "SELECT * FROM projects WHERE id = ?", [referral["project_id"]]) if referral["project_id"] else None
    )
    office = _one(db, "SELECT * FROM offices WHERE code = ?", [referral["referring_office"]])
    return {
        "referral": referral,
        "organisation": organisation,
        "child": child,
        "household": household,
        "project": project,
        "office": office,
    }


def _subject(info: dict[str, Any]) -> str:
    child, household = info["child"], info["household"]
    if child is not None:
        return str(child["case_number"])
    return str(household["code"]) if household else ""


def slip_story(db: Database, info: dict[str, Any], lang: Lang) -> Iterator[Flowable]:
    styles = get_styles(lang)
    r, o, child = info["referral"], info["organisation"], info["child"]
    width = frame_size()[0]
    services = data.reference_labels(db, "service_type", lang)
    types = data.reference_labels(db, "organisation_type", lang)
    consent = bool(r["consent_to_share"])
    yield para(label("ref_slip", lang), styles.title)
    yield para(f"{_subject(info)} · {date_text(r['referral_date'], lang)}", styles.subtitle)
    yield para(label("ref_referred_to", lang), styles.heading)
    yield key_value_table(
        [
            (label("ref_organisation", lang), o.get("name", "")),
            (label("ref_organisation_type", lang), types.get(o.get("organisation_type", ""), "")),
            (label("ref_contact_person", lang), o.get("contact_person", "")),
            (label("ref_telephone", lang), o.get("telephone", "")),
            (label("ref_address", lang), [fit_text(o.get("address", ""), styles.kv_value, width * 0.65, 2)]),
        ],
        lang=lang,
    )
    yield para(label("ref_the_referral", lang), styles.heading)
    office = info["office"]
    office_text = f"{office['name']} ({office['code']})" if office else r["referring_office"]
    yield key_value_table(
        [
            (label("ref_service_needed", lang), services.get(r["service_type"], r["service_type"])),
            (label("ref_urgency", lang), label(f"urgency_{r['urgency']}", lang)),
            (label("ref_referral_date", lang), date_text(r["referral_date"], lang)),
            (label("ref_expected_by", lang), date_text(r["expected_date"], lang)),
            (label("ref_referring_office", lang), office_text),
            (label("ref_referred_by", lang), r["referring_user"]),
            (label("ref_referral_id", lang), r["id"]),
        ],
        lang=lang,
    )
    yield para(label("ref_the_child", lang), styles.heading)
    if not consent or child is None:
        pairs: list[tuple[str, Any]] = [(label("case_number", lang), _subject(info))]
        yield key_value_table(pairs, lang=lang)
        if not consent:
            yield para(label("ref_no_consent", lang), styles.small)
    else:
        places = data.location_names(db, [child["location_id"] or ""], lang)
        relations = data.reference_labels(db, "relation", lang)
        yield key_value_table(
            [
                (label("case_number", lang), child["case_number"]),
                (
                    label("name", lang),
                    f"{child['name']} ({child['name_latin']})"
                    if child["name_latin"] and child["name_latin"] != child["name"]
                    else child["name"],
                ),
                (label("sex", lang), label("female" if child["sex"] == "F" else "male", lang)),
                (label("date_of_birth", lang), date_text(child["birth_date"], lang)),
                (label("village", lang), places.get(child["location_id"] or "", "")),
                (
                    label("guardian", lang),
                    f"{child['guardian_name']} ({relations.get(child['guardian_relation'], '')})".replace(" ()", ""),
                ),
                (label("ref_reason", lang), [fit_text(r["reason"] or "—", styles.kv_value, width * 0.65, 4)]),
            ],
            lang=lang,
        )
    yield Spacer(1, 6)
    yield para(label("ref_response", lang), styles.heading)
    answer = key_value_table(
        [
            (label("ref_answer", lang), ""),
            (label("ref_answer_date", lang), ""),
            (label("ref_service_given", lang), ""),
            (label("name_and_title", lang), ""),
            (label("signature", lang), ""),
        ],
        lang=lang,
    )
    answer.setStyle([("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    yield answer
    yield para(label("ref_return", lang), styles.small)


def build_slip(db: Database, path: str | os.PathLike[str], referral_id: str, lang: Lang = "en") -> int:
    """Write the referral slip (one page); returns the page count."""
    info = slip_data(db, referral_id)
    project = info["project"]
    header = PageHeader(
        title=label("ref_slip", lang),
        project=f"{project['code']}" if project else "",
        period=_subject(info),
    )
    # One page whatever the language and the length of the texts: the story shrinks to the frame if it must.
    width, height = frame_size()
    page = KeepInFrame(width, height - 2, list(slip_story(db, info, lang)), mode="shrink")
    return build_pdf(path, [page], header=header, lang=lang)


# -- the register per organisation -------------------------------------------------------------------
def register_table(db: Database, organisation: dict[str, Any], lang: Lang, today: date | None = None) -> ReportTable:
    day = today or date.today()
    services = data.reference_labels(db, "service_type", lang)
    rows = []
    for r in db.query(
        "SELECT r.*, c.case_number, c.name, h.code AS household_code, "
        f"coalesce(p.referral_service_days, {DEFAULT_SERVICE_DAYS}) AS service_days FROM referrals r "
        "LEFT JOIN children c ON c.id = r.child_id LEFT JOIN households h ON h.id = r.household_id "
        "LEFT JOIN projects p ON p.id = r.project_id "
        "WHERE r.organisation_id = ? AND r.deleted = 0 ORDER BY r.referral_date, r.id",
        [organisation["id"]],
    ):
        late = is_overdue(
            r["status"],
            date.fromisoformat(r["expected_date"]),
            date.fromisoformat(r["status_date"]),
            day,
            int(r["service_days"]),
        )
        rows.append(
            (
                date_text(r["referral_date"], lang),
                r["case_number"] or r["household_code"] or "",
                (r["name"] or "") if r["consent_to_share"] else "—",
                services.get(r["service_type"], r["service_type"]),
                label(f"urgency_{r['urgency']}", lang),
                label(f"referral_{r['status']}", lang),
                date_text(r["status_date"], lang),
                label("yes", lang) if late else "",
            )
        )
    return ReportTable(
        label("ref_register", lang),
        (
            label("ref_referral_date", lang),
            label("case_number", lang),
            label("name", lang),
            label("ref_service_needed", lang),
            label("ref_urgency", lang),
            label("ref_status", lang),
            label("ref_status_date", lang),
            label("ref_overdue", lang),
        ),
        rows,
    )


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    """The catalogue's entry (``report referrals``, the Reports page): the register of ``options.organisation``."""
    if not options.organisation:
        raise RefusedInput("Choose the organisation whose referrals register to print.")
    return build_register(db, path, options.organisation, options.lang, on_page=on_page)


def build_register(
    db: Database,
    path: str | os.PathLike[str],
    organisation_code: str,
    lang: Lang = "en",
    *,
    on_page: ProgressCallback | None = None,
) -> int:
    """The referrals made to one organisation, oldest first; returns the page count."""
    organisation = _one(
        db,
        "SELECT * FROM organisations WHERE (code = ? COLLATE NOCASE OR id = ?) AND deleted = 0",
        [organisation_code] * 2,
    )
    if organisation is None:
        raise RefusedInput(f"There is no organisation {organisation_code!r}.")
    styles = get_styles(lang)
    table = register_table(db, organisation, lang)

    def story() -> Iterator[Flowable]:
        yield para(label("ref_register", lang), styles.title)
        yield para(organisation["name"], styles.subtitle)
        contact = " · ".join(x for x in (organisation["contact_person"], organisation["telephone"]) if x)
        if contact:
            yield para(contact, styles.body)
        yield para(label("ref_register_note", lang), styles.small)
        if not table.rows:
            yield para(label("ref_none", lang), styles.body)
            return
        widths = ["11%", "14%", "*", "17%", "9%", "12%", "11%", "8%"]
        # landscape: the widths are shares of the landscape frame (the default is a portrait page's)
        yield from table_flowables(table, lang, widths, heading=False, width=frame_size("landscape")[0])

    header = PageHeader(title=label("ref_register", lang), project=organisation["code"])
    return build_pdf(path, story(), header=header, lang=lang, orientation="landscape", on_page=on_page)


# -- the TPR section ---------------------------------------------------------------------------------------
# The referrals whose recorded status still held on the day (the status changed on or before it): their
# status is the row's own, as the Referrals list and the dashboard read it, counted in SQL. The status of
# the others (changed after the day: an earlier period's report) is read from their dated events.
_HELD = (
    "SELECT o.organisation_type, r.status, CAST(julianday(CASE WHEN r.status = 'referred' THEN NULL ELSE "
    "(SELECT min(e.event_date) FROM referral_events e WHERE e.referral_id = r.id AND e.deleted = 0 "
    "AND e.status IN ('accepted', 'declined') AND e.event_date <= :end) END) - julianday(r.referral_date) "
    "AS INTEGER), count(*), "
    "sum(CASE WHEN r.status IN ('referred', 'no_response') THEN :end > r.expected_date "
    "WHEN r.status = 'accepted' THEN julianday(:end) > julianday(r.status_date) "
    "+ coalesce(p.referral_service_days, :service_days) ELSE 0 END) "
    "FROM referrals r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN projects p ON p.id = r.project_id "
    "WHERE r.project_id = :project AND r.deleted = 0 AND r.referral_date <= :end AND r.status_date <= :end "
    "GROUP BY 1, 2, 3"
)
_CHANGED_SINCE = (
    "SELECT o.organisation_type, r.referral_date, r.expected_date, coalesce(p.referral_service_days, :service_days), "
    "(SELECT e.status || ' ' || e.event_date FROM referral_events e WHERE e.referral_id = r.id "
    "AND e.deleted = 0 AND e.event_date <= :end ORDER BY e.event_date DESC, e.rowid DESC LIMIT 1), "
    "(SELECT min(e.event_date) FROM referral_events e WHERE e.referral_id = r.id AND e.deleted = 0 "
    "AND e.status IN ('accepted', 'declined') AND e.event_date <= :end) "
    "FROM referrals r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN projects p ON p.id = r.project_id "
    "WHERE r.project_id = :project AND r.deleted = 0 AND r.referral_date <= :end AND r.status_date > :end"
)


def tpr_figures(db: Database, project_id: str, until: str | None = None, *, direct: bool = False) -> dict[str, Any]:
    """Referrals of a project made up to ``until``, each with its status on that day: counts by organisation
    type and status, the days from referral to the organisation's first answer (median), and how many were
    overdue on ``until``. From the summary when it is current (``figures.indicator_facts``), else from the
    referrals and their events."""
    end = until or date.today().isoformat()
    counts: dict[str, dict[str, int]] = {}
    answer_days: dict[int, int] = {}  # days to the first answer -> referrals
    overdue = 0
    if not direct and indicators.summary_current(db):
        types = dict(db.execute("SELECT id, organisation_type FROM organisations").fetchall())
        for measure, key, _sex, n in indicators.summary_sums(db, project_id, ("ref", "rod", "rans"), "", None, end):
            if measure == "ref":
                organisation, _, status = key.partition("|")
                if organisation in types:
                    counts.setdefault(types[organisation], dict.fromkeys(OUTCOMES, 0))[status] += n
            elif measure == "rod":
                overdue += n
            else:
                answer_days[int(key)] = answer_days.get(int(key), 0) + n
    else:
        overdue = _direct_figures(db, project_id, end, counts, answer_days)
    answered_count = sum(answer_days.values())
    return {
        "counts": counts,
        "median_days": _median(answer_days, answered_count),
        "answered": answered_count,
        "overdue": overdue,
    }


def _direct_figures(
    db: Database, project_id: str, end: str, counts: dict[str, dict[str, int]], answer_days: dict[int, int]
) -> int:
    """:func:`tpr_figures` from the records: fills ``counts`` and ``answer_days``, returns the overdue count."""
    day = date.fromisoformat(end)
    args = {"end": end, "project": project_id, "service_days": DEFAULT_SERVICE_DAYS}
    overdue = 0
    for kind, status, days, n, late in db.execute(_HELD, args):
        counts.setdefault(kind, dict.fromkeys(OUTCOMES, 0))[status] += n
        overdue += late
        if days is not None:
            answer_days[days] = answer_days.get(days, 0) + n
    for kind, referred, expected, service_days, last, answered in db.execute(_CHANGED_SINCE, args):
        status, _, since = (last or f"referred {referred}").partition(" ")
        counts.setdefault(kind, dict.fromkeys(OUTCOMES, 0))[status] += 1
        if answered:
            days = (date.fromisoformat(answered) - date.fromisoformat(referred)).days
            answer_days[days] = answer_days.get(days, 0) + 1
        if is_overdue(status, date.fromisoformat(expected), date.fromisoformat(since), day, int(service_days)):
            overdue += 1
    return overdue


def _median(counted: dict[int, int], n: int) -> float | int | None:
    """The median of values given as value -> how many times (as ``statistics.median`` of them all)."""
    if not n:
        return None
    ordered = sorted(counted.items())

    def nth(i: int) -> int:
        for value, times in ordered:
            if i < times:
                return value
            i -= times
        raise IndexError(i)

    return nth(n // 2) if n % 2 else (nth(n // 2 - 1) + nth(n // 2)) / 2


def tpr_table(db: Database, figures: dict[str, Any], lang: Lang) -> ReportTable:
    types = data.reference_labels(db, "organisation_type", lang)
    rows: list[tuple[Any, ...]] = []
    totals = dict.fromkeys(OUTCOMES, 0)
    for kind, by_status in sorted(figures["counts"].items(), key=lambda kv: types.get(kv[0], kv[0])):
        rows.append((types.get(kind, kind), *(by_status[s] for s in OUTCOMES), sum(by_status.values())))
        for s in OUTCOMES:
            totals[s] += by_status[s]
    if rows:
        rows.append((label("total", lang), *(totals[s] for s in OUTCOMES), sum(totals.values())))
    return ReportTable(
        label("ref_tpr_by_type", lang),
        (
            label("ref_organisation_type", lang),
            *(label(f"referral_{s}", lang) for s in OUTCOMES),
            label("total", lang),
        ),
        rows,
        total_rows=1 if rows else 0,
    )


def visits_table(db: Database, project_id: str, since: str | None, until: str | None, lang: Lang) -> ReportTable:
    """Workplace monitoring visits of the period by province and sector, with the children they identified.

    A child found at two visits of one province and sector counts once there, and once in the total."""
    start, end = since or "0000-01-01", until or date.today().isoformat()
    sectors = data.reference_labels(db, "sector", lang)
    # one pass over the visits and their children, counted here (a child once per group and once in the
    # total); EXISTS, not a parenthesised join: SQLite materialises that and scans it for every visit
    groups: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    everyone: set[str] = set()
    for province, sector, visit, child in db.execute(
        "SELECT m.province_id, m.sector, m.id, vc.child_id FROM monitoring_visits m "
        "LEFT JOIN visit_children vc ON vc.visit_id = m.id AND vc.deleted = 0 "
        "AND EXISTS (SELECT 1 FROM children c WHERE c.id = vc.child_id AND c.deleted = 0) "
        "WHERE m.project_id = ? AND m.deleted = 0 AND m.visit_date BETWEEN ? AND ?",
        [project_id, start, end],
    ):
        visits, children = groups.setdefault((province or "", sector), (set(), set()))
        visits.add(visit)
        if child:
            children.add(child)
            everyone.add(child)
    provinces = data.location_names(db, [p for p, _ in groups], lang)
    rows: list[tuple[Any, ...]] = sorted(
        (provinces.get(p, ""), sectors.get(sector, sector), len(visits), len(children))
        for (p, sector), (visits, children) in groups.items()
    )
    if rows:
        rows.append((label("total", lang), "", sum(r[2] for r in rows), len(everyone)))
    return ReportTable(
        label("visits_tpr_title", lang),
        (label("province", lang), label("sector", lang), label("visits_count", lang), label("visits_children", lang)),
        rows,
        total_rows=1 if rows else 0,
    )


def tpr_section(
    db: Database, project_id: str, until: str | None, lang: Lang, since: str | None = None
) -> list[Flowable]:
    """The TPR's referrals section: the table, the median days to an answer, the overdue count."""
    styles = get_styles(lang)
    figures = tpr_figures(db, project_id, until)
    out: list[Flowable] = [para(label("ref_tpr_heading", lang), styles.heading)]
    out += table_flowables(
        tpr_table(db, figures, lang), lang, ["*", "9%", "9%", "9%", "9%", "10%", "9%", "9%", "8%"], heading=True
    )
    if figures["median_days"] is None:
        out.append(para(label("ref_tpr_no_answers", lang), styles.body))
    else:
        median = format_number(figures["median_days"], lang, decimals=None if figures["median_days"] % 1 == 0 else 1)
        answered = format_number(figures["answered"], lang)
        out.append(para(label("ref_tpr_median", lang, days=median, answered=answered), styles.body))
    out.append(para(label("ref_tpr_overdue", lang, overdue=format_number(figures["overdue"], lang)), styles.body))
    out += table_flowables(visits_table(db, project_id, since, until, lang), lang, ["*", "30%", "14%", "18%"])
    return out
