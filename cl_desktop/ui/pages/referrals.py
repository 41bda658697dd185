"""Referrals: every child sent to an organisation for a service, its answer, and which are overdue."""

from __future__ import annotations

from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage


class ReferralsPage(ListPage):
    kind = "referrals"
    title = QT_TRANSLATE_NOOP("ListPage", "Referrals")
    form_kind = "referral"
    write_permission = "referral.write"
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by child's name or case number")
    changed_tables = ("referral_events", "organisations")

    def show_overdue(self) -> None:
        """Only the overdue referrals (the dashboard's count opens this)."""
        self.set_filter("referral_overdue", "1")
        self.apply()
