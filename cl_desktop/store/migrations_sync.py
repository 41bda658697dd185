"""Schema migrations for sync: bundles, keys, receipts, conflict queue.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations
