"""`policydata serve` end to end: the deployment is served with its schedule live, and a run of it
loads the warehouse.

Started as users start it (no PREFECT_API_URL): it must bring up a Prefect server whose scheduler
creates the daily runs (the temporary server of ephemeral mode creates none), serve the deployment
against it, run what the server hands it, and leave no server behind when it is stopped.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from datetime import time as clock
from zoneinfo import ZoneInfo

import duckdb
import pytest
from conftest import ROOT, SAMPLES

from flows.serve import DEPLOYMENT_NAME
from flows.serve import _healthy as _answers  # the check serve itself waits on

FLOW_NAME = "policydata-pipeline"
START_SECONDS = 300  # a fresh Prefect home runs its migrations first; this machine is shared


@pytest.fixture
def served(tmp_path):
    """A running `policydata serve` over the samples; yields (API URL, warehouse path). At the end
    it is killed outright (SIGKILL, as an operator might), and its server must stop too."""
    warehouse = tmp_path / "w.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), POLICYDATA_INPUTS=str(SAMPLES),
               POLICYDATA_WAREHOUSE=str(warehouse), PREFECT_LOGGING_LEVEL="INFO",
               # the scheduler looks for deployments to schedule every 5 s (Prefect: 60 s)
               PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5")
    proc = subprocess.Popen([sys.executable, "-m", "policydata.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + START_SECONDS
        url = None
        while url is None:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                pytest.fail("policydata serve ended before serving:\n" + "".join(lines[-40:]))
            lines.append(line)
            m = re.search(r"local Prefect server at (http://127\.0\.0\.1:\d+)", line)
            if m:
                url = m.group(1) + "/api"
            if time.monotonic() > deadline:
                pytest.fail("policydata serve did not start its server in time:\n" + "".join(lines[-40:]))
        yield url, warehouse
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # however it ends, its server must not outlive it
        proc.wait()
        proc.stdout.close()
    deadline = time.monotonic() + 30
    while _answers(url) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not _answers(url), "the local Prefect server outlived policydata serve"


async def _wait_for(fetch, ok, seconds: float):
    deadline = time.monotonic() + seconds
    while True:
        value = await fetch()
        if ok(value) or time.monotonic() > deadline:
            return value
        await asyncio.sleep(1)


def test_serve_schedules_daily_runs_at_six_beijing_time_and_runs_the_pipeline(served):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName
    from prefect.settings import PREFECT_API_URL, temporary_settings

    url, warehouse = served
    deployment_filter = DeploymentFilter(name=DeploymentFilterName(any_=[DEPLOYMENT_NAME]))

    async def check() -> None:
        async with get_client() as client:
            async def deployment():
                try:
                    return await client.read_deployment_by_name(f"{FLOW_NAME}/{DEPLOYMENT_NAME}")
                except Exception:  # noqa: BLE001 - not registered yet
                    return None

            dep = await _wait_for(deployment, lambda d: d is not None, 120)
            assert dep is not None, "the deployment was never registered"
            [schedule] = [s.schedule for s in dep.schedules]
            assert (schedule.cron, schedule.timezone) == ("0 6 * * *", "Asia/Shanghai")

            async def scheduled():
                runs = await client.read_flow_runs(deployment_filter=deployment_filter)
                return [r for r in runs if r.state_name == "Scheduled"]

            upcoming = await _wait_for(scheduled, bool, 120)
            assert upcoming, "no run was scheduled: the server's scheduler is not running"
            for run in upcoming:
                at = run.expected_start_time.astimezone(ZoneInfo("Asia/Shanghai"))
                assert at.time() == clock(6, 0), at

            # the served process runs what the server hands it: a run now, as at 06:00
            triggered = await client.create_flow_run_from_deployment(dep.id)

            async def state():
                return (await client.read_flow_run(triggered.id)).state

            final = await _wait_for(state, lambda s: s is not None and s.is_final(), 240)
            assert final is not None and final.is_completed(), final

    with temporary_settings(updates={PREFECT_API_URL: url}):
        asyncio.run(check())
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from documents").fetchall()[0][0] >= 5
        assert con.execute("select status from runs").fetchall() == [("ok",)]
    finally:
        con.close()

