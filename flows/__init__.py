"""Prefect flows: orchestration only; all work is done by the policydata library."""
