"""Schema migrations for the list screens at national scale: paging, sorting per language, search across scripts.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from cl_desktop.store.schema import MIGRATIONS  # noqa: F401
