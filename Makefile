# Two commands for a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test install install-test static lint format bench clean-db search-quality lock mutation

$(PY):
	@python=$$(scripts/find-python) || exit 1; \
	echo "Creating $(VENV) with $$python"; \
	"$$python" -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip

# requirements/dev.txt is production's requirements/run.txt plus the embedded
# PostgreSQL server; test.txt adds the test tools. All three carry hashes.
$(VENV)/.run-installed: requirements/dev.txt | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	@touch $@

$(VENV)/.test-installed: requirements/test.txt | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/test.txt
	@touch $@ $(VENV)/.run-installed

$(VENV)/.mutation-installed: requirements/mutation.txt | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/mutation.txt
	@touch $@ $(VENV)/.test-installed $(VENV)/.run-installed

install: $(VENV)/.run-installed

install-test: $(VENV)/.test-installed

static: install
	@$(PY) manage.py collectstatic --noinput --verbosity 0

run: install static
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py seed_postcodes_demo
	$(PY) manage.py seed_feedback_demo
	$(PY) manage.py seed_providers_demo
	$(PY) manage.py seed_consultation_demo
	$(PY) manage.py seed_information_demo
	PORT=$(PORT) $(PY) manage.py demo_login
	@echo "Serving the Local Offer on http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	@# The real 404 and 500 pages, with static files from WhiteNoise; DEBUG=1 make run for Django's debug pages.
	DEBUG=$${DEBUG:-0} $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-test
	@$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# BENCH_SERVICES=100000 make bench for a larger directory (default 10,000).
bench: install-test
	$(PY) bench/run.py --services $${BENCH_SERVICES:-10000}

# Judged queries (demo/search_quality.toml) against the demo data: success@3, success@10, MRR.
search-quality: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py search_quality

# Mutation testing (not in CI; about 25 minutes measured on 2 cores) of the code that
# protects people: the anonymiser, the rate limit, the client address behind proxies,
# the validators, the search query parser and the sign-in and audit code (security/). Settings are under [tool.mutmut] in pyproject.toml;
# `.venv/bin/mutmut browse` shows each survivor's diff.
mutation: $(VENV)/.mutation-installed
	@$(PY) manage.py collectstatic --noinput --verbosity 0
	rm -rf mutants
	EMBEDDED_PGDATA=$${EMBEDDED_PGDATA:-$(CURDIR)/.pgdata} \
	TEST_DATABASE_NAME=$${TEST_DATABASE_NAME:-test_localoffer_mutation} \
	$(VENV)/bin/mutmut run --max-children 2 > /dev/null
	$(PY) scripts/mutation-score

# Lock files with hashes: regenerate after changing pyproject.toml dependencies
# (`make lock`; add UPGRADE=1 to move every pin to the newest release). dev.txt and
# run.txt are constrained by test.txt, so all three pin the same versions.
UV_COMPILE = $(VENV)/bin/uv pip compile pyproject.toml --universal --generate-hashes --python-version 3.12 -q $(if $(UPGRADE),--upgrade)
lock: install-test
	$(PY) -m pip install --quiet uv
	$(UV_COMPILE) --extra embedded --extra test -o requirements/test.txt
	$(UV_COMPILE) --extra embedded -c requirements/test.txt -o requirements/dev.txt
	$(UV_COMPILE) -c requirements/test.txt -o requirements/run.txt
	$(UV_COMPILE) --extra embedded --extra test --extra mutation -c requirements/test.txt -o requirements/mutation.txt
