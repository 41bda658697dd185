"""Numbers and dates as each language writes them: digit grouping, Khmer digits, month names.

Shared by the reports (``i18n.labels`` words around them), the CLI and the
interface (``ui/i18n.py`` passes the interface language and digit choice).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

# --- Numbers -----------------------------------------------------------------------

_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
# The digits a build asked for, for the formatters called without ``khmer_digits`` (the reports
# format numbers deep inside tables and charts). Only Khmer text takes Khmer digits.
_PREFER_KHMER_DIGITS: contextvars.ContextVar[bool] = contextvars.ContextVar("prefer_khmer_digits", default=False)


@contextlib.contextmanager
def digits(khmer: bool) -> Iterator[None]:
    """Within the block, Khmer numbers and dates are written with Khmer digits when ``khmer`` is true."""
    token = _PREFER_KHMER_DIGITS.set(bool(khmer))
    try:
        yield
    finally:
        _PREFER_KHMER_DIGITS.reset(token)


def _khmer(lang: str, khmer_digits: bool | None) -> bool:
    if khmer_digits is None:
        return lang == "km" and _PREFER_KHMER_DIGITS.get()
    return khmer_digits


# (group separator, decimal separator). Russian groups with a no-break space so a
# number never wraps; Khmer follows CLDR (1.234,5).
_SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "ru": ("\u00a0", ","),
    "km": (".", ","),
}


def prefers_khmer_digits() -> bool:
    """Whether the build in progress asked for Khmer digits (a Khmer report inside ``digits(True)``)."""
    return _PREFER_KHMER_DIGITS.get()


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def khmer_digits_in_text(text: str) -> str:
    """Khmer digits in every number of a text, but not inside codes ("KH-BMC-000001", "E1", "A3.2").

    Ages, hours, years ("FY ២០០៨"), period codes ("២០១២-០៤") and counts change; a word that
    holds a Latin letter is an identifier and keeps its digits.
    """
    if not any(ch.isdigit() and ch.isascii() for ch in text):
        return text

    def word(m: re.Match[str]) -> str:
        return m.group(0) if _LATIN_LETTER.search(m.group(0)) else to_khmer_digits(m.group(0))

    return re.sub(r"\S+", word, text)


def to_khmer_digits(text: str) -> str:
    """Replace Latin digits with Khmer digits (០-៩)."""
    return text.translate(_KHMER_DIGITS)


def format_number(
    n: int | float | Decimal | None,
    lang: str = "en",
    khmer_digits: bool | None = None,
    *,
    decimals: int | None = None,
) -> str:
    """Group thousands the way readers of ``lang`` expect: 5,860 / 5 860 / 5.860.

    ``decimals=None`` prints integers as integers and others with up to two
    decimals (trailing zeros dropped). None prints as an empty string.
    ``khmer_digits=None`` follows :func:`digits` (Khmer digits for Khmer when asked).
    """
    if n is None:
        return ""
    value = Decimal(repr(n)) if isinstance(n, float) else Decimal(n)
    if not value.is_finite():
        return "–"
    trim = decimals is None
    if decimals is None:
        decimals = 0 if value == value.to_integral_value() else 2
    text = f"{abs(value):,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    negative = value < 0 and any(ch in "123456789" for ch in text)
    group, decimal = _SEPARATORS.get(lang, _SEPARATORS["en"])
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", group)
    if negative:
        text = "-" + text
    return to_khmer_digits(text) if _khmer(lang, khmer_digits) else text


def format_percent(
    value: float | Decimal | None,
    lang: str = "en",
    khmer_digits: bool | None = None,
    *,
    decimals: int = 0,
) -> str:
    """A percentage already multiplied by 100 (72.4 → "72%"; Russian "72 %")."""
    if value is None:
        return ""
    number = format_number(value, lang, khmer_digits, decimals=decimals)
    return f"{number}\u00a0%" if lang == "ru" else f"{number}%"


# --- Dates -------------------------------------------------------------------------

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "km": (
        "មករា",
        "កុម្ភៈ",
        "មីនា",
        "មេសា",
        "ឧសភា",
        "មិថុនា",
        "កក្កដា",
        "សីហា",
        "កញ្ញា",
        "តុលា",
        "វិច្ឆិកា",
        "ធ្នូ",
    ),
    # Genitive: "30 сентября 2008 г."
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}
RU_MONTHS_NOMINATIVE: tuple[str, ...] = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


def format_date(
    date: dt.date | None,
    lang: str = "en",
    khmer_digits: bool | None = None,
    *,
    numeric: bool = False,
    long: bool = False,
) -> str:
    """A date as its readers write it: 30 September 2008 / 30 сентября 2008 г. / 30 កញ្ញា 2008.

    ``numeric`` gives 30/09/2008 (30.09.2008 in Russian) for dense tables; ``long``
    gives the formal Khmer ថ្ងៃទី30 ខែកញ្ញា ឆ្នាំ2008. None prints as "".
    """
    if date is None:
        return ""
    if isinstance(date, dt.datetime):
        date = date.date()
    day, month, year = date.day, date.month, date.year
    if numeric:
        sep = "." if lang == "ru" else "/"
        text = f"{day:02d}{sep}{month:02d}{sep}{year:04d}"
    elif lang == "ru":
        text = f"{day} {MONTHS['ru'][month - 1]} {year}\u00a0г."
    elif lang == "km":
        name = MONTHS["km"][month - 1]
        text = f"ថ្ងៃទី{day} ខែ{name} ឆ្នាំ{year}" if long else f"{day} {name} {year}"
    else:
        text = f"{day} {MONTHS['en'][month - 1]} {year}"
    return _digits(text, lang, khmer_digits)


def format_month(date: dt.date, lang: str = "en", khmer_digits: bool | None = None) -> str:
    """Month and year for period headings: September 2008 / Сентябрь 2008 г. / កញ្ញា 2008."""
    if lang == "ru":
        text = f"{RU_MONTHS_NOMINATIVE[date.month - 1].capitalize()} {date.year}\u00a0г."
    elif lang == "km":
        text = f"ខែ{MONTHS['km'][date.month - 1]} ឆ្នាំ{date.year}"
    else:
        text = f"{MONTHS['en'][date.month - 1]} {date.year}"
    return _digits(text, lang, khmer_digits)


def format_period(
    start: dt.date | None, end: dt.date | None, lang: str = "en", khmer_digits: bool | None = None
) -> str:
    """A date range, e.g. for the reporting period in page headers."""
    first = format_date(start, lang, khmer_digits)
    last = format_date(end, lang, khmer_digits)
    if first and last:
        return f"{first} – {last}"
    return first or last


def _digits(text: str, lang: str, to_khmer: bool | None) -> str:
    return to_khmer_digits(text) if lang == "km" and _khmer(lang, to_khmer) else text


# --- Reading dates typed by a person ------------------------------------------------

_TO_LATIN_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_ISO_TYPED = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})")


def format_coordinates(latitude: float, longitude: float) -> str:
    """A recorded location as maps write it (and read it back when pasted): a point for decimals, Latin
    digits, six decimals (about ten centimetres), whatever the language."""
    return f"{float(latitude):.6f}, {float(longitude):.6f}"


def latin_digits(text: str) -> str:
    """Khmer digits typed in ``text`` as 0-9, for reading a typed number or date."""
    return text.translate(_TO_LATIN_DIGITS)


def read_typed_date(text: str) -> str | None:
    """A date typed as the screen shows it (31/12/2009, 31.12.2009, Khmer digits) or as ISO (2009-12-31),
    rewritten as ISO ``YYYY-MM-DD``; None when the text is not written like a date at all.

    Every interface language writes the day first, so there is no month-first reading. The day and
    month are not checked here: "31/02/2020" becomes "2020-02-31", which the validation then refuses
    with the reason ("February has 29 days in 2020").
    """
    typed = text.strip().translate(_TO_LATIN_DIGITS)
    iso = _ISO_TYPED.fullmatch(typed)
    if iso:
        year, month, day = iso.groups()
    else:
        day_first = _DAY_FIRST.fullmatch(typed)
        if day_first is None:
            return None
        day, month, year = day_first.groups()
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
