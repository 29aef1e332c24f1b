# The two commands a newcomer needs: `make serve` and `make test`.
# Both create the virtual environment and install what they need, system packages included.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
AGENDA ?= source/kalmar-2019
# npm's record of an install: redone when package.json or the lock file changes.
NODE_TOOLS := node_modules/.package-lock.json

.PHONY: serve build check test test-fast test-browser golden bench clean system-deps

serve: $(BIN)/agenda
	$(BIN)/agenda serve $(AGENDA)

build: $(BIN)/agenda
	$(BIN)/agenda build $(AGENDA)

check: $(BIN)/agenda
	$(BIN)/agenda check $(AGENDA)

test: $(BIN)/agenda system-deps $(NODE_TOOLS)
	$(BIN)/pytest

# The tests that need no build, server or browser: under a minute, for edits.
test-fast: $(BIN)/agenda
	$(BIN)/pytest -m "not slow"

test-browser: $(BIN)/agenda system-deps $(NODE_TOOLS)
	$(BIN)/pytest -m browser

# Accept the generator's current output as the golden files (after reading the diff: git diff tests/golden).
golden: $(BIN)/agenda
	$(BIN)/pytest tests/unit/test_golden.py --update-golden -q

$(BIN)/agenda: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Check, generation and build times of synthetic agendas 1×, 10× and 100× Kalmar's (about 20 minutes
# on 2 cores): see benchmarks/README.md. BENCH_ARGS="--scales 1,10 --runs 1" for a quick look,
# BENCH_ARGS="--readme benchmarks/README.md" to record the results there.
bench: $(BIN)/agenda
	$(BIN)/python -m benchmarks.bench $(BENCH_ARGS)

# System packages for the tests, from Debian: Chromium (playwright drives /usr/bin/chromium),
# Java for the Nu Html Checker, Node.js and npm for the test tools below.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	[ -z "$$missing" ] || { echo "apt-get install$$missing"; $(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; }

# Test tools from npm, pinned in package-lock.json: axe-core (injected into the pages),
# vnu-jar (the Nu Html Checker) and Lighthouse (run on Debian's Chromium). --ignore-scripts:
# vnu-jar's postinstall would download a Java runtime; Debian's (above) is used instead.
$(NODE_TOOLS): package.json package-lock.json | system-deps
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# Remove the site, the virtual environment and every generated page (listed in docs/.generated).
clean:
	[ ! -f docs/.generated ] || (cd docs && xargs rm -f < .generated && rm -f .generated)
	find docs -type d -empty -delete
	rm -rf site .venv build node_modules
