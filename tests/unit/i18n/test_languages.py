"""Every language chooser lists the same languages, each named in its own script."""

from __future__ import annotations

import re

from cl_desktop.i18n import labels
from cl_desktop.i18n.languages import LANGUAGES, names_with_english, native_names
from cl_desktop.reports.styles import LANGS

SCRIPTS = {
    "en": re.compile("^[A-Za-z]+$"),
    "km": re.compile("^[\u1780-\u17ff]+$"),
    "ru": re.compile("^[\u0400-\u04ff]+$"),
}


def test_each_language_is_named_in_its_own_script() -> None:
    for code, name in native_names():
        assert SCRIPTS[code].match(name), (code, name)


def test_the_longer_names_add_the_english_name_to_the_native_one() -> None:
    assert names_with_english() == [("en", "English"), ("km", "ភាសាខ្មែរ (Khmer)"), ("ru", "Русский (Russian)")]


def test_the_reports_and_their_catalogue_have_the_same_languages() -> None:
    assert tuple(LANGS) == LANGUAGES == tuple(labels.CATALOGUES)
