# Two commands do all the setup on a fresh machine (Python 3.11+ with venv):
#   make demo   create .venv, install, and run a dry-run digest of the bundled demo mailbox
#   make test   create .venv, install with test tools, and run the test suite
# The IMAP tests need Dovecot (Debian: apt-get install dovecot-imapd); .ci/run installs it.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install clean

$(BIN)/invite-digest: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/invite-digest

demo: install
	$(BIN)/invite-digest --config config/demo.toml run --dry-run --output demo-digest.html
	$(BIN)/invite-digest --config config/demo.toml run --dry-run --output -
	@echo "HTML digest written to demo-digest.html"

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) demo-digest.html .pytest_cache .mypy_cache .ruff_cache
