# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint typecheck bench bench-quick fuzz screenshots translations translations-update dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP) translations
	$(BIN)/cl-desktop demo --if-missing
	$(BIN)/cl-desktop gui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint translations
	$(BIN)/python -m pytest -q

# Longer hypothesis runs of the hostile-input tests (make test runs a few seconds per target).
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-5000} $(BIN)/python -m pytest -q tests/fuzz -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m cl_desktop.bench

bench-quick: $(STAMP)
	$(BIN)/python -m cl_desktop.bench --quick

# The one-folder frozen app for this platform in dist/cl-desktop/ (installer/README.md for installers).
dist: $(STAMP) translations
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/python installer/build.py

# Every main screen and dialog in English, Khmer and Russian at 1024x600 and 1366x768, each on its own
# Xvfb screen of that size when Xvfb is installed (else offscreen), in docs/screenshots/<lang>/<size>/.
# make screenshots SHOTS="dashboard child-form" for a few of them only.
screenshots: $(STAMP) translations
	rm -rf docs/screenshots/en docs/screenshots/km docs/screenshots/ru docs/screenshots/*.png
	$(BIN)/python -m cl_desktop.ui.screenshots $(if $(SHOTS),--only $(SHOTS))

# Compile the translation sources (resources/translations/*.ts) into the .qm files the app loads.
translations: $(STAMP)
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

# Refresh the .ts sources from the UI code (keeps existing translations).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find cl_desktop/ui -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/cl_desktop_km.ts resources/translations/cl_desktop_ru.ts
	$(BIN)/python -m cl_desktop.i18n.shared resources/translations/cl_desktop_km.ts resources/translations/cl_desktop_ru.ts
	$(BIN)/pyside6-lupdate $$(find cl_desktop/ui -name '*.py' | sort) -no-obsolete -pluralonly \
		-source-language en -target-language en -ts resources/translations/cl_desktop_en.ts

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
