"""Sync between offices and headquarters: keys, the bundle container, later the engine."""
