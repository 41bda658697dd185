"""Settings forms an administrator uses: user accounts, organisations, offices."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from cl_desktop.errors import KnownError, RefusedInput
from cl_desktop.i18n.languages import names_with_english
from cl_desktop.security.roles import Role
from cl_desktop.services import accounts
from cl_desktop.services.directory import Offices, Organisations, office_codes, update_account
from cl_desktop.services.locations import Locations, display_name
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.widgets import CodeChecklist, CodeCombo, LocationPicker, RecordCombo

LANGUAGE_CHOICES = names_with_english()


class PasswordsDiffer(RefusedInput):
    """The password and its confirmation differ (checked before any service is called)."""


class UserForm(FormDialog):
    kind = "user"
    table = "users"
    title = "User account"
    form_width = 600
    form_height = 520

    def window_title(self) -> str:
        return self.tr("User account — edit") if self.record_id else self.tr("New user account")

    def build(self) -> None:
        g = self.section(self.tr("Account"))
        username = QLineEdit()
        self.add_field(g, "username", self.tr("&User name"), username)
        if self.record is not None:
            username.setReadOnly(True)
        self.add_field(g, "full_name", self.tr("&Full name"), QLineEdit())
        roles = [
            (Role.CLERK.value, self.tr("Data-entry clerk")),
            (Role.COORDINATOR.value, self.tr("Coordinator")),
            (Role.ADMIN.value, self.tr("Headquarters administrator")),
        ]
        self.add_field(g, "role", self.tr("&Role"), RecordCombo(roles))
        offices = [(c, c) for c in office_codes(self.ctx)]
        self.add_field(g, "office_code", self.tr("&Office"), RecordCombo(offices))
        self.add_field(g, "language", self.tr("&Language"), RecordCombo(LANGUAGE_CHOICES))
        g = self.section(self.tr("Password") if self.record is None else self.tr("Reset the password"))
        if self.record is not None:
            hint = QLabel(self.tr("Leave empty to keep the current password. A reset is kept in the audit trail."))
            hint.setWordWrap(True)
            g.addWidget(hint, 0, 0, 1, 2)
        for name, label in (("password", self.tr("&Password")), ("password_confirm", self.tr("Con&firm password"))):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_field(g, name, label, edit)
        if self.record is not None:
            self.add_field(g, "reset_reason", self.tr("Reason for the reset"), QLineEdit())

    def fill_preset(self, preset: dict[str, Any]) -> None:
        super().fill_preset({"office_code": self.ctx.office_code, "role": Role.CLERK.value, **preset})

    def save(self, values: dict[str, Any]) -> list[str]:
        password = values.pop("password")
        if password != values.pop("password_confirm"):
            raise PasswordsDiffer(self.tr("The two passwords are not the same."))
        if self.record_id is None:
            self.saved = accounts.create_user(
                self.ctx,
                values["username"],
                password,
                values["role"],
                full_name=values["full_name"],
                office_code=values["office_code"],
                language=values["language"],
            )
            return ["users"]
        values.pop("username")
        reason = values.pop("reset_reason", "")
        assert self.record is not None  # an account being edited was loaded with the form
        with self.db.atomic():
            self.saved = update_account(self.ctx, self.record_id, values, base_version=self.base_version())
            if password:
                self.saved = accounts.reset_password(self.ctx, self.record["username"], password, reason)
        return ["users"]

    def refused_field(self, exc: KnownError) -> str | None:
        text = str(exc).lower()
        if isinstance(exc, PasswordsDiffer):
            return "password_confirm"
        if "reason" in text:
            return "reset_reason"
        if "password" in text:
            return "password"
        if "user name" in text:
            return "username"
        return None


class OrganisationForm(FormDialog):
    kind = "organisation"
    table = "organisations"
    title = "Organisation"
    form_width = 560
    form_height = 620

    def window_title(self) -> str:
        return self.tr("Organisation — edit") if self.record_id else self.tr("New organisation")

    def build(self) -> None:
        g = self.section(self.tr("Organisation"))
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        self.add_field(g, "name", self.tr("&Name"), QLineEdit())
        self.add_field(g, "acronym", self.tr("&Acronym"), QLineEdit())
        self.add_field(g, "organisation_type", self.tr("&Type"), CodeCombo(self.refs, "organisation_type", self.lang))
        countries = [(c["code"], display_name(c, self.lang)) for c in Locations(self.db).countries()]
        self.add_field(g, "country_code", self.tr("C&ountry"), RecordCombo(countries, empty=""))
        g = self.section(self.tr("As a service provider"))
        self.add_field(g, "contact_person", self.tr("Contact &person"), QLineEdit())
        self.add_field(g, "telephone", self.tr("Tele&phone"), QLineEdit())
        self.add_field(g, "address", self.tr("Add&ress"), QLineEdit())
        self.add_field(
            g,
            "services_offered",
            self.tr("Services o&ffered"),
            CodeChecklist.for_list(self.refs, "service_type", self.lang, rows=5),
        )

    def check(self, values: dict[str, Any]) -> None:
        Organisations(self.ctx).validate(values, self.record_id)

    def save(self, values: dict[str, Any]) -> list[str]:
        service = Organisations(self.ctx)
        if self.record_id:
            self.saved = service.update(self.record_id, values, base_version=self.base_version())
        else:
            self.saved = service.create(values)
        return ["organisations"]


class OfficeForm(FormDialog):
    kind = "office"
    table = "offices"
    title = "Office"
    form_width = 560
    form_height = 420

    def window_title(self) -> str:
        return self.tr("Office — edit") if self.record_id else self.tr("New office")

    def build(self) -> None:
        locations = Locations(self.db)
        g = self.section(self.tr("Office"))
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        self.field("code", QLineEdit).setPlaceholderText(self.tr("e.g. KH-BTB"))
        if self.record is not None:
            self.field("code", QLineEdit).setReadOnly(True)
        self.add_field(g, "name", self.tr("&Name"), QLineEdit())
        picker = LocationPicker(locations, self.lang, levels=("country", "province"))
        self.add_field(g, "province_id", self.tr("&Province"), picker, focus=False)
        self.focus_order += list(picker.combos.values())
        self.add_field(g, "is_hq", self.tr("Headquarters"), QCheckBox(self.tr("This is the national project &office")))

    def values(self) -> dict[str, Any]:
        values = super().values()
        if self.field("province_id", LocationPicker).level_of_choice() != "province":
            values["province_id"] = ""
        return values

    def check(self, values: dict[str, Any]) -> None:
        Offices(self.ctx).validate(values, self.record_id)

    def save(self, values: dict[str, Any]) -> list[str]:
        service = Offices(self.ctx)
        if self.record_id:
            self.saved = service.update(self.record_id, values, base_version=self.base_version())
        else:
            self.saved = service.create(values)
        return ["offices"]
