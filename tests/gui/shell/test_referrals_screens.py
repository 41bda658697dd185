"""The Referrals list, the dashboard's overdue count and the child's referral timeline, on the demo database."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from cl_desktop.services.referrals import Referrals
from cl_desktop.ui.forms.referral import ReferralForm


def choose(combo: Any, prefix: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(prefix))
    combo.setCurrentIndex(index)


def test_the_list_filters_by_status_and_overdue_and_exports(
    qtbot: Any, window: Any, click_page: Any, ctx: Any, tmp_path: Path
) -> None:
    page = click_page("referrals")
    total = ctx.db.execute("SELECT count(*) FROM referrals WHERE deleted = 0").fetchone()[0]
    assert page.model.total() == total > 1000
    choose(page.filters["referral_status"], "Declined")
    declined = ctx.db.execute("SELECT count(*) FROM referrals WHERE status = 'declined'").fetchone()[0]
    assert page.model.total() == declined > 0
    status = page.model.column_index("referral_status")
    assert page.model.data(page.model.index(0, status)) == "Declined"
    page.filters["referral_status"].setCurrentIndex(0)
    page.set_filter("referral_overdue", "1")
    overdue = Referrals(ctx).overdue_count()
    assert page.model.total() == overdue > 0
    flag = page.model.column_index("overdue")
    assert all(page.model.data(page.model.index(r, flag)) == "Yes" for r in range(page.model.rowCount()))
    path = tmp_path / "overdue.csv"
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        dialog = page.findChild(QFileDialog, "export_dialog")
        dialog.selectFile(str(path))
        dialog.accept()
    assert signal.args == [str(path), overdue]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == overdue + 1 and "Organisation" in rows[0]


def test_the_dashboard_counts_overdue_referrals_and_opens_them(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    page = click_page("dashboard")
    choose(page.project_combo, "KH-WFCL ")
    project = page.project_combo.currentData()
    expected = Referrals(ctx).overdue_count(project_id=project)
    assert expected > 0
    assert page.referrals_card.value.text() == f"{expected:,}"
    qtbot.mouseClick(page.referrals_card, Qt.MouseButton.LeftButton)
    assert window.current_key() == "referrals"
    referrals = window.current_page()
    assert referrals.filters["referral_overdue"].currentData() == "1"
    assert referrals.model.total() == Referrals(ctx).overdue_count()


def test_the_child_record_shows_the_referral_timeline_and_refers_again(qtbot: Any, ctx: Any) -> None:
    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.record.child_view import ChildRecordView

    row = ctx.db.execute(
        "SELECT child_id, count(*) FROM referrals WHERE child_id IS NOT NULL GROUP BY 1 LIMIT 1"
    ).fetchone()
    bus = DataBus()
    view = ChildRecordView(ctx, bus, row[0])
    qtbot.addWidget(view)
    view.show()
    tab = view.tabs.indexOf(view.referrals_table)
    assert view.referrals_table.rowCount() == row[1]
    assert view.tabs.tabText(tab).startswith("Referrals")
    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReferralForm) and w.isVisible())
    form.fields["service_type"].set_value("health")
    organisations = form.fields["organisation"]
    assert organisations.itemText(1).startswith("★ ")  # a provider of health services comes first
    organisations.setCurrentIndex(1)
    form.fields["consent_to_share"].set_value("yes")
    qtbot.keyClicks(form.fields["reason"], "Cough and burns from the kiln")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    assert view.referrals_table.rowCount() == row[1] + 1
    assert view.tabs.tabText(tab).endswith(f"({row[1] + 1})")
