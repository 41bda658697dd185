"""Where a photo was taken, from the GPS block a phone or camera writes into it (EXIF), for the optional
location of an intake.

Only the file's metadata is read (Pillow opens an image lazily: no pixel is decoded), so a large photo
costs what a small one does. A file that is not an image, or a photo without a location, is one
sentence; a location outside the earth's ranges (a damaged or crafted block) is refused like one.
Pillow comes with reportlab, which the reports already need.
"""

from __future__ import annotations

import math
import struct
import warnings
from pathlib import Path
from typing import Any

from cl_desktop.errors import RefusedInput

GPS_IFD = 0x8825
LATITUDE_REF, LATITUDE, LONGITUDE_REF, LONGITUDE = 1, 2, 3, 4


class NoPhotoLocation(RefusedInput):
    """The photo gives no location; ``code`` (``not_photo``, ``no_location``) lets a screen say why in its
    user's language."""

    MESSAGES = {  # noqa: RUF012
        "not_photo": "{name} is not a photo that can be read.",
        "no_location": "{name} holds no location: the camera did not record where it was taken.",
    }

    def __init__(self, code: str, name: str) -> None:
        self.code, self.name = code, name
        super().__init__(self.MESSAGES[code].format(name=name))


def _degrees(value: Any, ref: Any, positive: str, negative: str, limit: float) -> float | None:
    """Degrees, minutes and seconds (three rationals) and N/S or E/W as signed decimal degrees."""
    try:
        d, m, s = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    ref = ref.decode("ascii", "replace") if isinstance(ref, bytes) else str(ref or "")
    ref = ref.strip("\x00 ").upper()
    if ref not in (positive, negative) or not all(math.isfinite(x) and x >= 0 for x in (d, m, s)):
        return None
    degrees = d + m / 60 + s / 3600
    if degrees > limit:
        return None
    return -degrees if ref == negative else degrees


def photo_coordinates(path: str | Path) -> tuple[float, float]:
    """The (latitude, longitude) a photo records, rounded to six decimals (about 10 cm); raises
    :class:`NoPhotoLocation`."""
    from PIL import Image, UnidentifiedImageError

    name = Path(path).name
    try:
        with warnings.catch_warnings():  # a damaged EXIF block is a warning to Pillow, a refusal here
            warnings.simplefilter("error")
            with Image.open(path) as image:
                gps = dict(image.getexif().get_ifd(GPS_IFD))
    except (OSError, ValueError, SyntaxError, KeyError, TypeError, IndexError, EOFError, struct.error,
            UnidentifiedImageError, Image.DecompressionBombError, Warning):  # fmt: skip
        raise NoPhotoLocation("not_photo", name) from None
    latitude = _degrees(gps.get(LATITUDE), gps.get(LATITUDE_REF), "N", "S", 90)
    longitude = _degrees(gps.get(LONGITUDE), gps.get(LONGITUDE_REF), "E", "W", 180)
    if latitude is None or longitude is None:
        raise NoPhotoLocation("no_location", name)
    return round(latitude, 6), round(longitude, 6)
