"""Small input widgets the forms share: dates, numbers, reference-list pickers, the location picker."""

from cl_desktop.ui.widgets.fields import (
    CodeChecklist,
    CodeCombo,
    DateEdit,
    NumberEdit,
    RecordCombo,
    field_value,
    set_field_value,
    ui_language,
    value_changed_signal,
)
from cl_desktop.ui.widgets.location_picker import LocationPicker
from cl_desktop.ui.widgets.record_picker import RecordPicker

__all__ = [
    "CodeChecklist",
    "CodeCombo",
    "DateEdit",
    "LocationPicker",
    "NumberEdit",
    "RecordCombo",
    "RecordPicker",
    "field_value",
    "set_field_value",
    "ui_language",
    "value_changed_signal",
]
