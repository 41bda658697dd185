"""The rules' reasons (work status, outcome) in the interface language.

The rules word their reasons in English (``Explained.reason``); Khmer and Russian
use the reports' catalogue (``i18n.labels``, keys ``reason_*``) with the same
parameters, shown the way the interface writes dates, numbers and codes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cl_desktop.i18n import labels as report_labels
from cl_desktop.ui import i18n

LabelsOf = Callable[[str, str], dict[str, str]]  # (reference list, language) -> {code: label}


def explain(explained: Any, lang: str, labels_of: LabelsOf) -> str:
    """``explained.reason`` in ``lang``: English as the rules say it, else translated with its values."""
    if lang == "en":
        return str(explained.reason)
    shown: dict[str, Any] = {}
    for key, value in explained.params.items():
        if isinstance(value, str) and len(value) == 10 and i18n.as_date(value) is not None:
            shown[key] = i18n.date_text(value, numeric=False)
        elif key in ("hazards", "factors"):
            names = labels_of("hazard" if key == "hazards" else "risk_factor", lang)
            shown[key] = ", ".join(names.get(c.strip(), c.strip()) for c in str(value).split(",") if c.strip())
        elif key == "status":
            shown[key] = labels_of("work_status", lang).get(str(value), str(value))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            shown[key] = i18n.number(value)
        else:
            shown[key] = value
    try:
        return report_labels.label(f"reason_{explained.reason_key}", lang, **shown)
    except (KeyError, IndexError, ValueError):
        return str(explained.reason)
