"""Texts both the screens and the printed reports show: translated once, in the reports' catalogue.

A screen's text goes through Qt's ``.ts`` files and a report's through ``i18n.labels``; about ninety
English texts are in both ("Village", "Withdrawn", "This period"...), and they had drifted apart
(a village was "Деревня" in one dialog and "Населенный пункт" on paper). Their one home is now
``i18n.labels``: ``make translations-update`` copies the catalogue's translation into every ``.ts``
message whose source is the English of a label (``sync_ts``), and a test fails when one differs.

The exceptions are texts whose English is the same but whose meaning is not (``HOMONYMS``): each
keeps its own translation in the ``.ts`` file, with the reason here.

Run as ``python -m cl_desktop.i18n.shared FILE.ts...`` (the make target does).
"""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path

from cl_desktop.i18n import labels

ANY = "*"  # in every Qt context
# (Qt context or ANY, English text) -> why the screen's text is not the label's.
HOMONYMS: dict[tuple[str, str], str] = {
    (ANY, "Name"): "on paper a person's full name (ФИО); on screens also a project's, a place's or a code's name",
    (ANY, "Title"): "on paper a signatory's job title; on screens a project's or programme's title",
    ("ChildForm", "Activities"): "the work the child does, not the project's activities",
    ("lists", "Withdrawn"): "one child's status in a list (a participle that agrees with the child), not a count",
    ("lists", "Prevented"): "one child's status in a list, not a count",
    ("ReferralForm", "Referral"): "one referral of a child, not the service type 'referral to other services'",
}


def is_homonym(context: str, source: str) -> bool:
    return (context, source) in HOMONYMS or (ANY, source) in HOMONYMS


def label_keys() -> dict[str, str]:
    """English text -> the label key that translates it, for texts whose labels agree in every language.

    Two keys with the same English and different translations (a homonym inside the catalogue) give
    no key: such a text is not shared.
    """
    found: dict[str, str] = {}
    clash: set[str] = set()
    for key, english in labels.EN.items():
        if "{" in english:
            continue  # a template: screens format their own sentences
        other = found.get(english)
        if other is None:
            found[english] = key
        elif any(labels.label(other, lang) != labels.label(key, lang) for lang in ("km", "ru")):
            clash.add(english)
    return {english: key for english, key in found.items() if english not in clash}


def shared_translation(context: str, source: str, lang: str) -> str | None:
    """The catalogue's translation of a screen text that reports print too; None when not shared."""
    if is_homonym(context, source):
        return None
    key = label_keys().get(source)
    return labels.label(key, lang) if key is not None else None


_MESSAGE = re.compile(r"(<context>\s*<name>(?P<context>[^<]*)</name>)|(?P<message><message>.*?</message>)", re.S)


def sync_ts(path: Path, lang: str) -> int:
    """Set every shared message of a ``.ts`` file to the catalogue's translation; returns how many changed."""
    text = path.read_text(encoding="utf-8")
    keys = label_keys()
    changed = 0
    context = ""

    def one(match: re.Match[str]) -> str:
        nonlocal context, changed
        if match.group("context") is not None:
            context = unescape(match.group("context"))
            return match.group(0)
        block = match.group("message")
        source = re.search(r"<source>(.*?)</source>", block, re.S)
        if source is None or "<numerusform" in block:
            return block
        english = unescape(source.group(1))
        if is_homonym(context, english) or english not in keys:
            return block
        wanted = escape(labels.label(keys[english], lang), quote=False)
        new = re.sub(
            r"<translation[^>]*?(/>|>.*?</translation>)", f"<translation>{wanted}</translation>", block, flags=re.S
        )
        if new != block:
            changed += 1
        return new

    path.write_text(_MESSAGE.sub(one, text), encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    for name in argv:
        path = Path(name)
        lang = path.stem.rsplit("_", 1)[-1]
        sys.stdout.write(f"{path.name}: {sync_ts(path, lang)} shared text(s) set from the reports' catalogue\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
