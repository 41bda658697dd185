"""DHIS2's own formats and endpoint: ``dataValueSets`` JSON, and sending a file to a server.

JSON data values name a category option combination rather than each category, so the combination
is written by code: the option codes joined by ``_`` in the order of the data element's categories
(``FEMALE_Y05_08``); the README tells a ministry to give its combinations those codes. ADX needs no
such codes (DHIS2 works the combination out from the categories).

Sending posts the file to ``/api/dataValueSets`` first with ``dryRun=true`` (DHIS2 checks it and
changes nothing), shows the import summary, and posts for real only when asked to. The password is
read from a file the user names and is never stored. Every failure is one sentence, and nothing in
the local database changes either way.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cl_desktop.atomic import atomic_write
from cl_desktop.errors import RefusedInput
from cl_desktop.exchange.adx import CONTENT_TYPE as ADX_TYPE
from cl_desktop.exchange.adx import number
from cl_desktop.exchange.values import CodedValue

JSON_TYPE = "application/json"
MAX_UPLOAD_BYTES = 200 * 1024 * 1024
MAX_ANSWER_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 60.0
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def combination_code(categories: Sequence[tuple[str, str]]) -> str:
    return "_".join(option for _category, option in categories)


def document(values: Sequence[CodedValue], data_set: str) -> dict[str, Any]:
    return {
        "dataSet": data_set,
        "idScheme": "CODE",
        "dataValues": [
            {
                "dataElement": v.data_element,
                "period": v.period.dhis2,
                "orgUnit": v.org_unit,
                "categoryOptionCombo": combination_code(v.categories),
                "value": number(v.value),
            }
            for v in sorted(values, key=lambda v: (v.period.start, v.org_unit, v.data_element, v.categories))
        ],
    }


def write(path: str | os.PathLike[str], values: Sequence[CodedValue], data_set: str) -> int:
    data = json.dumps(document(values, data_set), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return len(values)


# -- sending -----------------------------------------------------------------------------------


class SendFailed(RefusedInput):
    """The server could not be reached or refused the file; ``summary`` holds its answer, if any."""

    def __init__(self, message: str, summary: ImportSummary | None = None) -> None:
        super().__init__(message)
        self.summary = summary


@dataclass
class ImportSummary:
    status: str = ""
    imported: int = 0
    updated: int = 0
    ignored: int = 0
    deleted: int = 0
    conflicts: list[str] = field(default_factory=list)
    description: str = ""

    def lines(self) -> list[str]:
        head = (
            f"{self.status or 'UNKNOWN'}: imported {self.imported:,}, updated {self.updated:,}, "
            f"ignored {self.ignored:,}, deleted {self.deleted:,}, conflicts {len(self.conflicts):,}"
        )
        return [head, *(f"conflict: {c}" for c in self.conflicts)]

    @property
    def ok(self) -> bool:
        """Clean: DHIS2 took every value (a conflict means some would be ignored)."""
        return self.status.upper() in ("SUCCESS", "OK", "WARNING") and not self.conflicts


def parse_summary(answer: Any) -> ImportSummary:
    """An import summary from DHIS2's answer: bare (before 2.38) or inside a web message's ``response``."""
    if not isinstance(answer, dict):
        raise ValueError("not an object")
    response = answer.get("response")
    body: dict[str, Any] = response if isinstance(response, dict) else answer
    counts = body.get("importCount")
    if not isinstance(counts, dict):
        raise ValueError("no importCount")
    conflicts = []
    for c in body.get("conflicts") or []:
        if isinstance(c, dict):
            obj, val = str(c.get("object", "")), str(c.get("value", ""))
            conflicts.append(f"{obj}: {val}" if obj else val)
    return ImportSummary(
        status=str(body.get("status") or answer.get("status") or ""),
        imported=int(counts.get("imported", 0)),
        updated=int(counts.get("updated", 0)),
        ignored=int(counts.get("ignored", 0)),
        deleted=int(counts.get("deleted", 0)),
        conflicts=conflicts,
        description=str(body.get("description") or answer.get("message") or ""),
    )


def content_type(path: Path, data: bytes) -> str:
    start = data[:200].lstrip()
    if path.suffix.lower() == ".json" or start.startswith(b"{"):
        return JSON_TYPE
    if path.suffix.lower() in (".xml", ".adx") or start.startswith(b"<"):
        return ADX_TYPE
    raise RefusedInput(f"{path.name} is neither an ADX (.xml) nor a DHIS2 JSON (.json) file.")


def read_password(path: str | os.PathLike[str]) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise RefusedInput(f"Could not read the password file {path}.") from None
    password = text.splitlines()[0] if text.strip() else ""
    if not password:
        raise RefusedInput(f"The password file {path} is empty.")
    return password


def endpoint(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RefusedInput(f"{url} is not a web address; give the server's address, e.g. https://dhis2.example.org.")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise RefusedInput(f"{url} is not encrypted (http); the password would cross the network readable: use https.")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/api/dataValueSets", "", ""))


def post(
    url: str, user: str, password: str, path: str | os.PathLike[str], *, dry_run: bool, timeout: float = TIMEOUT_SECONDS
) -> ImportSummary:
    """POST the file once; the summary DHIS2 answers, or :class:`SendFailed` with one sentence."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise RefusedInput(f"{path.name} is larger than {MAX_UPLOAD_BYTES // 1024**2} MB; send it in parts.")
        data = path.read_bytes()
    except OSError:
        raise RefusedInput(f"Could not read {path}.") from None
    target = endpoint(url)
    query = urllib.parse.urlencode(
        {"dryRun": "true" if dry_run else "false", "idScheme": "code", "importStrategy": "CREATE_AND_UPDATE"}
    )
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    request = urllib.request.Request(
        f"{target}?{query}",
        data=data,
        method="POST",
        headers={"Content-Type": content_type(path, data), "Accept": JSON_TYPE, "Authorization": f"Basic {token}"},
    )
    host = urllib.parse.urlsplit(target).netloc
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return _summary(response.read(MAX_ANSWER_BYTES + 1), host)
    except urllib.error.HTTPError as exc:
        raise _http_failure(exc, host, user) from None
    except TimeoutError:
        raise SendFailed(
            f"The DHIS2 server at {host} did not answer within {timeout:g} seconds; nothing was sent."
        ) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise SendFailed(
                f"The DHIS2 server at {host} did not answer within {timeout:g} seconds; nothing was sent."
            ) from None
        if isinstance(exc.reason, ssl.SSLError):
            raise SendFailed(
                f"The secure connection to {host} failed ({exc.reason.reason}); nothing was sent."
            ) from None
        raise SendFailed(
            f"No connection to the DHIS2 server at {host} ({_reason(exc.reason)}); nothing was sent."
        ) from None
    except (ConnectionError, OSError) as exc:
        raise SendFailed(f"No connection to the DHIS2 server at {host} ({_reason(exc)}); nothing was sent.") from None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect (often to a login page) would resend the password elsewhere: treat it as a failure."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _reason(reason: Any) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "unknown host name"
    return str(getattr(reason, "strerror", None) or reason)


def _summary(body: bytes, host: str) -> ImportSummary:
    if len(body) > MAX_ANSWER_BYTES:
        raise SendFailed(f"The server at {host} answered with more than {MAX_ANSWER_BYTES // 1024**2} MB.")
    try:
        return parse_summary(json.loads(body.decode("utf-8")))
    except (ValueError, UnicodeDecodeError, TypeError):
        raise SendFailed(f"The server at {host} did not answer like DHIS2 (no import summary).") from None


def _http_failure(exc: urllib.error.HTTPError, host: str, user: str) -> SendFailed:
    code = exc.code
    if code == 401:
        return SendFailed(f"The DHIS2 server at {host} refused the login of {user}; check the user name and password.")
    if code == 403:
        return SendFailed(f"The DHIS2 user {user} may not import data values on {host}.")
    if code in (301, 302, 303, 307, 308):
        return SendFailed(f"The server at {host} redirected the request (to a login page?); check the address.")
    body = exc.read(MAX_ANSWER_BYTES + 1) if exc.fp else b""
    summary: ImportSummary | None = None
    try:
        summary = parse_summary(json.loads(body.decode("utf-8")))
    except (ValueError, UnicodeDecodeError, TypeError):
        summary = None
    if code == 409:
        n = len(summary.conflicts) if summary else 0
        first = f": {summary.conflicts[0]}" if summary and summary.conflicts else ""
        return SendFailed(f"The DHIS2 server at {host} refused the data with {n:,} conflict(s){first}.", summary)
    return SendFailed(f"The DHIS2 server at {host} answered HTTP {code} ({exc.reason}); nothing was imported.", summary)
