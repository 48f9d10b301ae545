"""policydata — Chinese ministry speeches and government news into a clean, tagged DuckDB dataset."""

__version__ = "0.1.0"
