"""The optional location of an intake or a follow-up visit: latitude and longitude typed, pasted as a pair
from a map, or read from a photo taken there (its EXIF GPS block, ``exchange.photo``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton


def split_coordinates(text: str) -> tuple[str, str] | None:
    """A pasted "latitude, longitude" pair (a decimal point in each), or None."""
    parts = [p.strip() for p in text.replace(";", ",").split(",")] if text.count(",") == 1 or ";" in text else []
    if len(parts) != 2:
        parts = text.split() if len(text.split()) == 2 else []
    if len(parts) != 2:
        return None
    try:
        float(parts[0])
        float(parts[1])
    except ValueError:
        return None
    return parts[0], parts[1]


def coordinate_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(130)
    return edit


class CoordinatesMixin:
    """For a form (``FormDialog``) with ``latitude`` and ``longitude`` fields: the two boxes in one row with
    a button that reads them from a photo. Its texts are this class's (Qt finds them along the form's MRO)."""

    photo_button: QPushButton
    tr: Callable[..., str]  # the form's (a QObject's): an annotation only, never defined here

    def add_coordinates(self, grid: Any) -> None:
        form: Any = self
        latitude, longitude = coordinate_edit(self.tr("latitude")), coordinate_edit(self.tr("longitude"))
        self.photo_button = QPushButton(self.tr("From a photo…"))
        self.photo_button.setObjectName("coordinates_from_photo")
        self.photo_button.setToolTip(self.tr("Read the coordinates a phone or camera recorded in a photo"))
        self.photo_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # off the keyboard's way through the form
        self.photo_button.clicked.connect(self.choose_photo)
        row = form.row_of(latitude, longitude, self.photo_button)
        form.add_field(grid, "latitude", self.tr("Coordinates"), latitude, display=row)
        form.fields["longitude"] = longitude
        longitude.setObjectName("longitude")
        longitude.setAccessibleName(self.tr("Longitude"))
        form.focus_order.append(longitude)
        form.error_labels["longitude"] = form.error_labels["latitude"]
        latitude.textChanged.connect(self._pasted_coordinates)

    def set_read_only(self, reason: str) -> None:
        super().set_read_only(reason)  # type: ignore[misc]
        self.photo_button.setEnabled(False)

    def choose_photo(self) -> QFileDialog:
        form: Any = self
        dialog = QFileDialog(form, self.tr("Choose a photo taken there"))
        dialog.setObjectName("photo_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Photos (*.jpg *.jpeg *.tif *.tiff *.png *.webp)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.use_photo)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def use_photo(self, path: str) -> None:
        """The photo's coordinates into the two boxes, or beside them why there are none."""
        from cl_desktop.exchange.photo import NoPhotoLocation, photo_coordinates

        form: Any = self
        error = form.error_labels["latitude"]
        try:
            latitude, longitude = photo_coordinates(path)
        except NoPhotoLocation as refused:
            text = (
                self.tr("{name} is not a photo that can be read.")
                if refused.code == "not_photo"
                else self.tr("{name} holds no location: the camera did not record where it was taken.")
            )
            error.setText(text.format(name=refused.name))
            error.show()
            return
        error.clear()
        error.hide()
        form.field("latitude", QLineEdit).setText(f"{latitude:.6f}")
        form.field("longitude", QLineEdit).setText(f"{longitude:.6f}")

    def _pasted_coordinates(self, text: str) -> None:
        """ "11.5564, 104.9282" pasted into the latitude (as a map or a photo gives it) fills both."""
        form: Any = self
        pair = split_coordinates(text)
        if pair is not None:
            form.field("latitude", QLineEdit).setText(pair[0])
            form.field("longitude", QLineEdit).setText(pair[1])
