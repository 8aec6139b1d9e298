# Two commands do all set-up: `make book` builds the book, `make test` runs the tests.
# Both create .venv from the pinned requirements.txt when it is missing or stale.
SHELL := bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := book

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000
# Which edition the book analyses: EDITION=path/to/edition.txt make book
# (relative paths are taken from the repository root).
# A page PDF works too: EDITION=page.pdf make book (EDITION_PAGE=2 for its second page).
ifdef EDITION
export EDITION := $(abspath $(EDITION))
endif

.PHONY: book test test-fast serve bench clean venv browser lab

venv: $(STAMP)

# Reinstalled when requirements.txt or pyproject.toml is newer than the stamp.
$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required (PYTHON=$(PYTHON))" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

## book: execute every chapter and build the HTML book into _build/html (fails on any error or warning)
book: $(STAMP)
	$(BIN)/python -m frontpage.book.build

## test: the whole test suite, including a book build, notebook execution and browser tests,
## on two workers (pytest-xdist; the tests that read one built book share a worker)
test: $(STAMP) browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup

## browser: Debian's chromium and CJK fonts for the browser tests (installs when root; else says how)
browser:
	@scripts/install-browser

## test-fast: the unit and property tests only (no book build, no browser)
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser"

## lab: JupyterLab (pinned in requirements.txt) on the project's environment, opened on book/;
## the kernel is this .venv's Python (the environment's kernel spec comes first), so chapters
## import frontpage and run top to bottom as in the build. LAB_ARGS=--no-browser etc. pass through.
LAB_ARGS ?=
lab: $(STAMP)
	JUPYTER_PREFER_ENV_PATH=1 $(BIN)/python -m jupyterlab --ServerApp.root_dir=book \
	  $$(test "$$(id -u)" = 0 && echo --allow-root) $(LAB_ARGS)

## serve: preview the built book on http://localhost:$(PORT)
serve:
	@test -f _build/html/index.html || $(MAKE) book
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html $(PORT)

## bench: time the parser, the extractor and the book build (numbers for the README)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf _build
