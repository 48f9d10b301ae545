"""The one place where the pipeline's deployment and schedule are defined.

Start it with `policydata serve` (or `python -m flows.serve`): a long-running process that runs
the pipeline every day at 06:00 Asia/Shanghai over POLICYDATA_INPUTS (colon-separated paths,
default `samples`) into POLICYDATA_WAREHOUSE (default warehouse/policydata.duckdb). It needs no
separate Prefect server: without PREFECT_API_URL it uses a temporary local one.
"""

from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect.schedules import Cron

from flows.pipeline import pipeline

DEPLOYMENT_NAME = "policydata-daily"
#: Daily at 06:00 Beijing time, after ministries' overnight publications.
SCHEDULE = Cron("0 6 * * *", timezone="Asia/Shanghai")


def deployment_parameters(env: dict[str, str] | None = None) -> dict:
    env = dict(os.environ) if env is None else env
    inputs = [p for p in env.get("POLICYDATA_INPUTS", "samples").split(os.pathsep) if p]
    return {"paths": inputs, "warehouse_path": env.get("POLICYDATA_WAREHOUSE", "warehouse/policydata.duckdb")}


def serve() -> None:
    pipeline.serve(name=DEPLOYMENT_NAME, schedules=[SCHEDULE], parameters=deployment_parameters(),
                   tags=["policydata"], description="Daily ingest → normalise → tag → load.")


if __name__ == "__main__":
    serve()
