# Two commands from a fresh machine: `make demo` and `make test`. Both create .venv when it is
# missing, install the project with its dev extras, and reuse the venv on the next run.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DATA := data/stockholm

MIN_VENV ?= .venv-min

.PHONY: demo test test-fast test-min lint bench schema docs clean bolt-server

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/samverkan summary $(DATA)
	@$(BIN)/samverkan check $(DATA) --as-of 2024-01-01 || echo "(check: fynd med allvarlighet fel, se ovan; exit $$?)"
	$(BIN)/samverkan audit $(DATA) --as-of 2024-01-01 --out audit

test: $(STAMP)
	$(BIN)/python -m pytest

# Everything but the tests marked slow (processes, browser, Bolt server): for the edit-test loop.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

# The fast tests on the lowest versions pyproject.toml declares for [project].dependencies, in a venv of their
# own (needs PyPI): tests/lower_bounds.py turns each `>=X` into `==X` as a pip constraints file, installed with
# the `test` extra (the `dev` tools ruff and pyshacl are left out: pyshacl needs a newer rdflib, and its tests
# are slow ones). A separate CI job; `make test` does not run it.
test-min:
	@test -x $(MIN_VENV)/bin/python || $(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) -m tests.lower_bounds > $(MIN_VENV)/constraints-min.txt
	$(MIN_VENV)/bin/python -m pip install --quiet -c $(MIN_VENV)/constraints-min.txt -e '.[test]'
	$(MIN_VENV)/bin/python -m pip freeze --exclude-editable > $(MIN_VENV)/installed.txt
	$(MIN_VENV)/bin/python -m tests.lower_bounds --check $(MIN_VENV)/installed.txt
	$(MIN_VENV)/bin/python -m pytest -m "not slow"

# A Bolt server (ArcadeDB from arcadedb-embedded) in the foreground, for trying neo4j push/pull by hand;
# `make test` starts its own. See README, "Neo4j and exchange formats".
bolt-server: $(STAMP)
	$(BIN)/python -m tests.bolt_server

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The rule pages docs/rules/SAMxxx.md and the README's rule table, from the rule declarations.
docs: $(STAMP)
	$(BIN)/python -m samverkan.rules.docs .

schema: $(STAMP)
	$(BIN)/samverkan schema --out schema/dataset.schema.json --force
	$(BIN)/samverkan schema --kind changeset --out schema/changeset.schema.json --force

clean:
	rm -rf $(VENV) $(MIN_VENV) build *.egg-info
