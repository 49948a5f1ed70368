"""Benchmarks: run ``python -m bench.engine`` (and the others); each prints a table and writes JSON."""
