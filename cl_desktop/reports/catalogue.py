"""Every report kind, what it needs, and one call to build it (used by the CLI and the Reports page)."""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass

from sqlite_utils import Database

from cl_desktop.errors import UsageError
from cl_desktop.i18n import formats
from cl_desktop.reports.common import BuildOptions, ProgressCallback
from cl_desktop.reports.styles import LANGS


@dataclass(frozen=True)
class ReportKind:
    """A report the user can ask for; ``needs`` names the options that apply to it."""

    key: str
    module: str
    title_label: str
    needs: frozenset[str]


KINDS: dict[str, ReportKind] = {
    k.key: k
    for k in (
        ReportKind("tpr", "tpr", "technical_progress_report", frozenset({"project", "period"})),
        ReportKind("summary", "summary", "project_summary", frozenset({"project"})),
        ReportKind("programme", "programme", "action_programme_report", frozenset({"project", "period", "programme"})),
        ReportKind("register", "register", "beneficiary_register", frozenset({"project", "programme"})),
        ReportKind("child", "child_profile", "child_profile", frozenset({"child"})),
        ReportKind("quality", "quality", "data_quality_report", frozenset({"project", "programme"})),
        ReportKind("intake-form", "blank_forms", "intake_form", frozenset({"project"})),
        ReportKind("followup-form", "blank_forms", "follow_up_form", frozenset({"project"})),
        ReportKind("referrals", "referrals", "ref_register", frozenset({"organisation"})),
    )
}


def build_report(
    kind: str,
    db: Database,
    path: str | os.PathLike[str],
    options: BuildOptions,
    on_page: ProgressCallback | None = None,
) -> int:
    """Build one report atomically; returns its page count. Unknown names raise NotFound."""
    spec = KINDS.get(kind)
    if spec is None:
        raise UsageError(f"Unknown report {kind}; choose one of {', '.join(KINDS)}.")
    if options.lang not in LANGS:
        raise UsageError(f"Unknown language {options.lang}; choose one of {', '.join(LANGS)}.")
    module = importlib.import_module(f"cl_desktop.reports.{spec.module}")
    with formats.digits(options.khmer_digits and options.lang == "km"):
        result: int = module.build_with(kind, db, path, options, on_page)
    return result
