"""The languages of the interface and the reports, each named in its own script.

One list for every language chooser (sign-in, first run, settings, accounts, reports,
indicators) and for the code that checks a language code.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "km", "ru")
NATIVE_NAMES: dict[str, str] = {"en": "English", "km": "ភាសាខ្មែរ", "ru": "Русский"}
ENGLISH_NAMES: dict[str, str] = {"en": "English", "km": "Khmer", "ru": "Russian"}


def native_names() -> list[tuple[str, str]]:
    """(code, name in its own script): English, ភាសាខ្មែរ, Русский."""
    return [(code, NATIVE_NAMES[code]) for code in LANGUAGES]


def names_with_english() -> list[tuple[str, str]]:
    """(code, name in its own script with the English name): for a reader who knows neither script."""
    return [
        (code, NATIVE_NAMES[code] if code == "en" else f"{NATIVE_NAMES[code]} ({ENGLISH_NAMES[code]})")
        for code in LANGUAGES
    ]
