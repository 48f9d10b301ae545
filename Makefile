# The README's commands. Only Python 3.11 is needed on the machine: everything else is
# installed into .venv from the lock file (requirements.lock, made with `make lock`).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 300
export PREFECT_HOME ?= $(CURDIR)/.prefect

.PHONY: run test install lock lint bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# --compile-bytecode: write every package's .pyc now. Where PYTHONDONTWRITEBYTECODE is set,
# Python never caches them itself and each process (the flow, its workers, Prefect's
# temporary server) would recompile Prefect and its stack from source: ~10 s of CPU apiece.
# _tfidf.c: the editable install compiles it into src/ once; an edit needs the install again.
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml src/policydata/tag/_tfidf.c
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --quiet --compile-bytecode --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m compileall -q src flows >/dev/null
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/policydata run samples --warehouse warehouse/policydata.duckdb

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src flows tests benchmarks

bench: install
	$(BIN)/python benchmarks/throughput.py --json

lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile --quiet pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.wal
