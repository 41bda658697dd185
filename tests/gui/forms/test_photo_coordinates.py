"""The intake's coordinates read from a photo: the button opens a file dialog, the photo's GPS block fills
both boxes; a photo without a location says so beside them and leaves them as they were."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton
from test_child_intake import show

from cl_desktop.exchange.photo import GPS_IFD
from cl_desktop.ui.forms import create_form


def photo(path: Path, with_location: bool) -> Path:
    image = Image.new("RGB", (64, 48), (90, 140, 60))
    exif = Image.Exif()
    if with_location:
        exif.get_ifd(GPS_IFD).update(
            {
                1: "N",
                2: (IFDRational(11), IFDRational(33), IFDRational(2304, 100)),
                3: "E",
                4: (IFDRational(104), IFDRational(55), IFDRational(4152, 100)),
            }
        )
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def pick(qtbot: Any, form: Any, path: Path) -> None:
    qtbot.mouseClick(form.findChild(QPushButton, "coordinates_from_photo"), Qt.MouseButton.LeftButton)
    [dialog] = [d for d in form.findChildren(QFileDialog, "photo_dialog") if d.isVisible()]
    dialog.selectFile(str(path))
    dialog.accept()


def test_the_coordinates_come_from_a_photo_taken_at_the_intake(
    qtbot: Any, ctx: Any, bus: Any, programme: Any, tmp_path: Path
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    latitude = form.findChild(QLineEdit, "latitude")
    longitude = form.findChild(QLineEdit, "longitude")
    pick(qtbot, form, photo(tmp_path / "kiln.jpg", True))
    assert (latitude.text(), longitude.text()) == ("11.556400", "104.928200")

    pick(qtbot, form, photo(tmp_path / "plain.jpg", False))
    errors = [label for label in form.findChildren(QLabel) if label.isVisible() and "plain.jpg" in label.text()]
    assert [e.text() for e in errors] == ["plain.jpg holds no location: the camera did not record where it was taken."]
    assert (latitude.text(), longitude.text()) == ("11.556400", "104.928200"), "the boxes keep what they held"

    (tmp_path / "notes.jpg").write_text("a shopping list", encoding="utf-8")
    pick(qtbot, form, tmp_path / "notes.jpg")
    assert any(label.isVisible() and label.text() == "notes.jpg is not a photo that can be read."
               for label in form.findChildren(QLabel))  # fmt: skip
    form.dirty = False


def test_the_child_record_shows_the_participant_data_and_the_location(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from factories import intake

    from cl_desktop.services.children import Children
    from cl_desktop.services.reference import location_id
    from cl_desktop.ui.record.child_view import ChildRecordView

    values = intake(project, programme, location_id("KH-8"), head_relation="grandchild", job_to_return=False,
                    chores_hours_per_week=12, household_hazards=["night_chores"], latitude="11.5564",
                    longitude="104.9282")  # fmt: skip
    child = Children(ctx).register(values)
    view = ChildRecordView(ctx, bus, child["id"])
    qtbot.addWidget(view)
    texts = [label.text() for label in view.findChildren(QLabel)]
    pairs = dict(itertools.pairwise(texts))
    assert pairs["Relationship to the head"] == "Grandchild"
    assert pairs["Household chores"] == "12 h/week; Chores late at night"
    assert pairs["Has a job to return to"] == "no"
    assert pairs["Location (latitude, longitude)"] == "11.556400, 104.928200"


def test_a_follow_up_visit_takes_its_location_from_a_photo_and_keeps_it(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any, tmp_path: Path
) -> None:
    from factories import intake

    from cl_desktop.services.children import Children
    from cl_desktop.services.reference import location_id

    child = Children(ctx).register(intake(project, programme, location_id("KH-8")))
    form = show(qtbot, create_form("follow_up", ctx, bus, child_id=child["id"]))
    pick(qtbot, form, photo(tmp_path / "visit.jpg", True))
    assert (form.findChild(QLineEdit, "latitude").text(), form.findChild(QLineEdit, "longitude").text()) == (
        "11.556400",
        "104.928200",
    )
    from cl_desktop.ui.widgets import set_field_value

    set_field_value(form.fields["school_status"], "attending_regularly")
    form.findChild(QLineEdit, "visited_by").setText("Dara")
    qtbot.keyClick(form.findChild(QLineEdit, "visited_by"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisible() and label.text()]
    assert form.result() == form.DialogCode.Accepted, shown
    saved = ctx.db.execute("SELECT latitude, longitude FROM follow_ups WHERE child_id = ?", [child["id"]]).fetchone()
    assert tuple(saved) == (11.5564, 104.9282)


def test_the_photo_button_speaks_the_users_language_on_both_forms(
    qtbot: Any, qapp: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from factories import intake

    from cl_desktop.services.children import Children
    from cl_desktop.services.reference import location_id
    from cl_desktop.ui import i18n

    child = Children(ctx).register(intake(project, programme, location_id("KH-8")))
    i18n.install(qapp, "ru")
    try:
        for form in (create_form("child", ctx, bus), create_form("follow_up", ctx, bus, child_id=child["id"])):
            show(qtbot, form)
            assert form.findChild(QPushButton, "coordinates_from_photo").text() == "Из фотографии…"
            assert form.findChild(QLineEdit, "latitude").placeholderText() == "широта"
            form.dirty = False
            form.close()
    finally:
        i18n.install(qapp, "en", khmer_digits=False)
