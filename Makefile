# Gazouillis: `make help` lists the targets. A fresh clone needs only `make run` or `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
AS_ROOT := $(if $(filter 0,$(shell id -u)),,sudo)

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the project and its tools

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: messages
messages: install ## Extract the interface strings into locale/*/django.po and compile them
	$(MANAGE) makemessages --locale fr --locale en --ignore '.venv/*' --ignore 'node_modules/*' --no-obsolete
	$(MANAGE) compilemessages --ignore '.venv/*'

.PHONY: migrate
migrate: install ## Apply the database migrations
	$(MANAGE) migrate --no-input

.PHONY: demo
demo: migrate ## Load the demo course and the demo accounts (idempotent)
	$(MANAGE) load_demo
	@echo "Demo accounts (local demo only):"
	$(MANAGE) create_demo_accounts
	$(MANAGE) load_demo_learners

.PHONY: run
run: demo ## Set up and serve the demo course on http://127.0.0.1:8000/ (SQLite)
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

.PHONY: browser-deps
browser-deps: node_modules/.installed ## Install what the tests need: axe-core; Chromium, redis-server, PostgreSQL if missing
	@./scripts/ensure-test-services

.PHONY: test
test: install browser-deps ## Set up and run the whole test suite (DATABASE_URL selects the database)
	$(PY) -m pytest

.PHONY: lint
lint: install ## Check code style (ruff lint and format)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

.PHONY: format
format: install ## Reformat the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

.PHONY: backup
backup: ## Back up PostgreSQL (DATABASE_URL, pg_dump) and the media into var/backups/<time>/
	./scripts/backup

.PHONY: restore
restore: ## Restore a backup into an empty database: make restore BACKUP=var/backups/<time>
	./scripts/restore "$(BACKUP)"

.PHONY: bench
bench: install ## Seed PostgreSQL at scale, serve with gunicorn, print the load table (BENCH_DURATION=10)
	@command -v wrk >/dev/null || { echo "Installing wrk"; $(AS_ROOT) apt-get install -y -qq wrk >/dev/null || { $(AS_ROOT) apt-get update -qq && $(AS_ROOT) apt-get install -y -qq wrk >/dev/null; }; }
	@command -v redis-server >/dev/null || $(AS_ROOT) apt-get install -y -qq redis-server >/dev/null
	$(PY) bench/run.py

.PHONY: cluster-deps
cluster-deps: install
	@command -v redis-server >/dev/null || $(AS_ROOT) apt-get install -y -qq redis-server >/dev/null
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || $(AS_ROOT) apt-get install -y -qq nginx-light >/dev/null || { $(AS_ROOT) apt-get update -qq && $(AS_ROOT) apt-get install -y -qq nginx-light >/dev/null; }

.PHONY: multiserver
multiserver: cluster-deps ## Two gunicorn instances behind nginx on loopback behave as one site (scripted checks)
	timeout 480 $(PY) scripts/multiserver.py

.PHONY: faults
faults: cluster-deps ## PostgreSQL restarted under load, Redis stopped and started: the site copes (scripted)
	timeout 480 $(PY) scripts/faults.py

.PHONY: clean
clean: ## Remove the virtualenv, the local database and caches
	rm -rf $(VENV) node_modules db.sqlite3 media staticfiles var .pytest_cache .ruff_cache
