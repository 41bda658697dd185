"""A local HTTP server that answers as DHIS2's ``/api/dataValueSets`` endpoint is documented to.

A real DHIS2 (a Java server with PostgreSQL) cannot run on these machines, so the tests post to this:
Basic authentication (401 on a wrong password), ``dryRun=true`` checks without storing, ADX
(``application/adx+xml``) or JSON bodies with ``idScheme=code``, and an answer in the shape of DHIS2's
web message wrapping an import summary (``status``, ``importCount`` imported/updated/ignored/deleted,
``conflicts`` of object/value). Data elements the server does not know are conflicts; with
``strict`` set it refuses the whole import with HTTP 409 as DHIS2 2.38+ does for an ERROR summary.
It listens on 127.0.0.1 only.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ADX_NS = "{urn:ihe:qrph:adx:2015}"


@dataclass
class Dhis2State:
    user: str = "admin"
    password: str = "district"
    known_elements: set[str] | None = None  # None: every code is known
    strict: bool = False
    delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    stored: dict[tuple[str, ...], str] = field(default_factory=dict)


def _values(body: bytes, content_type: str) -> list[tuple[tuple[str, ...], str]]:
    if content_type.startswith("application/adx+xml"):
        root = ET.fromstring(body)
        out = []
        for group in root.iter(f"{ADX_NS}group"):
            for dv in group.iter(f"{ADX_NS}dataValue"):
                cats = tuple(sorted(f"{k}={v}" for k, v in dv.attrib.items() if k not in ("dataElement", "value")))
                out.append(
                    (
                        (group.get("orgUnit", ""), group.get("period", ""), dv.get("dataElement", ""), *cats),
                        dv.get("value", ""),
                    )
                )
        return out
    doc = json.loads(body)
    return [
        ((v["orgUnit"], v["period"], v["dataElement"], v.get("categoryOptionCombo", "")), str(v["value"]))
        for v in doc["dataValues"]
    ]


def make_handler(state: Dhis2State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _answer(self, code: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.requests.append({"path": parts.path, "query": query, "type": self.headers.get("Content-Type")})
            if state.delay:
                time.sleep(state.delay)
            expected = "Basic " + base64.b64encode(f"{state.user}:{state.password}".encode()).decode()
            if self.headers.get("Authorization") != expected:
                self._answer(
                    401,
                    {"httpStatus": "Unauthorized", "httpStatusCode": 401, "status": "ERROR", "message": "Unauthorized"},
                )
                return
            if parts.path != "/api/dataValueSets":
                self._answer(404, {"httpStatus": "Not Found", "httpStatusCode": 404, "status": "ERROR"})
                return
            try:
                values = _values(body, self.headers.get("Content-Type", ""))
            except (ValueError, KeyError, ET.ParseError):
                self._answer(
                    400,
                    {
                        "httpStatus": "Bad Request",
                        "httpStatusCode": 400,
                        "status": "ERROR",
                        "message": "Unable to parse the payload",
                    },
                )
                return
            conflicts, imported, updated = [], 0, 0
            good: list[tuple[tuple[str, ...], str]] = []
            for key, value in values:
                if state.known_elements is not None and key[2] not in state.known_elements:
                    conflicts.append({"object": key[2], "value": "Data element not found or not accessible"})
                    continue
                good.append((key, value))
                if key in state.stored:
                    updated += 1
                else:
                    imported += 1
            status = "WARNING" if conflicts else "SUCCESS"
            if conflicts and state.strict:
                status = "ERROR"
            summary = {
                "responseType": "ImportSummary",
                "status": status,
                "importCount": {
                    "imported": 0 if status == "ERROR" else imported,
                    "updated": 0 if status == "ERROR" else updated,
                    "ignored": len(conflicts) if status != "ERROR" else len(values),
                    "deleted": 0,
                },
                "conflicts": conflicts,
                "dataSetComplete": "false",
            }
            code = 409 if status == "ERROR" else 200
            if code == 200 and query.get("dryRun") != "true":
                state.stored.update(good)
            self._answer(
                code,
                {
                    "httpStatus": "Conflict" if code == 409 else "OK",
                    "httpStatusCode": code,
                    "status": "ERROR" if code == 409 else "OK",
                    "message": "Import process completed",
                    "response": summary,
                },
            )

    return Handler


class Dhis2Server:
    def __init__(self, state: Dhis2State | None = None) -> None:
        self.state = state or Dhis2State()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(self.state))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
