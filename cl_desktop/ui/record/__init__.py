"""Read views of one record (the child record with its services, follow-ups, outcome and audit trail)."""
