# The two commands a newcomer needs: `make serve` and `make test`.
# Both create the virtual environment and install what they need, system packages included.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
AGENDA ?= source/kalmar-2019

.PHONY: serve build check test test-browser bench clean system-deps

serve: $(BIN)/agenda
	$(BIN)/agenda serve $(AGENDA)

build: $(BIN)/agenda
	$(BIN)/agenda build $(AGENDA)

check: $(BIN)/agenda
	$(BIN)/agenda check $(AGENDA)

test: $(BIN)/agenda system-deps
	$(BIN)/pytest

test-browser: $(BIN)/agenda system-deps
	$(BIN)/pytest -m browser

$(BIN)/agenda: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Chromium for the browser tests, from Debian's packages (playwright drives /usr/bin/chromium).
system-deps:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# Remove the site, the virtual environment and every generated page (listed in docs/.generated).
clean:
	[ ! -f docs/.generated ] || (cd docs && xargs rm -f < .generated && rm -f .generated)
	find docs -type d -empty -delete
	rm -rf site .venv build
