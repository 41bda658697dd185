"""Settings → Users shows roles and languages as labels in the user's language, not as codes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cl_desktop.ui import i18n


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def shown(page: Any, key: str) -> set[str]:
    users = page.users
    column = users.model.column_index(key)
    assert not users.view.isColumnHidden(column)
    return {users.model.index(r, column).data() for r in range(users.model.rowCount())}


@pytest.mark.parametrize(
    ("lang", "role", "english"),
    [
        ("en", "Headquarters administrator", "English"),
        ("ru", "Администратор национального офиса", "Английский"),
        ("km", "អ្នកគ្រប់គ្រងប្រព័ន្ធនៃការិយាល័យកណ្តាល", "អង់គ្លេស"),
    ],
)
def test_users_list_shows_role_and_language_labels(
    window: Any, click_page: Any, language: Any, lang: str, role: str, english: str
) -> None:
    language(lang)
    page = click_page("settings")
    assert page.tabs.currentWidget() is page.users
    roles, languages = shown(page, "role"), shown(page, "language")
    assert role in roles and english in languages
    assert not roles & {"admin", "coordinator", "clerk"} and not languages & {"en", "km", "ru"}
