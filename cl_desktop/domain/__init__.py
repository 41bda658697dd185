"""Domain rules and validation: pure Python, no storage, no Qt."""
