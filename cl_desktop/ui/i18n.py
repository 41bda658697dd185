"""Load the interface translations (Qt's own and ours) for the chosen language.

The ``.ts`` sources live in ``resources/translations/``; ``make translations``
compiles them to ``.qm`` with pyside6-lrelease (never edited by hand).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cl_desktop.resources import resource_path

log = logging.getLogger("cl_desktop.ui.i18n")

LANGUAGES = ("en", "km", "ru")
LOCALES = {"en": "en_GB", "km": "km_KH", "ru": "ru_RU"}

_installed: list[QTranslator] = []


def current() -> str:
    """'km', 'ru' or 'en': the interface language in effect (from the default locale ``install`` sets)."""
    language = QLocale().language()
    return {QLocale.Language.Khmer: "km", QLocale.Language.Russian: "ru"}.get(language, "en")


def catalogue(lang: str) -> Path:
    return resource_path("translations", f"cl_desktop_{lang}.qm")


def install(app: QCoreApplication, lang: str) -> str:
    """Install the translators for ``lang`` (replacing earlier ones); returns the language in effect."""
    lang = lang if lang in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[lang]))
    from cl_desktop.ui.catalogue import field_error_message
    from cl_desktop.ui.forms.base import set_field_translator

    set_field_translator(None if lang == "en" else field_error_message)
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (Path(qt_dir) / f"qtbase_{lang}.qm", catalogue(lang)):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif path == catalogue(lang):
            log.warning("no compiled translation %s (run `make translations`)", path)
    return lang
