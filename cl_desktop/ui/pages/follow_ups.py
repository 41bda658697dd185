"""Follow-up visits: is the child still working, and in school?"""

from __future__ import annotations

from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage


class FollowUpsPage(ListPage):
    kind = "follow_ups"
    title = QT_TRANSLATE_NOOP("ListPage", "Follow-ups")
    form_kind = "follow_up"
    write_permission = "followup.write"
    importable = True
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by child's name or case number")
