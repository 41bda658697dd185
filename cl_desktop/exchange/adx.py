"""ADX (IHE QRPH Aggregate Data Exchange, namespace ``urn:ihe:qrph:adx:2015``) messages.

One ``group`` per organisation unit and period, carrying the data set code; one ``dataValue`` per
figure with its data element code, its value, and one attribute per disaggregation, named by the
category code and valued by the option code. DHIS2 reads it at ``/api/dataValueSets`` with
``Content-Type: application/adx+xml`` and resolves the category option combination itself.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime

from cl_desktop.atomic import atomic_write
from cl_desktop.exchange.values import CodedValue

NAMESPACE = "urn:ihe:qrph:adx:2015"
CONTENT_TYPE = "application/adx+xml"


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def document(values: Sequence[CodedValue], data_set: str, exported: datetime | None = None) -> bytes:
    stamp = (exported or datetime.now(UTC)).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    root = ET.Element("adx", {"xmlns": NAMESPACE, "exported": stamp})
    groups: dict[tuple[str, str], ET.Element] = {}
    for v in sorted(values, key=lambda v: (v.period.start, v.org_unit)):
        key = (v.org_unit, v.period.iso)
        group = groups.get(key)
        if group is None:
            group = ET.SubElement(root, "group", {"orgUnit": v.org_unit, "period": v.period.iso, "dataSet": data_set})
            groups[key] = group
        attributes = {"dataElement": v.data_element, **dict(v.categories), "value": number(v.value)}
        ET.SubElement(group, "dataValue", attributes)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"


def write(path: str | os.PathLike[str], values: Sequence[CodedValue], data_set: str) -> int:
    data = document(values, data_set)
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return len(values)
