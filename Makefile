# Vitrine: `make run` to serve the site with demo content, `make test` for the whole suite.

SHELL := /bin/bash
# The newest Python 3.11+ on this machine, unless PYTHON is given.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install run serve test lint pytest system-packages lock clean bench-slides bench-programme \
	bench-data bench-search bench audit bench-worker bench-startup

help:
	@echo "make run      install, migrate, seed demo content, serve on http://$(HOST):$(PORT) with the task worker"
	@echo "make test     lint, Django checks and the whole test suite (browser tests included)"
	@echo "make lock     re-resolve the dependencies and rewrite requirements.lock"

$(INSTALLED): pyproject.toml requirements.lock
	@if [ -z "$(PYTHON)" ]; then echo "Vitrine needs Python 3.11 or newer: install it, or run make PYTHON=/path/to/python3.11"; exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint requirements.lock --editable ".[dev]"
	@touch $@

install: $(INSTALLED)

var:
	@mkdir -p var/mail var/media

run: install var
	@scripts/system-packages libreoffice || echo "Continuing without LibreOffice: PDF uploads work, PPTX and ODP uploads will fail to convert."
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo --if-empty
	@$(MAKE) --no-print-directory serve

# The web server and the task worker together: one Ctrl-C stops both. The workers do not
# restart when code changes (runserver does): a restart in the middle of a conversion would
# leave its deck "processing", and the reloader doubles each worker's memory.
serve:
	@echo
	@echo "  Vitrine:  http://$(HOST):$(PORT)/   admin: http://$(HOST):$(PORT)/admin/"
	@echo "  Mail:     written to var/mail/ (one .log file per batch of messages)"
	@echo "  Workers:  background tasks (and slide conversion) run in this terminal too; Ctrl-C stops everything"
	@echo
	@trap 'kill $$worker $$slides 2>/dev/null; wait $$worker $$slides 2>/dev/null' EXIT; \
	$(MANAGE) db_worker --queue-name default --interval 0.5 --no-reload & worker=$$!; \
	$(MANAGE) db_worker --queue-name slides --interval 1 --no-reload & slides=$$!; \
	$(MANAGE) runserver $(HOST):$(PORT)

# Chromium for the browser tests, LibreOffice to convert PPTX and ODP slides.
system-packages:
	@scripts/system-packages chromium libreoffice

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

pytest: install system-packages var
	$(BIN)/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

test: lint install var
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	@$(MAKE) --no-print-directory pytest

# Time the slide pipeline on generated decks (prints figures; see bench/README.md).
bench-slides: install system-packages
	$(BIN)/python bench/process_deck.py

# Weigh the programme editor of a 60-session event in the admin (prints figures).
bench-programme: install
	$(BIN)/python bench/programme_editor.py

# Slide processing through the real task worker: upload to ready, and the worker's memory (prints figures).
bench-worker: install system-packages
	$(BIN)/python bench/worker.py

# `make run` from a fresh clone of this repository to the first page, phase by phase (prints figures).
bench-startup: install
	$(BIN)/python bench/startup.py

# Fill an empty database (DATABASE_URL, default /tmp/bench/vitrine.sqlite3) with a large network.
bench-data: install
	$(BIN)/python bench/generate.py

# Serve that database with gunicorn as in production and time searches over HTTP (prints figures).
bench-search: install
	$(BIN)/python bench/search.py

# Time the main pages over HTTP against a floor, as in production; writes bench/README.md.
bench: install
	$(BIN)/python bench/harness.py

# Lighthouse and axe-core on the main pages of the demo site, served as in production; writes bench/README.md.
audit: install system-packages
	cd bench/audit && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python bench/audit.py

# Resolve the newest versions that pyproject.toml allows, in a throw-away venv.
lock:
	rm -rf var/lock-venv
	$(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/python -m pip install --quiet --upgrade pip
	var/lock-venv/bin/python -m pip install --quiet --editable ".[dev]"
	var/lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock
	rm -rf var/lock-venv

clean:
	rm -rf $(VENV) var/static
