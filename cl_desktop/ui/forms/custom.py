"""A project's extra fields inside a record form: one group per section, a widget by type, skip logic.

The panel adds its widgets to the form's own ``fields`` (named ``custom.CODE``), error labels and
focus order, so they save, validate, show errors and take the keyboard like the built-in fields.
When the form's project changes (the intake's action programme) the panel is built again for the
new project. A retired field is not offered for entry; an old record's value for it is shown.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cl_desktop.domain.custom_fields import FieldDef, blank, decode, display, section_names
from cl_desktop.services.custom_fields import definitions
from cl_desktop.ui.widgets import (
    CodeChecklist,
    DateEdit,
    NumberEdit,
    RecordCombo,
    field_value,
    set_field_value,
    value_changed_signal,
)

SEARCHABLE_FROM = 10  # a one-choice list this long can be searched by typing


def widget_for(field: FieldDef, lang: str, yes: str, no: str) -> QWidget:
    """The input widget of one extra field, by its type."""
    widget: QWidget
    if field.kind == "number":
        widget = NumberEdit(width=120)
    elif field.kind == "date":
        widget = DateEdit()
    elif field.kind == "yes_no":
        widget = RecordCombo([("1", yes), ("0", no)], empty="")
    elif field.kind == "choice":
        widget = RecordCombo(
            [(c.code, c.label(lang)) for c in field.choices],
            empty="",
            searchable=len(field.choices) >= SEARCHABLE_FROM,
        )
    elif field.kind == "choices":
        widget = CodeChecklist([(c.code, c.label(lang)) for c in field.choices], rows=min(len(field.choices), 6))
    else:
        widget = QLineEdit()
        widget.setMaxLength(2000)
    hint = field.help(lang)
    if hint:
        widget.setToolTip(hint)
        widget.setWhatsThis(hint)
        if isinstance(widget, QLineEdit):
            widget.setPlaceholderText(hint)
    return widget


class CustomFieldsPanel(QWidget):
    """The extra fields of ``form_kind`` (intake, followup, household, service) for one project."""

    def __init__(self, form: Any, form_kind: str, parent_layout: Any, *, prefix: str = "", stored: Any = None) -> None:
        """``prefix`` names the fields inside another record's form (``household.`` for the household
        the intake registers with the child: ``household.custom.CODE``); ``stored`` is the object the
        fields start from (the form's record's, unless given)."""
        super().__init__()
        self.setObjectName(f"custom_fields_{form_kind}")
        self.form = form
        self.form_kind = form_kind
        self.prefix = prefix
        self.project_id: str | None = None
        self.defs: list[FieldDef] = []
        self.rows: dict[str, list[QWidget]] = {}
        # the panel's widgets go into the form's tab order after whatever came before it
        self.after: QWidget | None = form.focus_order[-1] if form.focus_order else None
        self.stored: dict[str, Any] = decode((form.record or {}).get("custom") if stored is None else stored)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        parent_layout.addWidget(self)
        self.hide()

    # -- building ------------------------------------------------------------------------------
    def set_project(self, project_id: str | None) -> None:
        if project_id == self.project_id and (self.defs or not project_id):
            return
        keep = {name: field_value(w) for name, w in self._own_fields().items()}
        self._clear()
        self.project_id = project_id
        self.defs = definitions(self.form.db, project_id, self.form_kind)
        lang = self.form.lang
        yes, no = self.tr("Yes"), self.tr("No")
        new: list[QWidget] = []
        grids: dict[str, QGridLayout] = {}
        names = section_names(self.defs, lang)
        for f in self.defs:
            if f.retired and blank(self.stored.get(f.code)):
                continue
            title = names[f.section] or self.tr("Project questions")
            grid = grids.get(title)
            if grid is None:
                grid = grids[title] = self.form.section(title, self.layout_)
            label = f.label(lang) + (" *" if f.required and not f.retired else "")
            if f.retired:
                row = grid.rowCount()
                caption = QLabel(self.tr("{label} (retired)").format(label=f.label(lang)))
                caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                shown = QLabel(display(f, self.stored.get(f.code), lang, (yes, no)))
                shown.setObjectName(f"retired_{f.code}")
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(caption, row, 0)
                grid.addWidget(shown, row, 1)
                continue
            widget = widget_for(f, lang, yes, no)
            self.form.focus_order.remove(self.form.add_field(grid, self.prefix + f.key, label, widget))
            new.append(widget)
            self.form.extra_labels[self.prefix + f.key] = f.label(lang)
            row = grid.rowCount() - 1
            caption_item = grid.itemAtPosition(row, 0)
            field_caption = caption_item.widget() if caption_item is not None else None
            if field_caption is not None and f.help(lang):
                field_caption.setToolTip(f.help(lang))
            self.rows[f.code] = [w for w in (field_caption, widget) if w is not None]
            value = keep.get(self.prefix + f.key) if self.prefix + f.key in keep else self.stored.get(f.code)
            if not blank(value):
                set_field_value(widget, str(value) if f.kind in ("yes_no", "number") else value)
            value_changed_signal(widget).connect(self.apply_skip)
            if not self.form._loading:
                value_changed_signal(widget).connect(self.form._changed)
        for name in {f.show_when for f in self.defs if f.show_when}:
            control = self._control(name)
            if control is not None and control not in new:
                value_changed_signal(control).connect(self.apply_skip)
        self._place_in_tab_order(new)
        self.setVisible(bool(grids))
        self.apply_skip()
        if self.form.read_only:
            for w in new:
                w.setEnabled(False)

    def _own_fields(self) -> dict[str, QWidget]:
        return {k: w for k, w in self.form.fields.items() if k.startswith(self.prefix + "custom.")}

    def _control(self, name: str) -> QWidget | None:
        """The widget a condition names: an extra field of this form, or one of its built-in fields."""
        fields = self.form.fields
        return fields.get(f"{self.prefix}custom.{name}") or fields.get(self.prefix + name)

    def _clear(self) -> None:
        for name, widget in self._own_fields().items():
            self.form.fields.pop(name, None)
            self.form.error_labels.pop(name, None)
            self.form.extra_labels.pop(name, None)
            if widget in self.form.focus_order:
                self.form.focus_order.remove(widget)
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            gone = item.widget() if item is not None else None
            if gone is not None:
                gone.deleteLater()
        self.rows = {}
        self.defs = []

    def _place_in_tab_order(self, new: list[QWidget]) -> None:
        order = self.form.focus_order
        at = order.index(self.after) + 1 if self.after in order else len(order)
        order[at:at] = new
        chain = [*order, self.form.save_button, self.form.cancel_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # -- skip logic ----------------------------------------------------------------------------
    def apply_skip(self, *_args: Any) -> None:
        """A field with a condition shows only while the field it names has a value."""
        for f in self.defs:
            if not f.show_when or f.code not in self.rows:
                continue
            control = self._control(f.show_when)
            # a hidden field counts as blank; visible as far as the panel's own container goes (the
            # intake's inline household is hidden until "A new household" is chosen)
            scope = self.parentWidget() or self.form
            value = field_value(control) if control is not None and control.isVisibleTo(scope) else None
            shown = not blank(value) and value is not False and value != "0"
            for w in self.rows[f.code]:
                w.setVisible(shown)
            if not shown:
                self.form.error_labels[self.prefix + f.key].hide()
