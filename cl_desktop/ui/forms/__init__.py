"""Record forms: ``open_form(kind, ...)`` opens the form for a new record or for editing one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from cl_desktop.services.context import Context
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.forms.base import FormDialog, field_message, set_field_translator


def form_classes() -> dict[str, type[FormDialog]]:
    from cl_desktop.ui.forms.admin import OfficeForm, OrganisationForm, UserForm
    from cl_desktop.ui.forms.child import ChildForm
    from cl_desktop.ui.forms.custom_field import CustomFieldForm, CustomFieldsPreview
    from cl_desktop.ui.forms.follow_up import FollowUpForm
    from cl_desktop.ui.forms.household import HouseholdForm
    from cl_desktop.ui.forms.indicator import ActivityForm, IndicatorForm, NarrativeForm, PeriodForm
    from cl_desktop.ui.forms.programme import ProgrammeForm, ProjectForm
    from cl_desktop.ui.forms.referral import ReferralForm
    from cl_desktop.ui.forms.service import HouseholdServiceForm, ServiceForm
    from cl_desktop.ui.forms.visit import MonitoringVisitForm

    classes: list[type[FormDialog]] = [
        ChildForm,
        HouseholdForm,
        ServiceForm,
        HouseholdServiceForm,
        FollowUpForm,
        ProgrammeForm,
        ProjectForm,
        IndicatorForm,
        ActivityForm,
        NarrativeForm,
        PeriodForm,
        UserForm,
        OrganisationForm,
        OfficeForm,
        ReferralForm,
        MonitoringVisitForm,
        CustomFieldForm,
        CustomFieldsPreview,
    ]
    return {cls.kind: cls for cls in classes}


KINDS = (
    "child",
    "household",
    "service",
    "household_service",
    "follow_up",
    "programme",
    "project",
    "indicator",
    "activity",
    "narrative",
    "period",
    "user",
    "organisation",
    "office",
    "referral",
    "monitoring_visit",
    "custom_field",
    "custom_fields_preview",
)


def create_form(
    kind: str, ctx: Context, bus: DataBus, parent: QWidget | None = None, record_id: str | None = None, **preset: Any
) -> FormDialog:
    """Build the form without showing it (tests, screenshots)."""
    classes = form_classes()
    if kind not in classes:
        raise ValueError(f"unknown form kind {kind!r}; one of {', '.join(KINDS)}")
    return classes[kind](ctx, bus, parent, record_id, **preset)


def open_form(
    kind: str, ctx: Context, bus: DataBus, parent: QWidget, record_id: str | None = None, **preset: Any
) -> QDialog:
    """Open a record form, non-modal; after a save it emits ``bus.changed(table)`` and closes."""
    form = create_form(kind, ctx, bus, parent, record_id, **preset)
    form.show()
    form.raise_()
    form.activateWindow()
    return form


__all__ = ["KINDS", "FormDialog", "create_form", "field_message", "open_form", "set_field_translator"]
