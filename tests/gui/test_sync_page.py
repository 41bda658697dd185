"""Sync page: enrol an office, exchange bundles, resolve a conflict and merge duplicates with real widgets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlite_utils import Database

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.services.setup import create_database
from cl_desktop.store import records
from cl_desktop.sync.engine import export_bundle, import_bundle
from cl_desktop.sync.setup_file import init_from_setup
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.pages.sync import SyncPage
from cl_desktop.ui.tasks import SyncTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cl_desktop.sync.keys.SCRYPT_N", 1 << 10)


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Database]:
    db = create_database(tmp_path / "hq.sqlite", office_code="HQ", office_name="Headquarters", hq=True)
    ctx = Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    project = Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Kilns",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
        },
        [location_id("KH-8")],
    )
    yield db
    db.close()


def make_page(qtbot: Any, db: Database, office: str, tmp_path: Path, role: Role = Role.ADMIN) -> SyncPage:
    page = SyncPage(Context(db, Actor(username="admin", role=role, office=office)), DataBus(), SyncTasks())
    page.choose_folder = lambda: str(tmp_path)  # type: ignore[method-assign]
    qtbot.addWidget(page)
    page.show()
    return page


def child(db: Database, office: str, case: str, name: str) -> str:
    project = next(db.query("SELECT id FROM projects"))["id"]
    row = records.insert(
        db,
        "children",
        {
            "case_number": case,
            "project_id": project,
            "name": name,
            "name_latin": "Sok Srey Mom",
            "sex": "F",
            "birth_date": "2000-03-01",
            "location_id": location_id("KH-8"),
            "intake_date": "2010-01-10",
        },
        records.Author("clerk", office),
    )
    return str(row["id"])


def test_enrol_exchange_resolve_and_merge_from_the_page(qtbot: Any, hq: Database, tmp_path: Path) -> None:
    page = make_page(qtbot, hq, "HQ", tmp_path)
    setup = tmp_path / "KH-A-setup.clbundle"
    page.choose_save_path = lambda caption, name: str(setup)  # type: ignore[method-assign]
    page.tabs.setCurrentIndex(4)
    qtbot.keyClicks(page.new_code, "kh-a")
    qtbot.keyClicks(page.new_name, "Office A")
    qtbot.mouseClick(page.add_office_button, Qt.MouseButton.LeftButton)
    assert setup.exists(), page.message.text()
    passphrase = page.passphrase.text()
    assert len(passphrase) == 29 and "Added office KH-A" in page.message.text()
    assert page.offices.rowCount() == 1 and page.office.currentData() == "KH-A"

    office = init_from_setup(tmp_path / "a.sqlite", setup, passphrase)
    mine = child(office, "KH-A", "KH-A-000001", "សុខ ស្រីមុំ")
    child(hq, "HQ", "KH-H-000001", "សុខ ស្រីមុំ")
    office_page = make_page(qtbot, office, "KH-A", tmp_path / "out")
    (tmp_path / "out").mkdir()
    qtbot.mouseClick(office_page.export_button, Qt.MouseButton.LeftButton)
    (bundle,) = list((tmp_path / "out").glob("KH-A-to-HQ-*.clbundle"))

    page.choose_bundles = lambda: [str(bundle), str(bundle)]  # type: ignore[method-assign]
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    receipts = page.receipts.toPlainText().splitlines()
    assert "1 added" in receipts[0] and "nothing new" in receipts[1]
    assert page.history.rowCount() >= 3

    # a concurrent edit of the same field: side by side, then a typed value
    records.update(office, "children", mine, {"notes": "from the office"}, records.Author("clerk", "KH-A"))
    records.update(hq, "children", mine, {"notes": "from headquarters"}, records.Author("admin", "HQ"))
    export_bundle(office, tmp_path / "second.clbundle", user="clerk")
    page.import_files([str(tmp_path / "second.clbundle")])
    assert "1 conflicted" in page.receipts.toPlainText()
    page.tabs.setCurrentIndex(2)
    assert page.conflicts.rowCount() == 1
    page.conflicts.selectRow(0)
    assert "from headquarters" in page.local_view.toPlainText()
    assert "from the office" in page.remote_view.toPlainText()
    qtbot.keyClicks(page.typed_value, "agreed note")
    qtbot.keyClick(page.typed_value, Qt.Key.Key_Return)
    assert page.conflicts.rowCount() == 0
    assert hq.execute("SELECT notes FROM children WHERE id = ?", [mine]).fetchone()[0] == "agreed note"

    # the two children look alike: merge them from the duplicates tab
    page.tabs.setCurrentIndex(3)
    assert page.duplicates.model().rowCount() == 1
    page.duplicates.selectRow(0)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert "Merged" in page.message.text() and page.duplicates.model().rowCount() == 0

    # the return bundle carries the decision to the office
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    (back,) = list(tmp_path.glob("HQ-to-KH-A-*.clbundle"))
    import_bundle(office, back, user="clerk")
    assert office.execute("SELECT notes FROM children WHERE id = ?", [mine]).fetchone()[0] == "agreed note"

    # printable history
    page.choose_save_path = lambda caption, name: str(tmp_path / "history.txt")  # type: ignore[method-assign]
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "history.txt").read_text(encoding="utf-8")
    assert "receipt: 1 added" in text and "conflicted" in text
    office.close()


def test_a_refused_bundle_is_one_sentence_on_the_page(qtbot: Any, hq: Database, tmp_path: Path) -> None:
    page = make_page(qtbot, hq, "HQ", tmp_path)
    junk = tmp_path / "junk.clbundle"
    junk.write_bytes(b"not a bundle")
    page.import_files([str(junk)])
    assert page.receipts.toPlainText() == "The file junk.clbundle is not a CL Desktop sync bundle."


def test_a_clerk_cannot_import_or_manage_offices(qtbot: Any, hq: Database, tmp_path: Path) -> None:
    page = make_page(qtbot, hq, "HQ", tmp_path, role=Role.CLERK)
    assert not page.import_button.isEnabled()
    assert not page.export_button.isEnabled()
    assert not page.add_office_button.isEnabled()


def test_a_bundle_opened_from_the_file_manager_is_offered_once(
    qtbot: Any, hq: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "opened.clbundle"
    junk.write_bytes(b"not a bundle")
    monkeypatch.setenv("CL_DESKTOP_OPEN_BUNDLE", str(junk))
    page = make_page(qtbot, hq, "HQ", tmp_path)
    assert page.offered_button.isVisible() and "opened.clbundle" in page.offered_button.text()
    qtbot.mouseClick(page.offered_button, Qt.MouseButton.LeftButton)
    assert page.receipts.toPlainText() == "The file opened.clbundle is not a CL Desktop sync bundle."
    assert not page.offered_button.isVisible()
    again = make_page(qtbot, hq, "HQ", tmp_path)
    assert not again.offered_button.isVisible()


def test_an_office_is_given_a_scope_and_a_new_one_from_the_offices_tab(
    qtbot: Any, hq: Database, tmp_path: Path
) -> None:
    page = make_page(qtbot, hq, "HQ", tmp_path)
    setup = tmp_path / "b.setup"
    page.choose_save_path = lambda caption, name: str(setup)  # type: ignore[method-assign]
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    qtbot.keyClicks(page.new_code, "kh-b")
    qtbot.keyClicks(page.new_name, "Office B")
    qtbot.keyClicks(page.scope_provinces, "KH-99")
    qtbot.mouseClick(page.add_office_button, Qt.MouseButton.LeftButton)
    assert "no province with the code KH-99" in page.message.text()
    assert not setup.exists() and page.offices.rowCount() == 0
    page.scope_provinces.clear()
    qtbot.keyClicks(page.scope_provinces, "KH-12, KH-8")
    qtbot.mouseClick(page.add_office_button, Qt.MouseButton.LeftButton)
    assert "Added office KH-B" in page.message.text()
    assert page.offices.item(0, 4).text() == "KH-12, KH-8"
    # change it: select the office, type the new provinces, press the button
    page.offices.selectRow(0)
    qtbot.keyClicks(page.scope_programmes, "KH-T-AP1")
    qtbot.mouseClick(page.scope_button, Qt.MouseButton.LeftButton)
    assert "now holds" in page.message.text(), page.message.text()
    assert page.offices.item(0, 4).text() == "KH-T-AP1"
    page.offices.selectRow(0)
    qtbot.keyClicks(page.scope_programmes, "NOPE")
    qtbot.mouseClick(page.scope_button, Qt.MouseButton.LeftButton)
    assert "no action programme with the code NOPE" in page.message.text()
    assert page.offices.item(0, 4).text() == "KH-T-AP1"


def test_the_transfer_action_on_the_child_record(qtbot: Any, hq: Database, tmp_path: Path) -> None:
    """At headquarters (which holds every child) the Transfer button hands a child to an office; a
    revoked office is not offered, and a second transfer to the same office is one sentence."""
    from cl_desktop.sync.setup_file import add_office, revoke_office
    from cl_desktop.ui.record.child_view import ChildRecordView

    add_office(hq, code="KH-PNP", name="Phnom Penh", out=tmp_path / "p.setup", user="admin", passphrase="p")
    add_office(hq, code="KH-OLD", name="Closed", out=tmp_path / "o.setup", user="admin", passphrase="p")
    revoke_office(hq, "KH-OLD", "closed", "admin")
    child_id = child(hq, "HQ", "KH-HQ-000001", "ដារ៉ា")
    ctx = Context(hq, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    view = ChildRecordView(ctx, DataBus(), child_id)
    qtbot.addWidget(view)
    view.show()
    offered: list[list[tuple[str, str]]] = []

    def choose(offices: list[tuple[str, str]]) -> str:
        offered.append(offices)
        return "KH-PNP"

    view.choose_office = choose  # type: ignore[method-assign]
    qtbot.mouseClick(view.transfer_button, Qt.MouseButton.LeftButton)
    assert offered == [[("KH-PNP", "Phnom Penh")]]
    row = hq.execute("SELECT to_office, confirmed_at FROM transfers WHERE child_id = ?", [child_id]).fetchone()
    assert row[0] == "KH-PNP" and row[1] is not None
    qtbot.mouseClick(view.transfer_button, Qt.MouseButton.LeftButton)
    assert "already held by KH-PNP" in view.lock_label.text()
    assert hq.execute("SELECT count(*) FROM transfers").fetchone()[0] == 1


def test_the_review_queue_decides_pairs_likeliest_first(qtbot: Any, hq: Database, tmp_path: Path) -> None:
    from cl_desktop.figures import duplicates
    from cl_desktop.sync.engine import scan_duplicates

    same = [child(hq, office, f"{office}-000001", "សុខ ស្រីមុំ") for office in ("HQ", "KH-A")]
    namesakes = [child(hq, office, f"{office}-000002", "ចាន់ ធីតា") for office in ("HQ", "KH-B")]
    hq.execute("UPDATE children SET name_latin = '' WHERE id IN (?, ?)", namesakes)
    hq.execute("UPDATE children SET location_id = ? WHERE id = ?", [location_id("KH-12"), namesakes[1]])
    assert scan_duplicates(hq) == 2
    page = make_page(qtbot, hq, "HQ", tmp_path)
    page.tabs.setCurrentIndex(3)
    model = page.duplicates.model()
    assert model.rowCount() == 2 and page.duplicates_count.text() == "Pairs to review: 2"
    # the likeliest first: the same province before another province
    assert model.index(0, 0).data() in ("HQ-000001", "KH-A-000001")
    assert "another province" in model.index(1, 6).data()
    page.duplicates.selectRow(1)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    page.duplicates.selectRow(0)
    qtbot.mouseClick(page.same_button, Qt.MouseButton.LeftButton)
    assert "counted once" in page.message.text() and model.rowCount() == 0
    assert hq.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0] == 3
    assert (
        hq.execute("SELECT count(*) FROM children WHERE deleted = 1 AND id IN (?, ?)", same).fetchone()[0] == 1
    )  # the second registration counts no more
    assert duplicates.scan(hq) == []  # neither pair asked again
    assert hq.execute("SELECT decision FROM duplicate_decisions ORDER BY decision").fetchall() == [
        ("distinct",),
        ("same",),
    ]


def test_the_review_queue_reads_a_page_at_a_time_as_it_scrolls(
    qtbot: Any, qtmodeltester: Any, hq: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cl_desktop.sync import conflicts
    from cl_desktop.sync.engine import scan_duplicates
    from cl_desktop.ui.models import duplicates_model

    monkeypatch.setattr(duplicates_model, "PAGE", 3)
    reads: list[int] = []
    real = conflicts.duplicates_page

    def counted(db: Any, **kwargs: Any) -> list[dict[str, Any]]:
        rows = real(db, **kwargs)
        reads.append(len(rows))
        return rows

    monkeypatch.setattr(conflicts, "duplicates_page", counted)
    for n in range(7):  # seven pairs: the same child registered at headquarters and at an office
        name = ("សុខ", "ចាន់", "កែវ", "ហេង", "មាស", "ស៊ុន", "លឹម")[n]
        for office in ("HQ", "KH-A"):
            child(hq, office, f"{office}-00000{n}", f"{name} ស្រីមុំ")
        hq.execute("UPDATE children SET name_latin = '' WHERE case_number LIKE ?", [f"%-00000{n}"])
    assert scan_duplicates(hq) == 7
    page = make_page(qtbot, hq, "HQ", tmp_path)
    page.tabs.setCurrentIndex(3)
    model = page.duplicates.model()
    assert page.duplicates_count.text() == "Pairs to review: 7"
    page.duplicates.setFocus()
    page.duplicates.selectRow(0)
    for _ in range(8):  # the reviewer walks down the list with the keyboard
        qtbot.keyClick(page.duplicates, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=2000)
    assert reads[-3:] == [3, 3, 1]  # never more than a page at a time
    pairs = {frozenset((model.index(r, 0).data(), model.index(r, 3).data())) for r in range(7)}
    assert len(pairs) == 7  # every pair once, none twice across the pages
    assert page.duplicates.currentIndex().row() == 6
    qtmodeltester.check(model)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.duplicates_count.text() == "Pairs to review: 6"
    # a long queue is counted up to a cap, not read whole for the count
    monkeypatch.setattr("cl_desktop.ui.pages.sync.REVIEW_COUNT_CAP", 4)
    page.refresh()
    assert page.duplicates_count.text() == "Pairs to review: more than 4"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ru", ("то же имя кхмерским письмом", "та же дата рождения", "другая провинция")),
     ("km", ("ឈ្មោះដូចគ្នាជាអក្សរខ្មែរ", "ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា", "ខេត្តផ្សេងគ្នា"))],
)  # fmt: skip
def test_the_reasons_of_a_pair_read_in_the_users_language(
    qapp: Any, qtbot: Any, hq: Database, tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    from cl_desktop.sync.engine import scan_duplicates
    from cl_desktop.ui import i18n

    pair = [child(hq, office, f"{office}-000002", "ចាន់ ធីតា") for office in ("HQ", "KH-B")]
    hq.execute("UPDATE children SET name_latin = '' WHERE id IN (?, ?)", pair)
    hq.execute("UPDATE children SET location_id = ? WHERE id = ?", [location_id("KH-12"), pair[1]])
    assert scan_duplicates(hq) == 1
    i18n.install(qapp, lang)
    try:
        page = make_page(qtbot, hq, "HQ", tmp_path)
        page.tabs.setCurrentIndex(3)
        why = page.duplicates.model().index(0, 6).data()
        for word in words:
            assert word in why, why
        assert "province" not in why and "birth" not in why  # no English left
        header = page.duplicates.model().headerData(6, Qt.Orientation.Horizontal)
        assert header != "Why"
    finally:
        i18n.install(qapp, "en")


def test_the_review_tab_says_when_the_count_was_last_made_in_full_and_whether_it_is_current(
    qtbot: Any, hq: Database, tmp_path: Path
) -> None:
    from cl_desktop.ui import i18n

    for office in ("HQ", "KH-A"):  # written directly, as a bulk load does: nobody compared them yet
        child(hq, office, f"{office}-000001", "សុខ ស្រីមុំ")
    page = make_page(qtbot, hq, "HQ", tmp_path)
    page.tabs.setCurrentIndex(3)
    said = page.duplicates_checked.text()
    assert said.startswith("No full check yet · ") and "not yet compared: 2." in said, said
    assert page.duplicates_count.text() == "Pairs to review: 0"
    page.scan_button.setFocus()
    qtbot.keyClick(page.scan_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.duplicates_count.text() == "Pairs to review: 1", timeout=10_000)
    qtbot.waitUntil(lambda: page.duplicates_checked.text().startswith("Last full check: "), timeout=10_000)
    today = i18n.date_text(date.today().isoformat())
    assert page.duplicates_checked.text() == f"Last full check: {today}"


def test_a_conflict_on_an_extra_field_names_it_in_the_interface_language(
    qtbot: Any, qapp: Any, hq: Database, tmp_path: Path
) -> None:
    from cl_desktop.services.custom_fields import CustomFields
    from cl_desktop.sync.setup_file import add_office
    from cl_desktop.ui import i18n

    ctx = Context(hq, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    project = next(hq.query("SELECT id FROM projects"))["id"]
    CustomFields(ctx).define(
        {
            "project_id": project,
            "form": "intake",
            "code": "kiln",
            "kind": "text",
            "label_en": "Kiln",
            "label_km": "ឡឥដ្ឋ",
            "label_ru": "Печь",
        }
    )
    add_office(hq, code="KH-A", name="Office A", out=tmp_path / "a.setup", user="admin", passphrase="pw-KH-A")
    office = init_from_setup(tmp_path / "a.sqlite", tmp_path / "a.setup", "pw-KH-A")
    mine = child(office, "KH-A", "KH-A-000001", "សុខ ស្រីមុំ")
    records.update(office, "children", mine, {"custom": '{"kiln":"Kiln 4"}'}, records.Author("clerk", "KH-A"))
    export_bundle(office, tmp_path / "first.clbundle", user="clerk")
    import_bundle(hq, tmp_path / "first.clbundle", user="admin")
    records.update(office, "children", mine, {"custom": '{"kiln":"Kiln 5"}'}, records.Author("clerk", "KH-A"))
    records.update(hq, "children", mine, {"custom": '{"kiln":"Kiln 6"}'}, records.Author("admin", "HQ"))
    export_bundle(office, tmp_path / "second.clbundle", user="clerk")
    i18n.install(qapp, "km")
    try:
        page = make_page(qtbot, hq, "HQ", tmp_path)
        page.import_files([str(tmp_path / "second.clbundle")])
        page.tabs.setCurrentIndex(2)
        assert page.conflicts.rowCount() == 1
        assert page.conflicts.item(0, 2).text() == "ឡឥដ្ឋ"
        page.conflicts.selectRow(0)
        assert "Kiln 6" in page.local_view.toPlainText() and "Kiln 5" in page.remote_view.toPlainText()
        qtbot.mouseClick(page.keep_remote, Qt.MouseButton.LeftButton)
        assert page.conflicts.rowCount() == 0
    finally:
        i18n.install(qapp, "en", khmer_digits=False)
    assert hq.execute("SELECT custom FROM children WHERE id = ?", [mine]).fetchone()[0] == '{"kiln":"Kiln 5"}'
    office.close()


def test_a_conflict_on_extra_fields_shows_their_values_as_the_forms_do(
    qtbot: Any, qapp: Any, hq: Database, tmp_path: Path
) -> None:
    """One choice, several choices, yes/no, a date and a number, edited at both ends: the Here and Arrived
    panels read like the forms (labels in the interface language, several joined, yes/no in words, dates
    and numbers written the interface's way), not the stored codes, JSON lists, 1/0 or ISO text."""
    from cl_desktop.services.custom_fields import CustomFields
    from cl_desktop.sync.setup_file import add_office
    from cl_desktop.ui import i18n

    ctx = Context(hq, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    project = next(hq.query("SELECT id FROM projects"))["id"]
    service = CustomFields(ctx)
    base = {"project_id": project, "form": "intake"}
    lenders = "boss=Employer|ម្ចាស់|Работодатель;kin=Relative|សាច់ញាតិ|Родственник;bank=Bank|ធនាគារ|Банк"
    service.define({**base, "code": "lender", "kind": "choice", "label_en": "Lender", "label_ru": "Кредитор",
                    "choices": lenders})  # fmt: skip
    service.define({**base, "code": "tasks", "kind": "choices", "label_en": "Night tasks", "label_ru": "Ночью",
                    "choices": "nets=Nets|សំណាញ់|Сети;haul=Hauling|ទាញ|Перевозка"})  # fmt: skip
    service.define({**base, "code": "debt", "kind": "yes_no", "label_en": "In debt", "label_ru": "В долгу"})
    service.define({**base, "code": "seen", "kind": "date", "label_en": "Seen", "label_ru": "Замечен"})
    service.define({**base, "code": "owed", "kind": "number", "label_en": "Owed", "label_ru": "Долг"})
    add_office(hq, code="KH-A", name="Office A", out=tmp_path / "a.setup", user="admin", passphrase="pw-KH-A")
    office = init_from_setup(tmp_path / "a.sqlite", tmp_path / "a.setup", "pw-KH-A")
    mine = child(office, "KH-A", "KH-A-000001", "សុខ ស្រីមុំ")
    first = {"lender": "boss", "tasks": ["nets"], "seen": "2010-01-05", "owed": 10}
    at_office = {"lender": "kin", "tasks": ["nets", "haul"], "debt": 1, "seen": "2010-02-01", "owed": 1250.5}
    at_hq = {"lender": "bank", "tasks": ["haul"], "debt": 0, "seen": "2010-03-01", "owed": 12}
    records.update(office, "children", mine, {"custom": json.dumps(first)}, records.Author("clerk", "KH-A"))
    export_bundle(office, tmp_path / "first.clbundle", user="clerk")
    import_bundle(hq, tmp_path / "first.clbundle", user="admin")
    records.update(office, "children", mine, {"custom": json.dumps(at_office)}, records.Author("clerk", "KH-A"))
    records.update(hq, "children", mine, {"custom": json.dumps(at_hq)}, records.Author("admin", "HQ"))
    export_bundle(office, tmp_path / "second.clbundle", user="clerk")
    i18n.install(qapp, "ru")
    try:
        page = make_page(qtbot, hq, "HQ", tmp_path)
        page.import_files([str(tmp_path / "second.clbundle")])
        page.tabs.setCurrentIndex(2)
        assert page.conflicts.rowCount() == 5
        sides: dict[str, tuple[str, str]] = {}
        for row in range(page.conflicts.rowCount()):
            rect = page.conflicts.visualItemRect(page.conflicts.item(row, 0))
            qtbot.mouseClick(page.conflicts.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            here = page.local_view.toPlainText().split("\n\n—")[0]
            arrived = page.remote_view.toPlainText().split("\n\n—")[0]
            sides[page.conflicts.item(row, 2).text()] = (here, arrived)
        owed = i18n.number(1250.5).replace("\u00a0", " ")  # 1 250,5 (a text panel's plain text has no nbsp)
    finally:
        i18n.install(qapp, "en", khmer_digits=False)
    office.close()
    assert sides == {
        "Кредитор": ("Банк", "Родственник"),
        "В долгу": ("Нет", "Да"),
        "Ночью": ("Перевозка", "Сети, Перевозка"),
        "Замечен": ("01.03.2010", "01.02.2010"),
        "Долг": ("12", owed),
    }
