"""The referral slip (one page, consent-aware), the register per organisation and the TPR's referrals section."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake
from pypdf import PdfReader

from cl_desktop.reports import referrals as papers
from cl_desktop.services.children import Children
from cl_desktop.services.directory import Organisations
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.services.referrals import Referrals


@pytest.fixture
def world(office_db: Any) -> dict[str, Any]:
    ctx = ctx_for(office_db)
    project = Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    programme = Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns in Kandal",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [location_id("KH-8")],
    )
    Organisations(ctx).create(
        {
            "code": "SW-KDL",
            "name": "Kandal social welfare office",
            "organisation_type": "social_welfare",
            "contact_person": "Chan Sophea",
            "telephone": "+855 23 555 010",
            "address": "Ta Khmau, Kandal",
            "services_offered": ["counselling"],
        }
    )
    kids = [
        Children(ctx).register(intake(project, programme, location_id("KH-8"), name=name, name_latin=latin))
        for name, latin in (("សុខ ស្រីនិច", "Sok Sreynich"), ("ចាន់ ដារា", "Chan Dara"))
    ]
    referrals = Referrals(ctx)
    made = [
        referrals.create(
            {
                "case_number": child["case_number"],
                "organisation": "SW-KDL",
                "service_type": "counselling",
                "urgency": "normal",
                "reason": "Burns from the kiln; night work. " * (60 if consent == "yes" else 1),
                "consent_to_share": consent,
                "referral_date": "2010-03-03",
            }
        )
        for child, consent in zip(kids, ("yes", "no"), strict=True)
    ]
    referrals.change_status(made[0]["id"], "accepted", on="2010-03-08")
    referrals.change_status(made[0]["id"], "service_provided", on="2010-04-20")
    referrals.change_status(made[1]["id"], "declined", on="2010-03-13")
    return {"ctx": ctx, "project": project, "kids": kids, "made": made}


def text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_slip_is_one_page_and_carries_the_child_only_with_consent(
    world: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    db = world["ctx"].db
    yes, no = world["made"]
    consented, refused = world["kids"]
    papers.build_slip(db, tmp_path / "x.pdf", yes["id"], lang)
    pages, shown = text(tmp_path / "x.pdf")
    assert pages == 1  # a reason of 2,000 characters is cut, the page shrinks, never a second page
    assert consented["case_number"] in shown and "+855 23 555 010" in shown and "Chan Sophea" in shown
    assert "Sok Sreynich" in shown  # (the Khmer name extracts as shaped glyphs, not as text)
    assert "Burns from the kiln" in shown
    papers.build_slip(db, tmp_path / "y.pdf", no["id"], lang)
    pages, shown = text(tmp_path / "y.pdf")
    assert pages == 1
    assert refused["case_number"] in shown
    assert "Chan Dara" not in shown and "ដារា" not in shown and "kiln" not in shown
    assert refused["guardian_name"] not in shown


def test_an_unknown_referral_has_no_slip_and_no_file(world: dict[str, Any], tmp_path: Path) -> None:
    from cl_desktop.errors import NotFound

    with pytest.raises(NotFound):
        papers.build_slip(world["ctx"].db, tmp_path / "z.pdf", "no-such-id", "en")
    assert not (tmp_path / "z.pdf").exists()


def test_the_register_lists_the_organisations_referrals_with_names_only_with_consent(
    world: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "register.pdf"
    papers.build_register(world["ctx"].db, path, "sw-kdl", "en")
    _, shown = text(path)
    consented, refused = world["kids"]
    assert consented["case_number"] in shown and refused["case_number"] in shown
    assert "Declined" in shown and "Service provided" in shown
    assert "Chan Dara" not in shown and "ចាន់ ដារា" not in shown


def test_the_tpr_figures_take_each_referrals_status_at_the_end_of_the_period(world: dict[str, Any]) -> None:
    db, project = world["ctx"].db, world["project"]
    before = papers.tpr_figures(db, project["id"], "2010-03-10")
    counts = before["counts"]["social_welfare"]
    assert (counts["accepted"], counts["declined"], counts["service_provided"]) == (1, 0, 0)
    assert before["answered"] == 1 and before["median_days"] == 5
    after = papers.tpr_figures(db, project["id"], "2010-12-31")
    counts = after["counts"]["social_welfare"]
    assert (counts["accepted"], counts["declined"], counts["service_provided"]) == (0, 1, 1)
    assert after["answered"] == 2 and after["median_days"] == 7.5  # 5 and 10 days
    assert papers.tpr_figures(db, project["id"], "2010-03-01")["counts"] == {}
    # unanswered on 2010-03-20 (expected by 2010-03-17): overdue then
    assert papers.tpr_figures(db, project["id"], "2010-03-20")["overdue"] == 0
    Referrals(world["ctx"]).create(
        {
            "case_number": world["kids"][1]["case_number"],
            "organisation": "SW-KDL",
            "service_type": "counselling",
            "consent_to_share": "no",
            "referral_date": "2010-03-03",
        }
    )
    assert papers.tpr_figures(db, project["id"], "2010-03-20")["overdue"] == 1
