"""Spreadsheets in and out: CSV/XLSX exports of every list and the spreadsheet import.

Offices keep registers in Excel. Exports write the same columns the importer
reads, so a list can go out to a spreadsheet, be edited there and come back.
Nothing here imports Qt; the import dialog lives in ``cl_desktop.ui``.
"""
