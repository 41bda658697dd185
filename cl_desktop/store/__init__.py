"""Storage: opening the SQLite file, the schema, and the audited write path."""

from cl_desktop.store.database import open_database

__all__ = ["open_database"]
