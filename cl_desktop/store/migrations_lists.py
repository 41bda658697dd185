"""Schema migrations for the list screens at national scale: paging, sorting per language, search across scripts.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

``0008_name_sort_and_transliteration`` adds two things every writer fills through SQL triggers, so the
forms, the spreadsheet import, the demo generator and the sync import all keep them right without
knowing about them:

- ``children.name_sort``, a sort key for names (derived, see ``schema.DERIVED_COLUMNS``: never synced
  nor audited), indexed. It starts with the script's mark (``1`` Latin and anything else, ``2``
  Cyrillic, ``3`` Khmer), so each script is one range of the index and a list can show the scripts
  in the order the interface language reads them; then the name folded for that script:

  * Latin: lower case, accents removed (``É`` sorts as ``e``, ``ß`` as ``ss``);
  * Cyrillic: lower case, the Russian alphabet (which is Unicode order) with ``ё`` as ``е``; the
    Kazakh, Tajik, Uzbek and Ukrainian letters right after their base letter (``ғ`` after every
    ``г``, ``қ`` after ``к``, ``ә`` after ``а``…);
  * Khmer: the consonants and independent vowels in their Unicode order, which is the dictionary
    order; vowel signs, diacritics and the subscript mark are left out of the key (so names compare
    by their consonants first).

- ``children_translit_fts``, a trigram index of the Latin transliteration of Cyrillic names (the same
  letters as ``domain.names``), so typing ``Nilufar`` finds ``Нилуфар`` even when nobody typed a
  Latin name. Only children whose name has Cyrillic letters are in it.

The SQL is generated here from the tables below; once released it must not change (a new key would
be a new migration that rebuilds the column and the index).
"""

from __future__ import annotations

import unicodedata

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

# The script marks that start ``name_sort``: each script is the range [mark, next mark).
LATIN, CYRILLIC, KHMER = "1", "2", "3"
# Latin takes anything below Cyrillic (an empty key too), Khmer anything from its mark up.
SCRIPT_RANGES: dict[str, tuple[str, str]] = {"latin": ("", "2"), "cyrillic": ("2", "3"), "khmer": ("3", "\U0010ffff")}

_CYRILLIC_GLOB = "*[\u0400-\u04ff]*"
_KHMER_GLOB = "*[\u1780-\u17ff]*"
_NON_ASCII_GLOB = "*[^ -~]*"

# Cyrillic capitals beyond А–Я that names use (lower() in SQLite folds ASCII only).
_CYRILLIC_UPPER = "ЁЂЃЄЅІЇЈЉЊЋЌЎЏ" + "".join(chr(c) for c in range(0x0410, 0x0430)) + "ӘҒҚҢӨҰҮҺӢӮҲҶӮЎ"
# Letters sorted right after a base letter: the mark above the Cyrillic block keeps every word with
# the base letter before the first word with the extra one (гя… < ға…).
_AFTER = "\u0500"
_CYRILLIC_EXTRA: dict[str, str] = {
    "ё": "е",
    "є": "е" + _AFTER,
    "ә": "а" + _AFTER,
    "ғ": "г" + _AFTER,
    "ѓ": "г" + _AFTER,
    "қ": "к" + _AFTER,
    "ќ": "к" + _AFTER,
    "ң": "н" + _AFTER,
    "ө": "о" + _AFTER,
    "ұ": "у" + _AFTER,
    "ү": "у" + _AFTER + _AFTER,
    "ӯ": "у" + _AFTER,
    "ў": "у" + _AFTER,
    "һ": "х" + _AFTER,
    "ҳ": "х" + _AFTER,
    "ҷ": "ч" + _AFTER,
    "і": "и" + _AFTER,
    "ї": "и" + _AFTER + _AFTER,
    "ӣ": "и" + _AFTER,
}
# Khmer signs left out of the key: vowel signs, diacritics, the subscript mark, and zero-width spaces.
_KHMER_IGNORED = "".join(chr(c) for c in range(0x17B4, 0x17D4)) + "\u17dd\u200b\u200c\u200d"

