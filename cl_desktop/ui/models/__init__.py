"""Table models over the Qt-free list queries in ``cl_desktop.services.lists``."""
