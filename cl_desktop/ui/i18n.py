"""Load the interface translations (Qt's own and ours) for the chosen language.

The ``.ts`` sources live in ``resources/translations/``; ``make translations``
compiles them to ``.qm`` with pyside6-lrelease (never edited by hand).
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cl_desktop.i18n import formats
from cl_desktop.i18n.languages import LANGUAGES
from cl_desktop.resources import resource_path

if TYPE_CHECKING:
    from cl_desktop.reports.styles import Lang

log = logging.getLogger("cl_desktop.ui.i18n")

LOCALES = {"en": "en_GB", "km": "km_KH", "ru": "ru_RU"}

_installed: list[QTranslator] = []
# What numbers and dates follow: the installed language and, in Khmer, the digits the user prefers.
_format = {"lang": "en", "khmer_digits": False}


def current() -> Lang:
    """'km', 'ru' or 'en': the interface language in effect (from the default locale ``install`` sets)."""
    language = QLocale().language()
    languages: dict[QLocale.Language, Lang] = {QLocale.Language.Khmer: "km", QLocale.Language.Russian: "ru"}
    return languages.get(language, "en")


def catalogue(lang: str) -> Path:
    return resource_path("translations", f"cl_desktop_{lang}.qm")


def khmer_digits() -> bool:
    """True when numbers and dates are written with Khmer digits (Khmer interface, and the user chose them)."""
    return bool(_format["khmer_digits"]) and _format["lang"] == "km"


def set_khmer_digits(on: bool) -> None:
    _format["khmer_digits"] = bool(on)


def number(value: int | float | Decimal | None, decimals: int | None = None) -> str:
    """A number grouped the way the interface language writes it (5,860 / 5 860 / 5.860), in its digits."""
    return formats.format_number(value, str(_format["lang"]), khmer_digits(), decimals=decimals)


def plural(translated: str, n: int) -> str:
    """A ``tr(text, "", n)`` result with its ``%n`` written as :func:`number` writes it.

    Qt picks the plural form by the language's rule and writes ``%n`` as plain digits; the
    digits are swapped for the interface language's grouping and numerals (5,860 / ៥,៨៦០).
    """
    return translated.replace(str(n), number(n), 1)


def percent(value: float | None, decimals: int = 0) -> str:
    """A percentage already multiplied by 100: 72% / 72 % / ៧២%."""
    return formats.format_percent(value, str(_format["lang"]), khmer_digits(), decimals=decimals)


def as_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or an ISO text ("2008-09-30", "2008-09-30T10:00:00"); else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def is_stored_date(text: str) -> bool:
    """Whether ``text`` is a stored date ("2008-09-30") or time ("2008-09-30T14:05:00.422Z") and nothing else."""
    if len(text) == 10:
        return as_date(text) is not None
    return 16 <= len(text) <= 32 and text[10] in "T " and as_date(text) is not None and text[13] == ":"


def date_text(value: object, *, numeric: bool = True) -> str:
    """A date as the interface language writes it: 30/09/2008, 30.09.2008 (numeric), or 30 September 2008.

    Text that is not a date comes back unchanged.
    """
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return formats.format_date(day, str(_format["lang"]), khmer_digits(), numeric=numeric)


def timestamp_text(value: object) -> str:
    """A stored time ("2008-09-30T14:05:00Z") as its date and hour:minute, in the interface's way."""
    if not isinstance(value, str) or as_date(value) is None:
        return "" if value is None else str(value)
    time = value[11:16] if len(value) >= 16 and value[10] in "T " else ""
    return f"{date_text(value)} {digits_text(time)}".strip()


def digits_text(text: str) -> str:
    """Text holding numbers (a figure, a range) in the digits the user prefers."""
    return formats.to_khmer_digits(text) if khmer_digits() else text


def install(app: QCoreApplication, lang: str, *, khmer_digits: bool | None = None) -> str:
    """Install the translators for ``lang`` (replacing earlier ones); returns the language in effect.

    ``khmer_digits`` (None keeps the earlier choice) writes numbers and dates with Khmer digits
    when the language is Khmer.
    """
    lang = lang if lang in LANGUAGES else "en"
    _format["lang"] = lang
    if khmer_digits is not None:
        set_khmer_digits(khmer_digits)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[lang]))
    from cl_desktop.ui.catalogue import field_error_message
    from cl_desktop.ui.forms.base import set_field_translator

    set_field_translator(None if lang == "en" else field_error_message)
    if lang == "en":
        # English carries only its plural forms ("1 row", "2 rows"): the source texts are the rest.
        translator = QTranslator(app)
        if translator.load(str(catalogue("en"))):
            app.installTranslator(translator)
            _installed.append(translator)
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