# Cyrillic to Latin, as ``domain.names`` transliterates for comparing names (frozen here).
_TRANSLIT: dict[str, str] = {
    **dict(
        zip(
            "абвгдежзийклмнопрстуфхцчшщъыьэюя",
            [
                "a",
                "b",
                "v",
                "g",
                "d",
                "e",
                "zh",
                "z",
                "i",
                "i",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "r",
                "s",
                "t",
                "u",
                "f",
                "kh",
                "ts",
                "ch",
                "sh",
                "shch",
                "_",
                "y",
                "_",
                "e",
                "yu",
                "ya",
            ],
            strict=True,
        )
    ),
    "ё": "e",
    "і": "i",
    "ї": "i",
    "є": "e",
    "ў": "u",
    "қ": "q",
    "ғ": "gh",
    "ҳ": "h",
    "ҷ": "j",
    "ӯ": "u",
    "ө": "o",
    "ү": "u",
    "ұ": "u",
    "ң": "ng",
    "һ": "h",
    "ә": "a",
    "ӣ": "i",
}
_TRANSLIT = {k: ("" if v == "_" else v) for k, v in _TRANSLIT.items()}


def _latin_folding() -> dict[str, str]:
    """Accented Latin letters (Latin-1 and Extended-A), either case, to their lower-case base letters."""
    special = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l"}
    special |= {"œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i", "ħ": "h", "Ħ": "h"}
    out: dict[str, str] = {}
    for code in range(0x00C0, 0x0180):
        ch = chr(code)
        if ch in special:
            out[ch] = special[ch]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        if base.isascii() and base.isalpha() and base != ch:
            out[ch] = base
    return out


# A trigger statement holds at most this many nested replace() calls (SQLite's parser stack).
_CHUNK = 20


