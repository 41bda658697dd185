"""How a list cell's value reads on screen: code labels, flags, numbers, dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cl_desktop.services.lists import Column
from cl_desktop.ui import i18n


def cell_text(column: Column, value: Any, labels: dict[str, dict[str, str]]) -> str:
    """The text shown for ``value`` in ``column``; ``labels`` maps code columns' codes to labels."""
    if value is None or value == "":
        return ""
    if column.kind == "codes":
        mapping = labels.get(column.key, {})
        return ", ".join(mapping.get(v, v) for v in str(value).split(", "))
    if column.kind == "code":
        label = labels.get(column.key, {}).get(value, str(value))
        # Reference lists come labelled in the user's language; fixed codes (sex...) translate here.
        return label if column.ref else QCoreApplication.translate("lists", label)
    if column.kind == "flag":
        return QCoreApplication.translate("lists", "Yes") if value else ""
    if column.kind == "money" and isinstance(value, int | float):
        return i18n.number(value, decimals=0)
    if column.kind == "number" and isinstance(value, int | float):
        return i18n.number(value, decimals=None if isinstance(value, int) else 1)
    if column.kind == "date":
        # Dense lists: the locale's numeric form (30/09/2008, 30.09.2008), in the preferred digits.
        return i18n.date_text(value)
    if isinstance(value, float):
        return i18n.digits_text(f"{value:g}")
    return str(value)
