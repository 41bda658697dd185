"""Benchmarks at national scale (``make bench``)."""
