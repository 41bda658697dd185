"""The Qt user interface: the only package (with the entry point) that imports PySide6."""
