"""The one place where the pipeline's deployment and schedule are defined.

Start it with `policydata serve` (or `python -m flows.serve`): a long-running process that runs
the pipeline every day at 06:00 Asia/Shanghai over POLICYDATA_INPUTS (colon-separated paths,
default `samples`) into POLICYDATA_WAREHOUSE (default warehouse/policydata.duckdb).

A schedule needs a Prefect server whose scheduler service creates the runs: the temporary
server of ephemeral mode has none (Prefect logs "Cannot schedule flows on an ephemeral server"
and no run ever starts). So with PREFECT_API_URL set, the deployment is served against that
server; without it, `serve` starts a local Prefect server of its own (`prefect server start` on
a free loopback port, state in PREFECT_HOME, as ephemeral mode keeps it), serves against it and
stops it when it ends. Nothing else to install or start.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

# flows.pipeline sets Prefect's environment defaults: import it before anything of Prefect's
from flows.pipeline import pipeline  # noqa: I001

from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL, temporary_settings

DEPLOYMENT_NAME = "policydata-daily"
#: Daily at 06:00 Beijing time, after ministries' overnight publications.
SCHEDULE = Cron("0 6 * * *", timezone="Asia/Shanghai")
#: How long a local server may take to answer (a fresh PREFECT_HOME runs its migrations first).
SERVER_START_SECONDS = float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180"))


def deployment_parameters(env: dict[str, str] | None = None) -> dict:
    env = dict(os.environ) if env is None else env
    inputs = [p for p in env.get("POLICYDATA_INPUTS", "samples").split(os.pathsep) if p]
    return {"paths": inputs, "warehouse_path": env.get("POLICYDATA_WAREHOUSE", "warehouse/policydata.duckdb")}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


#: The server's process: on Linux it first asks the kernel for SIGTERM when its parent ends, however
#: that ends (killed included), so no server outlives ``serve``; then it is ``prefect server
#: start``. (Asked for in the child itself: a ``preexec_fn`` is unsafe once Prefect runs threads.)
_SERVER_MAIN = """
import os, runpy, signal, sys
parent = int(sys.argv[1])
if sys.platform == "linux":
    import ctypes
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent ended before the request took effect
        sys.exit(0)
sys.argv = ["prefect", *sys.argv[2:]]
runpy.run_module("prefect", run_name="__main__")
"""


@contextlib.contextmanager
def local_server(timeout: float = SERVER_START_SECONDS) -> Iterator[str]:
    """A Prefect server (API, UI and its services, the scheduler among them) on a free loopback
    port, for as long as the block runs; yields its API URL. Its output goes to a temporary file,
    shown in the error when it stops before answering."""
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    with tempfile.TemporaryFile(mode="w+", prefix="policydata-prefect-server-") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER_MAIN, str(os.getpid()), "server", "start", "--host", "127.0.0.1",
             "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + timeout
            while not _healthy(api_url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    tail = log.read()[-2000:]
                    why = f"stopped with code {proc.returncode}" if proc.poll() is not None else f"did not answer in {timeout:.0f} s"
                    raise RuntimeError(f"the local Prefect server {why}; its output:\n{tail}")
                time.sleep(0.5)
            yield api_url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _serve() -> None:
    pipeline.serve(name=DEPLOYMENT_NAME, schedules=[SCHEDULE], parameters=deployment_parameters(),
                   tags=["policydata"], description="Daily ingest → normalise → tag → load.")


def serve() -> None:
    """Serve the deployment: against PREFECT_API_URL when set, else against a local server
    started for it (see the module docstring)."""
    if os.environ.get("PREFECT_API_URL"):
        _serve()
        return
    with local_server() as api_url:
        print(f"policydata serve: a local Prefect server at {api_url.removesuffix('/api')} "
              f"runs the schedule ({DEPLOYMENT_NAME}, daily at 06:00 Asia/Shanghai)", flush=True)
        # the runs the runner starts are processes of their own: they find the server in the
        # environment, this process in its settings
        os.environ["PREFECT_API_URL"] = api_url
        try:
            with temporary_settings(updates={PREFECT_API_URL: api_url}):
                _serve()
        finally:
            del os.environ["PREFECT_API_URL"]


if __name__ == "__main__":
    serve()
