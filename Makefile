# Two commands for a newcomer: `make run` (set up, open the app) and `make test`
# (set up, run every test). Both create .venv themselves.
VENV ?= .venv
ifeq ($(OS),Windows_NT)
PY := $(VENV)/Scripts/python.exe
else
PY := $(VENV)/bin/python
endif

.PHONY: run test setup demo lint bench dist translations screenshots

run: setup
	$(PY) main.py

test:
	bash scripts/test.sh

setup:
	bash scripts/setup.sh

demo: setup
	$(PY) main.py demo

lint: setup
	$(PY) -m ruff check .

bench: setup
	$(PY) benchmarks/run.py

# The app as users get it: a one-folder bundle and this system's package in dist/
# (packaging/build.py: Linux tarball, Windows installer, macOS disk image).
dist: setup
	$(PY) packaging/build.py

# Re-read the sources into the translators' files (.ts for ui/, .pot/.po for crm/), then build.
translations: setup
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py build

# The README's screenshots (docs/screenshots/): the main pages in English, French and Dutch.
screenshots: setup
	VENV=$(VENV) bash scripts/screenshots.sh
