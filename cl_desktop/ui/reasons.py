"""The rules' reasons (work status, outcome) in the interface language.

The rules word their reasons in English (``Explained.reason``); Khmer and Russian
use the reports' catalogue (``i18n.labels``, keys ``reason_*``) with the same
parameters, shown the way the interface writes dates, numbers and codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from cl_desktop.figures import child_file
from cl_desktop.ui import i18n

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
LabelsOf = Callable[[str, str], dict[str, str]]  # (reference list, language) -> {code: label}


def explain(explained: Any, lang: str, labels_of: LabelsOf, sex: str | None = None) -> str:
    """``explained`` worded as the printed child profile words it (``figures.child_file.reason_text``),
    with dates and numbers as the interface writes them; English as the rules say it."""
    if lang == "en":  # the rules' own words, with their ISO dates written as the interface writes dates
        return ISO_DATE.sub(lambda m: i18n.date_text(m.group(0), numeric=False), str(explained.reason))
    return child_file.reason_text(
        explained,
        lang,
        labels_of,
        date_text=lambda value: i18n.date_text(value, numeric=False),
        number_text=i18n.number,
        sex=sex,
    )
