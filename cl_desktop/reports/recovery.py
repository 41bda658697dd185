"""The recovery key sheet: one page the coordinator prints once and keeps in a safe.

It holds the recovery key of an encrypted office database, what it opens and what to do with it.
Nothing else: no names, no figures. The file is written like every report (temp -> fsync -> rename)
and the screens tell the user to delete it once printed.
"""

from __future__ import annotations

import os
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from cl_desktop.reports.common import date_text
from cl_desktop.reports.layout import PageHeader, build_pdf, frame_size, key_value_table
from cl_desktop.reports.styles import INK, Lang, get_styles
from cl_desktop.reports.text import para

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Recovery key",
        "subtitle": "CL Desktop: encrypted office database",
        "office": "Office",
        "database": "Database file",
        "made": "Made on",
        "key": "Recovery key",
        "what": (
            "This key opens the office database when nobody remembers a password. With it, a coordinator "
            "sets a new password for an account (sign-in window: Forgot password; or the command "
            "cl-desktop recover-key)."
        ),
        "keep": (
            "Keep this sheet in a locked safe, away from the laptop. Anyone who has both this key and the "
            "laptop can read every record. It is printed only once: it cannot be shown again."
        ),
        "lost": (
            "If the laptop is stolen, tell headquarters. If this sheet is lost while the laptop is safe, "
            "encrypt a new copy of the database to get a new recovery key."
        ),
    },
    "km": {
        "title": "កូនសោសង្គ្រោះ",
        "subtitle": "CL Desktop៖ មូលដ្ឋានទិន្នន័យការិយាល័យដែលបានអ៊ិនគ្រីប",
        "office": "ការិយាល័យ",
        "database": "ឯកសារមូលដ្ឋានទិន្នន័យ",
        "made": "បង្កើតនៅថ្ងៃ",
        "key": "កូនសោសង្គ្រោះ",
        "what": (
            "កូនសោនេះបើកមូលដ្ឋានទិន្នន័យការិយាល័យ នៅពេលគ្មាននរណាចាំពាក្យសម្ងាត់។ ដោយប្រើវា អ្នកសម្របសម្រួល"
            "កំណត់ពាក្យសម្ងាត់ថ្មីសម្រាប់គណនីមួយ (បង្អួចចូល៖ ភ្លេចពាក្យសម្ងាត់ ឬពាក្យបញ្ជា cl-desktop recover-key)។"
        ),
        "keep": (
            "រក្សាសន្លឹកនេះក្នុងទូដែកចាក់សោ ឆ្ងាយពីកុំព្យូទ័រយួរដៃ។ អ្នកណាដែលមានទាំងកូនសោនេះ និងកុំព្យូទ័រ"
            "អាចអានកំណត់ត្រាទាំងអស់។ វាត្រូវបានបោះពុម្ពតែម្តងគត់៖ មិនអាចបង្ហាញម្តងទៀតបានទេ។"
        ),
        "lost": (
            "ប្រសិនបើកុំព្យូទ័រត្រូវបានលួច សូមប្រាប់ទីស្នាក់ការកណ្តាល។ ប្រសិនបើសន្លឹកនេះបាត់ ខណៈកុំព្យូទ័រនៅមានសុវត្ថិភាព "
            "សូមអ៊ិនគ្រីបច្បាប់ចម្លងថ្មីនៃមូលដ្ឋានទិន្នន័យ ដើម្បីទទួលបានកូនសោសង្គ្រោះថ្មី។"
        ),
    },
    "ru": {
        "title": "Ключ восстановления",
        "subtitle": "CL Desktop: зашифрованная база данных офиса",
        "office": "Офис",
        "database": "Файл базы данных",
        "made": "Дата создания",
        "key": "Ключ восстановления",
        "what": (
            "Этот ключ открывает базу данных офиса, если никто не помнит пароль. С ним координатор задаёт "
            "новый пароль учётной записи (окно входа: «Забыли пароль»; или команда cl-desktop recover-key)."
        ),
        "keep": (
            "Храните этот лист в запертом сейфе, отдельно от ноутбука. Тот, у кого есть и этот ключ, и ноутбук, "
            "может прочитать все записи. Ключ печатается только один раз: показать его снова нельзя."
        ),
        "lost": (
            "Если ноутбук украден, сообщите в центральный офис. Если лист потерян, а ноутбук в сохранности, "
            "зашифруйте новую копию базы данных, чтобы получить новый ключ восстановления."
        ),
    },
}


def recovery_story(code: str, *, database: str, office: str, lang: Lang, today: date) -> list[Flowable]:
    styles = get_styles(lang)
    words = WORDS[lang]
    # The key is ASCII: a monospaced face, one line, where 0/O and 1/I cannot be confused (base32 has no 0 or 1).
    key_style = ParagraphStyle("recovery_key", fontName="Courier-Bold", fontSize=18, leading=24, textColor=INK)
    return [
        para(words["title"], styles.title),
        para(words["subtitle"], styles.subtitle),
        Spacer(1, 8),
        key_value_table(
            [
                (words["office"], office),
                (words["database"], database),
                (words["made"], date_text(today.isoformat(), lang)),
            ],
            lang=lang,
        ),
        Spacer(1, 14),
        para(words["key"], styles.heading),
        Paragraph(escape(code), key_style),
        Spacer(1, 14),
        para(words["what"], styles.body),
        Spacer(1, 6),
        para(words["keep"], styles.body_bold),
        Spacer(1, 6),
        para(words["lost"], styles.body),
    ]


def write_recovery_sheet(
    path: str | os.PathLike[str],
    code: str,
    *,
    database: str,
    office: str,
    language: str = "en",
    today: date | None = None,
) -> int:
    """Write the one-page recovery sheet; returns the page count (1)."""
    lang: Lang = language if language in WORDS else "en"  # type: ignore[assignment]
    header = PageHeader(title=WORDS[lang]["title"], project=office)
    width, height = frame_size()
    story = recovery_story(code, database=database, office=office, lang=lang, today=today or date.today())
    return build_pdf(path, [KeepInFrame(width, height - 2, story, mode="shrink")], header=header, lang=lang)
