# firesld — the only task runner. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The review's text (not shipped): the quote and selector tests and `firesld validate` check the
# curated quotes against it. Taken from FIRESLD_REVIEW_TEXT, else from ../shared/seeds/ if there.
REVIEW_TEXT ?= $(or $(FIRESLD_REVIEW_TEXT),$(abspath $(wildcard ../shared/seeds/000_e7c2b0b57a158e42.txt)))
export FIRESLD_REVIEW_TEXT := $(REVIEW_TEXT)

.PHONY: help run test lint typecheck pytest rapper virtuoso browser apache generate check-generated validate site clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e '.[build,reason,server]' --group dev
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install firesld with every extra and the dev tools

run: $(STAMP)  ## set up, then build the release (generate → validate → export) into exports/
	$(BIN)/firesld build

test: $(STAMP) rapper virtuoso browser apache lint typecheck pytest  ## set up, then lint, type-check and run every test

lint: $(STAMP)  ## ruff check and format check
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)  ## mypy --strict on src and tests
	$(BIN)/mypy

pytest: $(STAMP) rapper virtuoso browser apache  ## the test suite (with doctests)
	@if [ -n "$$FIRESLD_REVIEW_TEXT" ]; then echo "quotes checked against FIRESLD_REVIEW_TEXT=$$FIRESLD_REVIEW_TEXT"; \
	else echo "no review text (FIRESLD_REVIEW_TEXT unset, ../shared/seeds/000_e7c2b0b57a158e42.txt absent): the quote tests will skip"; fi
	$(BIN)/pytest -q

rapper:  ## install the outside RDF parser the export tests run (Debian raptor2-utils)
	command -v rapper >/dev/null || (apt-get update -qq && apt-get install -y -qq raptor2-utils)

virtuoso:  ## install the second triple store the store tests run (Debian virtuoso-opensource-7-bin)
	command -v virtuoso-t >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin)

browser:  ## install the browser the site tests drive (Debian chromium + chromium-driver) and a CJK font
	(command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list | grep -q 'Noto Sans CJK') \
	  || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium chromium-driver fonts-noto-cjk)

apache:  ## install Apache httpd, which the site tests start to check the w3id .htaccess rules
	test -x /usr/sbin/apache2 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq --no-install-recommends apache2)

site: $(STAMP)  ## write the static website from the release graph into site/
	$(BIN)/firesld site --output site

generate: $(STAMP)  ## regenerate ontology, shapes, context and model from the schema
	$(BIN)/firesld generate

check-generated: $(STAMP)  ## fail when a committed generated file differs from what the schema makes
	$(BIN)/firesld generate --check

validate: $(STAMP)  ## validate the curated data
	$(BIN)/firesld validate

.PHONY: bench
bench: $(STAMP)  ## issue #10 benchmarks → table + benchmarks/results.json (BENCH=--quick: smoke test)
	$(BIN)/python benchmarks/run.py $(BENCH)

clean:  ## remove the venv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build
