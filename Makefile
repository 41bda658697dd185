# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint typecheck bench bench-quick fuzz screenshots translations dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(BIN)/cl-desktop demo --if-missing
	$(BIN)/cl-desktop gui

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

# Longer hypothesis runs of the hostile-input tests (make test runs a few seconds per target).
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-5000} $(BIN)/python -m pytest -q tests/fuzz -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m cl_desktop.bench

bench-quick: $(STAMP)
	$(BIN)/python -m cl_desktop.bench --quick

# The one-folder frozen app for this platform in dist/cl-desktop/ (installer/README.md for installers).
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/python installer/build.py

screenshots: $(STAMP)
	$(BIN)/python -m cl_desktop.ui.screenshots

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
