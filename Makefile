# Two commands on a fresh machine: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test install dev build lint browser bench train train-encoder clean

run: install build
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: dev browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

build: install
	$(BIN)/stancegraph build

lint: dev
	$(BIN)/ruff check .

# The browser tests drive Debian's Chromium; install it when missing and we may (root + apt).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed and no root apt-get: browser tests will be skipped"; fi; }

bench: dev build
	$(BIN)/python benchmarks/extract_speed.py

# Retrain the directed-stance model (seeded, a few minutes on 2 cores); never part of run or test.
DSE   ?= ../shared/corpus/dse
CAMEO ?= ../shared/lexicons/cameo/CAMEO.2.0.txt
train: dev
	$(BIN)/python scripts/train_stance.py --dse $(DSE) --cameo $(CAMEO)

# Fine-tune the stance encoder (seeded, about half an hour on 2 cores; needs the train extra).
train-encoder: dev
	$(BIN)/pip install -q -e '.[train]'
	HF_HUB_OFFLINE=1 $(BIN)/python scripts/train_encoder.py --dse $(DSE)

clean:
	rm -rf data/build .pytest_cache
