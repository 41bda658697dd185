"""Where the application keeps its files.

``CL_DESKTOP_DATA_DIR`` overrides the data directory (tests, portable installs);
logs and backups live beside the data unless the platform says otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "cl-desktop"
DATA_DIR_ENV = "CL_DESKTOP_DATA_DIR"
DEFAULT_DB_NAME = "cl-desktop.sqlite"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    if os.environ.get(DATA_DIR_ENV):
        path = data_dir() / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(db_path: Path) -> Path:
    """Backups of a database live in a ``backups`` folder beside it."""
    path = db_path.parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
