"""Words and formats without Qt: the printed catalogue and number/date formats in each language.

Used by the reports, the CLI and the interface alike. Widget text stays in Qt's
``.ts`` files (``resources/translations``), translated with ``self.tr()``.
"""
