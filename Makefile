# Two commands on a fresh machine: `make demo` and `make test` (both create .venv first).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench
DEMO_STAMP := $(VENV)/.installed-demo
NEW_VENV = @$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	|| { echo "tfs-client needs Python >= 3.11 ($(PYTHON) is older); run: make PYTHON=python3.11 ..."; exit 1; }; \
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
SPEC := spec/tfs.yaml
LINT_PATHS := $(wildcard overrides emulator tests bench generator)
TYPED_PACKAGES := generated/tfs_api overrides/tfs_client emulator/tfs_emulator generator/generate.py \
	generator/resources.py generator/upstream.py bench
UPSTREAM ?= ../shared/upstream/azure-devops-7.1

.PHONY: venv generate upstream-diff upstream-apply lint test demo contract bench

## venv: create .venv with the pinned tools and an editable install (re-runs when pyproject.toml changes)
venv: $(STAMP)
$(STAMP): pyproject.toml
	$(NEW_VENV)
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP) $(DEMO_STAMP)

# what the demo needs and nothing more: the runtime, the emulator and the command line
$(DEMO_STAMP): pyproject.toml
	$(NEW_VENV)
	$(PY) -m pip install -q -e '.[emulator,cli]'
	touch $(DEMO_STAMP)

## generate: regenerate generated/tfs_api and overrides/tfs_client/_resources.py from spec/tfs.yaml
##   (never edit either by hand)
generate: $(STAMP)
	$(PY) generator/generate.py --spec $(SPEC) --output generated/tfs_api \
		--resources overrides/tfs_client/_resources.py

## upstream-diff: compare the spec with Microsoft's Swagger for a newer version (UPSTREAM=folder);
##   writes spec/upstream/<version>-report.md and -decisions.yaml
upstream-diff: $(STAMP)
	$(PY) generator/upstream.py --upstream $(UPSTREAM) --spec $(SPEC)

## upstream-apply: insert the additive items (new optional parameters, fields, enum values) into the spec
upstream-apply: $(STAMP)
	$(PY) generator/upstream.py --upstream $(UPSTREAM) --spec $(SPEC) --apply

## lint: ruff check, ruff format --check, mypy --strict
lint: $(STAMP)
	$(PY) -m ruff check $(LINT_PATHS)
	$(PY) -m ruff format --check $(LINT_PATHS)
	$(PY) -m mypy --strict $(TYPED_PACKAGES)

## test: lint, then every test
test: lint
	@# the environment may set PYTHONDONTWRITEBYTECODE: compile once, so the many subprocesses the
	@# tests start (CLI, emulator) read bytecode instead of compiling the packages every time
	$(PY) -m compileall -q generated/tfs_api overrides/tfs_client emulator/tfs_emulator
	$(PY) -m pytest

## demo: start the emulator on loopback, show the command line and the Python client at work, stop it
demo: $(DEMO_STAMP)
	$(VENV)/bin/tfs demo

## contract: the contract suite against the emulator, or against a live server with
##   make contract BASE_URL=https://host/DefaultCollection PROJECT=... TEAM=... TOKEN=... [ARGS=--allow-writes]
## The token travels in the environment (TFS_TOKEN), never on a command line make prints.
contract: $(STAMP)
ifeq ($(strip $(BASE_URL)),)
	$(PY) -m pytest tests/contract
else
	@echo "$(PY) -m tfs_client.contract --base-url $(BASE_URL) --project $(PROJECT) --team $(TEAM) $(ARGS)"
	@TFS_TOKEN='$(TOKEN)' $(PY) -m tfs_client.contract --base-url '$(BASE_URL)' --project '$(PROJECT)' --team '$(TEAM)' $(ARGS)
endif

## bench: benchmarks printing ratios against raw httpx and the official client
##   (a full run takes 8-12 minutes on 2 cores, ~5.5 GiB of memory, ~9.5 GiB of temporary disk; ARGS=--quick for a look)
bench: $(BENCH_STAMP)
	$(PY) -m bench $(ARGS)

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $(BENCH_STAMP)
