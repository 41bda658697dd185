"""The form dialog every record form is built on: fields with their error labels, keyboard, saving.

A form collects what the clerk typed and hands it to a service; the service
validates with the domain rules and either saves everything or raises
``Invalid``, whose messages appear beside their fields. The form never
decides validity itself and never half-saves.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.domain.validation import FieldError, Invalid
from cl_desktop.errors import KnownError
from cl_desktop.services.context import Context
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.widgets import field_value, set_field_value, ui_language, value_changed_signal
from cl_desktop.ui.widgets.mnemonics import settle as settle_mnemonics

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #b00020;"
BANNER_STYLES = {
    "error": "background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; padding: 6px; border-radius: 3px;",
    "locked": "background: #fff4e5; color: #663c00; border: 1px solid #ffd599; padding: 6px; border-radius: 3px;",
    "info": "background: #e8f4fd; color: #0d3c61; border: 1px solid #b6dcf7; padding: 6px; border-radius: 3px;",
}

# One place where field messages are turned into the user's language. Until the
# translations exist it returns the service's English sentence.
_translate_field_error: Callable[..., str] | None = None


def set_field_translator(translator: Callable[..., str] | None) -> None:
    """Plug in translation of validation messages (code + params → the user's language)."""
    global _translate_field_error
    _translate_field_error = translator


def field_message(error: FieldError, english: str = "", labels: dict[str, str] | None = None) -> str:
    """The message shown beside a field for one validation error (``labels``: names the form gives
    fields the services do not know, such as a project's extra fields, in the user's language)."""
    if _translate_field_error is not None:
        if labels and error.field in labels:
            return _translate_field_error(error, english, labels)
        return _translate_field_error(error, english)
    return english or error.message(labels.get(error.field) if labels else None)


class FormDialog(QDialog):
    """Base of every form. Subclasses build fields in ``build`` and save in ``save``.

    ``save(values)`` calls the service and returns the tables it changed; the
    dialog then emits ``bus.changed`` for each and accepts.
    """

    kind = ""
    table = ""
    title = "Record"
    form_width = 640
    form_height = 560

    def __init__(
        self, ctx: Context, bus: DataBus, parent: QWidget | None = None, record_id: str | None = None, **preset: Any
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.bus = bus
        self.record_id = record_id
        self.preset = preset
        self.lang = ui_language()
        self.refs = ReferenceLists(ctx.db)
        self.record: dict[str, Any] | None = None
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.extra_labels: dict[str, str] = {}  # a project's extra fields, named in the user's language
        self.captions: dict[str, str] = {}
        self.next_form: FormDialog | None = None
        self.focus_order: list[QWidget] = []
        self.read_only = False
        self.dirty = False
        self.saved: dict[str, Any] | None = None
        self._loading = True
        self.setObjectName(f"form_{self.kind}")
        self.setWindowTitle(self.window_title())
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        self.scroll_area.setWidget(self.body)
        middle = QHBoxLayout()
        middle.addWidget(self.scroll_area, 1)
        self.side = QWidget()
        self.side.setObjectName("side_panel")
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(6, 0, 0, 0)
        self.side.hide()
        middle.addWidget(self.side)
        outer.addLayout(middle, 1)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Enter or Ctrl+S)"))
        self.save_new_button = QPushButton(self.tr("Save and new"))
        self.save_new_button.setObjectName("save_new")
        self.save_new_button.setAutoDefault(False)
        self.save_new_button.setToolTip(self.tr("Save, then start a new record (Ctrl+Shift+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # the same role as Save, so it stands beside Save on every platform's button order
        self.buttons.addButton(self.save_new_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        self.save_new_button.clicked.connect(self.submit_and_new)
        self.cancel_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self).activated.connect(self.submit_and_new)
        # Messages beside fields are checked again a moment after each change, so they go as soon as
        # the field is right (and not on every keystroke of a long name).
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.setInterval(150)
        self.recheck_timer.timeout.connect(self.recheck)
        self._edited_fields: set[str] = set()

        if record_id:
            self.record = self.load_record(record_id)
        self.build()
        self.body_layout.addStretch(1)
        if self.record is not None:
            self.fill(self.record)
        else:
            self.fill_preset(preset)
        for name, widget in self.fields.items():
            value_changed_signal(widget).connect(self._changed)
            value_changed_signal(widget).connect(lambda *_args, name=name: self._field_edited(name))
        self._apply_tab_order()
        reason = self.locked_reason()
        if reason:
            self.set_read_only(reason)
        self._loading = False
        self.after_load()
        settle_mnemonics(self, first=(self.save_button, self.save_new_button, self.cancel_button))
        self.resize(self._fitting_width(), self._fitting_height())

    def _fitting_width(self) -> int:
        """``form_width``, or wider when translated labels need it (no sideways scrolling), within the screen:
        on a 1024-pixel netbook the widest form narrows and its body scrolls instead."""
        needed = self.body.minimumSizeHint().width() + self.scroll_area.verticalScrollBar().sizeHint().width() + 30
        if self.side.isVisibleTo(self):
            needed += self.side.sizeHint().width()
        wanted = max(self.form_width, needed)
        if self.screen() is None:
            return wanted
        return max(min(wanted, self.screen().availableGeometry().width() - 20), self.minimumSizeHint().width())

    def _fitting_height(self) -> int:
        """``form_height`` within the screen, less room for the title bar (the body scrolls)."""
        if self.screen() is None:
            return self.form_height
        return min(self.form_height, self.screen().availableGeometry().height() - 48)

    # -- what subclasses provide -----------------------------------------------
    def window_title(self) -> str:
        return self.title

    def load_record(self, record_id: str) -> dict[str, Any]:
        from cl_desktop.store.records import get_row

        return get_row(self.db, self.table, record_id)

    def build(self) -> None:
        raise NotImplementedError

    def fill(self, record: dict[str, Any]) -> None:
        for name, widget in self.fields.items():
            if name in record:
                set_field_value(widget, record[name])

    def fill_preset(self, preset: dict[str, Any]) -> None:
        for name, value in preset.items():
            if name in self.fields:
                set_field_value(self.fields[name], value)

    def after_load(self) -> None:
        """Hook run once the fields hold their first values (live panels, duplicate checks)."""

    def locked_reason(self) -> str:
        """Why this record may not be changed (an approved period), or ''."""
        return ""

    def values(self) -> dict[str, Any]:
        return {name: field_value(widget) for name, widget in self.fields.items()}

    def save(self, values: dict[str, Any]) -> list[str]:
        raise NotImplementedError

    def refused_field(self, exc: KnownError) -> str | None:
        """The field a refusal without field errors belongs to (e.g. a duplicate code), if any."""
        return None

    def confirm_save(self) -> bool:
        """A last question before saving (e.g. unconfirmed duplicates); True to go on."""
        return True

    def check(self, values: dict[str, Any]) -> None:
        """Validate without saving (the service's own rules), raising ``Invalid``; used to take a message
        away as soon as its field is right. Forms without a check drop a field's message when it is edited."""
        raise NotImplementedError

    def next_preset(self) -> dict[str, Any]:
        """What the next record starts with after "Save and new" (the project, programme or child of this one)."""
        return dict(self.preset)

    # -- building blocks -------------------------------------------------------
    def section(self, title: str, parent_layout: Any = None) -> QGridLayout:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        (parent_layout if parent_layout is not None else self.body_layout).addWidget(box)
        return grid

    def add_field(
        self,
        grid: QGridLayout,
        name: str,
        label: str,
        widget: W,
        *,
        focus: bool = True,
        error_name: str | None = None,
        display: QWidget | None = None,
    ) -> W:
        """A label, the widget and, under it, the error label that shows the service's message."""
        row = grid.rowCount()
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 4, 0, 0)
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", ""))
        self.captions[error_name or name] = label.replace("&", "")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        shown = display if display is not None else widget
        if shown.maximumWidth() < 10_000:
            # a narrow editor (date, number) stays at the left instead of pushing its label right
            line = QHBoxLayout()
            line.addWidget(shown)
            line.addStretch(1)
            box.addLayout(line)
        else:
            box.addWidget(shown)
        box.addWidget(error)
        grid.addWidget(caption, row, 0)
        grid.addLayout(box, row, 1)
        self.fields[name] = widget
        self.error_labels[error_name or name] = error
        if focus:
            self.focus_order.append(widget)
        return widget

    def field(self, name: str, kind: type[W]) -> W:
        """The widget of field ``name`` as the class it was built with (``fields`` holds them as QWidget)."""
        widget = self.fields[name]
        assert isinstance(widget, kind), f"{name} is a {type(widget).__name__}, not a {kind.__name__}"
        return widget

    def add_error_label(self, name: str, layout: Any) -> QLabel:
        """An error label for a field shown without ``add_field`` (checklists in a row, panels)."""
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.error_labels[name] = error
        return error

    def row_of(self, *widgets: QWidget, stretch: bool = True) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w)
        if stretch:
            layout.addStretch(1)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return holder

    def _apply_tab_order(self) -> None:
        chain = [*self.focus_order, self.save_button, self.cancel_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        if self.focus_order:
            self.focus_order[0].setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab follows the form's own order. ``QWidget.setTabOrder`` alone is not enough: an editable combo
        (a searchable place or programme) brings its line edit into the chain, and Qt then moves whole
        runs of fields when the combo's next field is set."""
        chain = [*self.focus_order, self.save_button, self.save_new_button, self.cancel_button]
        current = QApplication.focusWidget()
        here = next_index = -1
        for i, widget in enumerate(chain):
            if current is not None and (widget is current or widget.isAncestorOf(current)):
                here = i
        if here < 0:
            return super().focusNextPrevChild(next)
        step = 1 if next else -1
        for k in range(1, len(chain) + 1):
            candidate = chain[(here + step * k) % len(chain)]
            if candidate.isEnabled() and candidate.isVisible() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
                next_index = (here + step * k) % len(chain)
                break
        if next_index < 0:
            return super().focusNextPrevChild(next)
        chain[next_index].setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    # -- state ----------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self.dirty = True
            self.on_change()

    def on_change(self) -> None:
        """Hook: a field changed (live classification, duplicate check)."""

    def set_read_only(self, reason: str) -> None:
        self.read_only = True
        self.show_banner(reason, "locked")
        for widget in self.fields.values():
            widget.setEnabled(False)
        self.save_button.hide()
        self.save_new_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)

    def show_banner(self, text: str, style: str = "error") -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES[style])
        self.banner.setVisible(bool(text))

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()
        if not self.read_only:
            self.banner.hide()

    def show_errors(self, exc: Invalid) -> None:
        """Each message beside its field; messages for fields the form lacks go in the banner."""
        self.clear_errors()
        loose: list[str] = []
        first: QWidget | None = None
        for error in exc.field_errors:
            text = self._message(error, exc)
            label = self.error_labels.get(error.field)
            if label is None:
                loose.append(text)
                continue
            label.setText(text)
            label.show()
            widget = self.fields.get(error.field)
            if widget is not None and (first is None or self._order(widget) < self._order(first)):
                first = widget
        if loose:
            self.show_banner("\n".join(loose))
        else:
            self.show_banner(self.tr("Please correct the fields marked in red; nothing was saved."))
        if first is not None:
            first.setFocus()
            self.scroll_area.ensureWidgetVisible(first)

    def _message(self, error: FieldError, exc: Invalid) -> str:
        text = field_message(error, exc.errors.get(error.field, ""), self.extra_labels)
        hint = getattr(self.fields.get(error.field), "error_hint", None)
        if callable(hint):
            # the widget knows what the clerk typed (a date as the screen writes it, not as ISO)
            text = hint(error, self.captions.get(error.field, "")) or text
        return str(text)

    def _field_edited(self, name: str) -> None:
        if self._loading or self.read_only:
            return
        self._edited_fields.add(name)
        if any(not label.isHidden() for label in self.error_labels.values()):
            self.recheck_timer.start()

    def recheck(self) -> None:
        """Hide the messages of fields that are now right; the others say what is wrong now. No new ones
        appear: a field the clerk has not reached yet is not scolded."""
        self.recheck_timer.stop()
        edited, self._edited_fields = self._edited_fields, set()
        if not self.isVisible():
            return  # closed meanwhile: nothing to show, and its database may be gone
        shown = {name for name, label in self.error_labels.items() if not label.isHidden()}
        if not shown:
            return
        try:
            self.check(self.values())
            wrong: set[str] | None = set()
        except Invalid as exc:
            wrong = {e.field for e in exc.field_errors}
            for error in exc.field_errors:
                label = self.error_labels.get(error.field)
                if error.field in shown and label is not None:
                    label.setText(self._message(error, exc))  # still wrong, perhaps in another way now
        except NotImplementedError:
            wrong = None
        except KnownError:
            return
        if wrong is None:
            # no check without saving: the message of a field the clerk changed no longer describes it
            wrong = shown - edited
        wrong_labels = {id(self.error_labels[name]) for name in wrong if name in self.error_labels}
        for name in shown:
            label = self.error_labels[name]
            if id(label) not in wrong_labels:
                label.clear()
                label.hide()
        if not any(not label.isHidden() for label in self.error_labels.values()) and not self.read_only:
            self.banner.hide()

    def _order(self, widget: QWidget) -> int:
        return self.focus_order.index(widget) if widget in self.focus_order else len(self.focus_order)

    def error_text(self, name: str) -> str:
        label = self.error_labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- saving and closing ---------------------------------------------------
    def submit(self) -> bool:
        """Validate through the service and save; True when saved."""
        if self.read_only:
            return False
        if not self.confirm_save():
            return False
        try:
            tables = self.save(self.values())
        except Invalid as exc:
            self.show_errors(exc)
            return False
        except KnownError as exc:
            self.clear_errors()
            field = self.refused_field(exc)
            if field and field in self.error_labels:
                self.error_labels[field].setText(str(exc))
                self.error_labels[field].show()
                self.show_banner(self.tr("Please correct the fields marked in red; nothing was saved."))
                if field in self.fields:
                    self.fields[field].setFocus()
            else:
                self.show_banner(str(exc))
            return False
        self.dirty = False
        for table in dict.fromkeys(tables or [self.table]):
            self.bus.changed.emit(table)
        notice = self.saved_notice()
        if notice is not None:
            self.bus.saved.emit(*notice)
        self.accept()
        return True

    def saved_notice(self) -> tuple[str, str, str, str] | None:
        """After a save: (table, record id, case number or code to find it by, the sentence that confirms it),
        or None. Forms of the records a clerk registers say what was saved (``bus.saved``)."""
        return None

    def submit_and_new(self) -> FormDialog | None:
        """Save, then open an empty form of the same kind in this one's place (the next child of a village)."""
        if self.read_only or not self.submit():
            return None
        form = type(self)(self.ctx, self.bus, self.parentWidget(), None, **self.next_preset())
        form.show()
        form.raise_()
        form.activateWindow()
        self.next_form = form
        return form

    def ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_unsaved(self) -> str:
        """Save / Discard / Cancel for unsaved changes: "save", "discard" or "cancel" (Esc and closing the box)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("This form has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self if self.isVisible() else self.parentWidget(),
        )
        box.setObjectName("unsaved_question")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        # The question must not leave Cancel (or nothing) as the default button: Enter saves again.
        self.save_button.setDefault(True)
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def settle(self, *, reveal: bool = True) -> bool:
        """Before the window closes, signs out or locks: save or discard this form's changes, or keep them
        (False: Cancel, or a save that the service refused, whose messages now show beside their fields)."""
        if not self.dirty or self.read_only:
            return True
        if reveal:
            self.show()
            self.raise_()
            self.activateWindow()
        answer = self.ask_unsaved()
        if answer == "save":
            return self.submit()
        if answer == "discard":
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Close without saving and without asking."""
        self.dirty = False
        QDialog.reject(self)

    def reject(self) -> None:
        if self.dirty and not self.read_only:
            answer = self.ask_unsaved()
            if answer == "save":
                self.submit()
            elif answer == "discard":
                self.discard()
            return
        self.dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self.read_only and not self.settle():
            event.ignore()
            return
        self.dirty = False
        super().closeEvent(event)

    # -- helpers for subclasses -------------------------------------------------
    def code_choices(self, list_name: str) -> list[tuple[str, str]]:
        return [(i["code"], str(i.get(f"label_{self.lang}") or i["label_en"])) for i in self.refs.items(list_name)]

    def base_version(self) -> int | None:
        return int(self.record["version"]) if self.record else None
