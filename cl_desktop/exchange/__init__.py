"""Exchange with national and donor systems: DHIS2 (ADX, dataValueSets), IATI, Kobo/ODK forms."""