def _ascii_lower(text: str) -> str:
    """What SQLite's lower() does without ICU: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_CYRILLIC_LOWER = {u: u.lower() for u in _CYRILLIC_UPPER if u.lower() != u}
_LATIN_FOLDING = _latin_folding()


def _apply(text: str, pairs: dict[str, str]) -> str:
    for old, new in pairs.items():
        text = text.replace(old, new)
    return text


def name_sort(name: str) -> str:
    """``children.name_sort`` of a name, in Python: what the triggers compute (a test holds them equal)."""
    text = name.strip(" ")
    if any("\u1780" <= ch <= "\u17ff" for ch in text):
        return KHMER + _apply(text, dict.fromkeys(_KHMER_IGNORED, ""))
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return CYRILLIC + _apply(_apply(_ascii_lower(text), _CYRILLIC_LOWER), _CYRILLIC_EXTRA)
    lowered = _ascii_lower(text)
    if not all(" " <= ch <= "~" for ch in lowered):
        lowered = _apply(lowered, _LATIN_FOLDING)
    return LATIN + lowered


def name_translit(name: str, translit: dict[str, str] | None = None) -> str:
    """``children.name_translit`` as this migration's triggers wrote it (``store.migrations_names`` has the
    current one): the Latin transliteration of a name with Cyrillic letters, else ''."""
    text = name.strip(" ")
    if not any("\u0400" <= ch <= "\u04ff" for ch in text):
        return ""
    return _apply(_apply(_ascii_lower(text), _CYRILLIC_LOWER), _TRANSLIT if translit is None else translit)


def _chains(column: str, pairs: dict[str, str]) -> list[str]:
    """``SET column = replace(replace(column, ...))`` clauses, ``_CHUNK`` replacements each."""
    items = list(pairs.items())
    out = []
    for start in range(0, len(items), _CHUNK):
        expr = column
        for old, new in items[start : start + _CHUNK]:
            expr = f"replace({expr}, '{old}', '{new}')"
        out.append(f"{column} = {expr}")
    return out


def name_statements(row: str, translit: dict[str, str] | None = None) -> list[str]:
    """The trigger statements that fill ``name_sort`` and ``name_translit`` of the child with rowid ``row``.

    ``name_translit`` is written once, with its final value, and only when it changes: its own trigger
    feeds the search index. (A bulk load sets aside the triggers that name a search index and rebuilds
    the index at the end, so these, which name none, keep filling both columns meanwhile.)
    """
    translit = _TRANSLIT if translit is None else translit  # a later migration passes its own table
    where = f"WHERE rowid = {row}"
    text = "trim(name)"
    first = (
        f"UPDATE children SET name_sort = CASE WHEN {text} GLOB '{_KHMER_GLOB}' THEN '{KHMER}' || {text} "
        f"WHEN {text} GLOB '{_CYRILLIC_GLOB}' THEN '{CYRILLIC}' || lower({text}) ELSE '{LATIN}' || lower({text}) END "
        f"{where}"
    )
    cyrillic = f"{where} AND substr(name_sort, 1, 1) = '{CYRILLIC}'"
    lower = [f"UPDATE children SET {chain} {cyrillic}" for chain in _chains("name_sort", _CYRILLIC_LOWER)]
    steps = [
        first,
        f"UPDATE children SET name_translit = '' {where} AND name_translit != '' "
        f"AND substr(name_sort, 1, 1) != '{CYRILLIC}'",
        # Cyrillic: the transliteration is worked out in name_sort, copied, then name_sort made again.
        *lower,
        *[f"UPDATE children SET {chain} {cyrillic}" for chain in _chains("name_sort", translit)],
        f"UPDATE children SET name_translit = substr(name_sort, 2) {cyrillic} "
        "AND name_translit != substr(name_sort, 2)",
        f"UPDATE children SET name_sort = '{CYRILLIC}' || lower({text}) {cyrillic}",
        *lower,
        *[f"UPDATE children SET {chain} {cyrillic}" for chain in _chains("name_sort", _CYRILLIC_EXTRA)],
    ]
    khmer = f"{where} AND substr(name_sort, 1, 1) = '{KHMER}'"
    steps += [
        f"UPDATE children SET {chain} {khmer}" for chain in _chains("name_sort", dict.fromkeys(_KHMER_IGNORED, ""))
    ]
    latin = f"{where} AND substr(name_sort, 1, 1) = '{LATIN}' AND name_sort GLOB '{_NON_ASCII_GLOB}'"
    steps += [f"UPDATE children SET {chain} {latin}" for chain in _chains("name_sort", _LATIN_FOLDING)]
    return steps


_FTS_DELETE = (
    "INSERT INTO children_translit_fts(children_translit_fts, rowid, name_translit) "
    "SELECT 'delete', old.rowid, old.name_translit WHERE old.name_translit != ''"
)
_FTS_INSERT = (
    "INSERT INTO children_translit_fts(rowid, name_translit) "
    "SELECT new.rowid, new.name_translit WHERE new.name_translit != ''"
)


def triggers(translit: dict[str, str] | None = None) -> list[str]:
    body = ";\n".join(name_statements("new.rowid", translit))
    return [
        f"CREATE TRIGGER children_names_insert AFTER INSERT ON children BEGIN\n{body};\nEND",
        f"CREATE TRIGGER children_names_update AFTER UPDATE OF name ON children BEGIN\n{body};\nEND",
        "CREATE TRIGGER children_translit_fts_update AFTER UPDATE OF name_translit ON children BEGIN\n"
        f"{_FTS_DELETE};\n{_FTS_INSERT};\nEND",
        f"CREATE TRIGGER children_translit_fts_delete AFTER DELETE ON children BEGIN\n{_FTS_DELETE};\nEND",
    ]


@MIGRATIONS(name="0008_name_sort_and_transliteration")
def m0008_name_sort_and_transliteration(db: Database) -> None:
    """``children.name_sort`` and ``name_translit`` (kept by triggers), indexed; ``children_translit_fts``."""
    db.execute("ALTER TABLE children ADD COLUMN name_sort TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE children ADD COLUMN name_translit TEXT NOT NULL DEFAULT ''")
    # One pass over the existing children in Python (the same rules the triggers apply row by row).
    db.conn.create_function("cl_name_sort", 1, name_sort, deterministic=True)
    db.conn.create_function("cl_name_translit", 1, name_translit, deterministic=True)
    db.execute("UPDATE children SET name_sort = cl_name_sort(name), name_translit = cl_name_translit(name)")
    db.execute("CREATE INDEX children_name_sort ON children(name_sort)")
    db.execute(
        "CREATE VIEW children_translit_source AS "
        "SELECT rowid AS rid, name_translit FROM children WHERE name_translit != ''"
    )
    db.execute(
        "CREATE VIRTUAL TABLE children_translit_fts USING fts5(name_translit, "
        "content='children_translit_source', content_rowid='rid', tokenize='trigram')"
    )
    db.execute("INSERT INTO children_translit_fts(children_translit_fts) VALUES ('rebuild')")
    for sql in triggers():
        db.execute(sql)


@MIGRATIONS(name="0008_children_sort_indexes")
def m0008_children_sort_indexes(db: Database) -> None:
    """The children's own columns a clerk sorts by, indexed: each page of a million children sorted by age,
    birth date, sex, work status or outcome then seeks the index at the cursor instead of sorting the
    table again (about 2 s a page at a million children without)."""
    for sql in (
        "CREATE INDEX IF NOT EXISTS children_age ON children(age_at_intake)",
        "CREATE INDEX IF NOT EXISTS children_birth ON children(birth_date)",
        "CREATE INDEX IF NOT EXISTS children_sex ON children(sex)",
        "CREATE INDEX IF NOT EXISTS children_work_status ON children(work_status)",
        "CREATE INDEX IF NOT EXISTS children_outcome ON children(outcome)",
    ):
        db.execute(sql)
