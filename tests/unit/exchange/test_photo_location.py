"""The location a phone wrote into a photo: read from its GPS block; anything else is one sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from cl_desktop.errors import RefusedInput
from cl_desktop.exchange.photo import GPS_IFD, NoPhotoLocation, photo_coordinates


def photo(path: Path, gps: dict[int, Any] | None, fmt: str = "JPEG") -> Path:
    """A real image file (Pillow writes it) with ``gps`` as its EXIF GPS block."""
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"
    if gps is not None:
        block = exif.get_ifd(GPS_IFD)
        block.update(gps)
    image.save(path, fmt, exif=exif.tobytes())
    return path


def dms(d: float, m: float, s: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    return IFDRational(d), IFDRational(m), IFDRational(int(s * 100), 100)


KANDAL = {1: "N", 2: dms(11, 33, 23.04), 3: "E", 4: dms(104, 55, 41.52)}


def test_a_phones_photo_gives_its_latitude_and_longitude(tmp_path: Path) -> None:
    assert photo_coordinates(photo(tmp_path / "kiln.jpg", KANDAL)) == (11.5564, 104.9282)
    assert photo_coordinates(photo(tmp_path / "kiln.tif", KANDAL, "TIFF")) == (11.5564, 104.9282)


def test_south_and_west_are_negative(tmp_path: Path) -> None:
    south_west = {1: "S", 2: dms(8, 30, 0), 3: "W", 4: dms(35, 15, 36)}
    assert photo_coordinates(photo(tmp_path / "sw.jpg", south_west)) == (-8.5, -35.26)


@pytest.mark.parametrize(
    ("name", "gps", "code"),
    [
        ("plain.jpg", None, "no_location"),
        ("north_only.jpg", {1: "N", 2: dms(11, 33, 23)}, "no_location"),
        ("beyond_the_pole.jpg", {1: "N", 2: dms(91, 0, 0), 3: "E", 4: dms(104, 0, 0)}, "no_location"),
        ("no_side.jpg", {1: "X", 2: dms(11, 0, 0), 3: "E", 4: dms(104, 0, 0)}, "no_location"),
        (
            "zero_over_zero.jpg",
            {1: "N", 2: (IFDRational(0, 0), IFDRational(0), IFDRational(0)), 3: "E", 4: dms(104, 0, 0)},
            "no_location",
        ),
    ],
)
def test_a_photo_without_a_sound_location_is_one_sentence(tmp_path: Path, name: str, gps: Any, code: str) -> None:
    path = photo(tmp_path / name, gps)
    with pytest.raises(NoPhotoLocation) as refused:
        photo_coordinates(path)
    assert refused.value.code == code
    assert str(refused.value) == f"{name} holds no location: the camera did not record where it was taken."
    assert isinstance(refused.value, RefusedInput)


@pytest.mark.parametrize(
    "content", [b"", b"not an image at all", b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*" + b"\x00" * 6]
)
def test_a_file_that_is_not_a_photo_is_one_sentence(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.jpg"
    path.write_bytes(content)
    with pytest.raises(NoPhotoLocation, match=r"^notes\.jpg is not a photo that can be read\.$"):
        photo_coordinates(path)
    with pytest.raises(NoPhotoLocation, match="is not a photo"):
        photo_coordinates(tmp_path / "missing.jpg")
