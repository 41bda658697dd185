"""How a list cell's value reads on screen: code labels, flags, numbers, dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cl_desktop.services.lists import Column


def cell_text(column: Column, value: Any, labels: dict[str, dict[str, str]]) -> str:
    """The text shown for ``value`` in ``column``; ``labels`` maps code columns' codes to labels."""
    if value is None or value == "":
        return ""
    if column.kind == "code":
        label = labels.get(column.key, {}).get(value, str(value))
        # Reference lists come labelled in the user's language; fixed codes (sex...) translate here.
        return label if column.ref else QCoreApplication.translate("lists", label)
    if column.kind == "flag":
        return QCoreApplication.translate("lists", "Yes") if value else ""
    if column.kind == "money" and isinstance(value, int | float):
        return f"{value:,.0f}"
    if column.kind == "number" and isinstance(value, int | float):
        return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
