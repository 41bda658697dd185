"""The ``cl-desktop`` command line: a contract scripts and other parts rely on.

Errors go to stderr as one clear sentence: exit code 2 for usage errors, 1
for refused input; a traceback only with ``--debug``. Each area registers its
subcommands from its own module in ``cl_desktop.commands``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from cl_desktop import __version__
from cl_desktop.errors import KnownError, UsageError

log = logging.getLogger("cl_desktop.cli")

# A sync bundle's file extension: the installers associate it with the app, so a double-click runs
# `cl-desktop FILE.clbundle`, which opens the GUI with the file queued for import (see open_bundle_request).
BUNDLE_SUFFIX = ".clbundle"
OPEN_BUNDLE_ENV = "CL_DESKTOP_OPEN_BUNDLE"

COMMAND_MODULES = (
    "cl_desktop.commands.core",
    "cl_desktop.commands.tabular",
    "cl_desktop.commands.selftest",
    "cl_desktop.commands.sync",
    "cl_desktop.commands.reports",
    "cl_desktop.commands.security",
    "cl_desktop.commands.exchange",
    "cl_desktop.commands.directory",
    "cl_desktop.commands.referrals",
    "cl_desktop.commands.fields",
    "cl_desktop.commands.at_rest",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cl-desktop", description="Offline monitoring of child-labour elimination projects.")
    parser.add_argument("--version", action="version", version=f"cl-desktop {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(name)s: %(message)s")
    try:
        bundle = open_bundle_request(args_list)
        if bundle is not None:
            from cl_desktop.commands.core import open_gui

            os.environ[OPEN_BUNDLE_ENV] = str(bundle)
            return open_gui(None)
        parser = build_parser()
        args = parser.parse_args(args_list)
        if not args.command:
            from cl_desktop.commands.core import open_gui

            return open_gui(None)
        from cl_desktop.commands.at_rest import unlock_for

        unlock_for(args)  # an encrypted office database asks for an account's password first
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a reader that stopped early (`| head`) shows here, not at exit
        return code
    except BrokenPipeError:
        # The reader of our output went away: nothing to say to anyone. Point stdout at devnull so
        # the interpreter's own flush at exit does not fail again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    except UsageError as exc:
        print(f"cl-desktop: {exc}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 2
    except KnownError as exc:
        print(f"cl-desktop: {exc}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print("cl-desktop: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so, keep the traceback for --debug and the log
        path = _log_crash()
        print(f"cl-desktop: unexpected error: {exc!r}. Details: {path} (or run with --debug).", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 3


def open_bundle_request(args: Sequence[str]) -> Path | None:
    """The bundle to import when the app was started by opening a bundle file (double-click, "Open with").

    Only a single argument naming an existing ``.clbundle`` file counts; the GUI finds the path in
    ``CL_DESKTOP_OPEN_BUNDLE`` and offers to import it once the user has logged in.
    """
    if len(args) != 1 or not args[0].lower().endswith(BUNDLE_SUFFIX):
        return None
    path = Path(args[0])
    return path.resolve() if path.is_file() else None


def _log_crash() -> str:
    try:
        from cl_desktop.paths import log_dir

        path = log_dir() / "crash.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return str(path)
    except OSError:
        return "(no log written)"


if __name__ == "__main__":
    sys.exit(main())
