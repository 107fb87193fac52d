# Every target does its own set-up: a fresh machine needs nothing but python3 (and root for apt).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install compiled serve worker batch test lint bench browser redis clean

$(BIN)/zhaiyao: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(BIN)/zhaiyao

install: $(BIN)/zhaiyao

# The compiled build (setup.py) in build/compiled, beside the checkout: the bench measures it and
# tests/test_compiled.py checks it says what the pure-Python code says. Built again only when the sources changed.
$(BIN)/mypyc: $(BIN)/zhaiyao
	$(BIN)/python -m pip install -q -e '.[test,compile]'
	touch $(BIN)/mypyc

compiled: $(BIN)/mypyc
	$(BIN)/python bench/compiled_build.py

# Headless Chromium for the web page test (Debian packages; Playwright's own download does not work here).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# redis-server for the scaling tests (Debian package); each test starts its own on a free port.
redis:
	@command -v redis-server >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null)

# The service, a worker and a batch run the compiled build (about 1.3x the extractive speed, the same output),
# built first from the checkout's sources when they changed; where it cannot be built (no C compiler), the
# pure-Python code runs, and says so.
COMPILED = PYTHONPATH=$$($(BIN)/python bench/compiled_build.py --path)

serve: install
	-@$(MAKE) --no-print-directory compiled
	$(COMPILED) $(BIN)/zhaiyao serve --host $(HOST) --port $(PORT)

# A job worker (needs ZHAIYAO_REDIS_URL; see docs/scaling.md).
worker: install
	-@$(MAKE) --no-print-directory compiled
	$(COMPILED) $(BIN)/zhaiyao worker

batch: install
	-@$(MAKE) --no-print-directory compiled
	$(COMPILED) $(BIN)/zhaiyao batch seeds --out out

test: install browser redis compiled
	$(BIN)/ruff check service tests setup.py
	$(BIN)/python -m pytest -q -n auto --dist loadfile

lint: install
	$(BIN)/ruff check service tests bench setup.py

bench: install compiled
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .cache out build
