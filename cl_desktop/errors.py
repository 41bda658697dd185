"""The two kinds of failure.

A *known* error is something the user can act on (a bad file, a full disk, a
refused bundle, invalid input): it carries one clear sentence and is shown as
a message. Anything else is a bug and goes to the crash dialog or, on the CLI,
to stderr with a traceback only under ``--debug``.
"""

from __future__ import annotations


class KnownError(Exception):
    """A failure the user can understand and act on; ``str()`` is the message."""


class UsageError(KnownError):
    """The command line or call was malformed (CLI exit code 2)."""


class RefusedInput(KnownError):
    """Input was refused and nothing was changed (CLI exit code 1)."""


class DatabaseError(KnownError):
    """The database file cannot be used: not a database, corrupt, too new, locked."""


class NotFound(RefusedInput):
    """A named record (project, period, child...) does not exist."""


class PermissionDenied(RefusedInput):
    """The current user's role does not allow the action."""


class ValidationError(RefusedInput):
    """One or more fields are invalid.

    ``errors`` maps a field name to a message that names the field, so a form
    can show each message beside its field and the CLI can print them all.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))
