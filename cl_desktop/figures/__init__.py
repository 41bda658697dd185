"""Everything derived from the records: work status and outcomes, indicator facts and the summary,
duplicate keys and scoring, data quality, and the recompute after a sync."""
