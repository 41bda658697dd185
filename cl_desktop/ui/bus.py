"""The data bus: services save, then the bus says which table changed; views refresh from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """One per window: forms emit ``changed(table)`` after a save; lists and the dashboard listen."""

    changed = Signal(str)
    # A form saved a record: (table, record id, the key to find it by — a case number or household
    # code —, a sentence for the user). Lists select the record; the window shows the sentence.
    saved = Signal(str, str, str, str)
