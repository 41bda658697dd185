"""Main-window pages; each takes ``(ctx, bus, tasks, parent=None)``."""
