"""Headquarters defines a project's extra field, and previews a form's extra fields as a clerk sees them."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit

from cl_desktop.domain.custom_fields import DEFINITION_LABELS, check_values
from cl_desktop.domain.validation import Checker, Invalid
from cl_desktop.services.custom_fields import CustomFields, definitions
from cl_desktop.services.projects import Projects
from cl_desktop.store.records import get_row
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.forms.custom import CustomFieldsPanel
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.widgets import NumberEdit, RecordCombo

FORM_NAMES = {
    "intake": QT_TRANSLATE_NOOP("CustomFieldForm", "Child intake"),
    "followup": QT_TRANSLATE_NOOP("CustomFieldForm", "Follow-up visit"),
    "household": QT_TRANSLATE_NOOP("CustomFieldForm", "Household"),
    "service": QT_TRANSLATE_NOOP("CustomFieldForm", "Service"),
}
KIND_NAMES = {
    "text": QT_TRANSLATE_NOOP("CustomFieldForm", "Text"),
    "number": QT_TRANSLATE_NOOP("CustomFieldForm", "Number"),
    "date": QT_TRANSLATE_NOOP("CustomFieldForm", "Date"),
    "yes_no": QT_TRANSLATE_NOOP("CustomFieldForm", "Yes or no"),
    "choice": QT_TRANSLATE_NOOP("CustomFieldForm", "One choice"),
    "choices": QT_TRANSLATE_NOOP("CustomFieldForm", "Several choices"),
}


def form_name(form: str) -> str:
    return QCoreApplication.translate("CustomFieldForm", FORM_NAMES.get(form, form))


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("CustomFieldForm", KIND_NAMES.get(kind, kind))


def choices_text(raw: Any) -> str:
    """Stored choices as the form edits them: one a line, ``code = English | Khmer | Russian``."""
    items = json.loads(raw) if isinstance(raw, str) else (raw or [])
    return "\n".join(
        f"{c['code']} = {c.get('label_en', '')} | {c.get('label_km', '')} | {c.get('label_ru', '')}".rstrip(" |")
        for c in items
    )


class CustomFieldForm(FormDialog):
    """One extra field: its code, form and type are set once; the rest can change later."""

    kind = "custom_field"
    table = "custom_fields"
    title = "Extra field"
    form_width = 720
    form_height = 680

    def window_title(self) -> str:
        return self.tr("Extra field — edit") if self.record_id else self.tr("New extra field")

    def load_record(self, record_id: str) -> dict[str, Any]:
        row = get_row(self.db, "custom_fields", record_id)
        return {**row, "choices": choices_text(row["choices"])}

    def build(self) -> None:
        self.service = CustomFields(self.ctx)
        fixed = self.record is not None
        g = self.section(self.tr("Field"))
        projects = [(p["id"], f"{p['code']} — {p.get('short_title') or p['title']}") for p in Projects(self.ctx).list()]
        self.add_field(g, "project_id", self.tr("&Project"), RecordCombo(projects, empty=""))
        self.add_field(g, "form", self.tr("&Form"), RecordCombo([(k, form_name(k)) for k in FORM_NAMES]))
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        self.field("code", QLineEdit).setPlaceholderText(self.tr("a-z, 0-9 and _; the column header in exports"))
        self.add_field(g, "kind", self.tr("&Type"), RecordCombo([(k, kind_name(k)) for k in KIND_NAMES]))
        for name in ("project_id", "form", "code", "kind"):
            self.fields[name].setEnabled(not fixed)
        g = self.section(self.tr("Labels and help"))
        self.add_field(g, "label_en", self.tr("Label in &English"), QLineEdit())
        self.add_field(g, "label_km", self.tr("Label in &Khmer"), QLineEdit())
        self.add_field(g, "label_ru", self.tr("Label in &Russian"), QLineEdit())
        self.add_field(g, "help_en", self.tr("Help in English"), QLineEdit())
        self.add_field(g, "help_km", self.tr("Help in Khmer"), QLineEdit())
        self.add_field(g, "help_ru", self.tr("Help in Russian"), QLineEdit())
        g = self.section(self.tr("Answers"))
        self.add_field(g, "required", self.tr("Required"), QCheckBox(self.tr("A value must be &given")))
        self.add_field(g, "minimum", self.tr("Lowest &number"), NumberEdit())
        self.add_field(g, "maximum", self.tr("Highest n&umber"), NumberEdit())
        choices = QPlainTextEdit()
        choices.setTabChangesFocus(True)
        choices.setFixedHeight(90)
        choices.setPlaceholderText(self.tr("one a line: code = English | Khmer | Russian"))
        self.add_field(g, "choices", self.tr("C&hoices"), choices)
        g = self.section(self.tr("On the form"))
        self.add_field(g, "section", self.tr("&Section in English"), QLineEdit())
        self.field("section", QLineEdit).setPlaceholderText(self.tr("Project questions"))
        self.add_field(g, "section_km", self.tr("Sect&ion in Khmer"), QLineEdit())
        self.add_field(g, "section_ru", self.tr("Section in Russi&an"), QLineEdit())
        self.show_when = RecordCombo(empty=self.tr("(always shown)"))
        self.add_field(g, "show_when", self.tr("Show &when this field has a value"), self.show_when)
        self.add_field(g, "sort", self.tr("&Order"), NumberEdit())
        self.add_field(g, "in_lists", self.tr("Lists"), QCheckBox(self.tr("Show in &lists and reports")))
        note = QLabel(
            self.tr("A field is never deleted: retire it to hide it from new entry; the values recorded with it stay.")
        )
        note.setWordWrap(True)
        self.body_layout.addWidget(note)
        self.field("project_id", RecordCombo).currentIndexChanged.connect(self._refresh_conditions)
        self.field("form", RecordCombo).currentIndexChanged.connect(self._refresh_conditions)
        self.field("kind", RecordCombo).currentIndexChanged.connect(self._kind_changed)

    def fill(self, record: dict[str, Any]) -> None:
        self._refresh_conditions(record)
        super().fill(record)

    def fill_preset(self, preset: dict[str, Any]) -> None:
        super().fill_preset(preset)
        self._refresh_conditions()

    def after_load(self) -> None:
        self._kind_changed()

    def _refresh_conditions(self, record: Any = None) -> None:
        source = record if isinstance(record, dict) else None
        project = source["project_id"] if source else self.field("project_id", RecordCombo).value()
        form = source["form"] if source else self.field("form", RecordCombo).value()
        code = source["code"] if source else ""
        self.show_when.set_choices(
            (d.code, f"{d.code} — {d.label(self.lang)}")
            for d in definitions(self.db, project, form)
            if d.code != code and not d.retired
        )

    def _kind_changed(self, *_args: Any) -> None:
        kind = self.field("kind", RecordCombo).value()
        for name, shown in (("minimum", kind == "number"), ("maximum", kind == "number"),
                            ("choices", kind in ("choice", "choices"))):  # fmt: skip
            self.fields[name].setEnabled(shown and not self.read_only)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id:
            changes = {k: v for k, v in values.items() if k not in ("project_id", "form", "code", "kind")}
            self.saved = self.service.update(self.record_id, changes, base_version=self.base_version())
        else:
            self.saved = self.service.define(values)
        return ["custom_fields"]


class CustomFieldsPreview(FormDialog):
    """A form's extra fields exactly as the clerk's form builds them; saving only checks the answers."""

    kind = "custom_fields_preview"
    table = "custom_fields"
    title = "Preview"
    form_width = 640
    form_height = 600

    def window_title(self) -> str:
        project = self.preset.get("project_code", "")
        return self.tr("Preview: {form} of {project}").format(
            form=form_name(str(self.preset.get("form", ""))), project=project
        )

    def build(self) -> None:
        self.save_button.setText(self.tr("&Check the answers"))
        note = QLabel(self.tr("As a clerk sees these questions; nothing typed here is saved."))
        note.setWordWrap(True)
        self.body_layout.addWidget(note)
        self.panel = CustomFieldsPanel(self, str(self.preset.get("form", "intake")), self.body_layout)
        self.panel.set_project(self.preset.get("project_id"))

    def fill_preset(self, preset: dict[str, Any]) -> None:
        """The preview's settings are not fields."""

    def _changed(self, *_args: Any) -> None:
        """Nothing typed in a preview is kept, so closing it never asks to save."""

    def submit(self) -> bool:
        """Check the answers as the services would, show the messages, save nothing."""
        values = self.values()
        c = Checker(values, {**DEFINITION_LABELS, **self.extra_labels})
        given = {k[len("custom.") :]: v for k, v in values.items() if k.startswith("custom.")}
        check_values(c, self.panel.defs, given, None)
        try:
            c.finish()
        except Invalid as exc:
            self.show_errors(exc)
            return False
        self.clear_errors()
        self.show_banner(self.tr("The answers are valid; a preview saves nothing."), "info")
        return False

    def save(self, values: dict[str, Any]) -> list[str]:
        return []
