# Two commands on a fresh machine:
#   make start   - install into .venv, make the learner's own copy of the course in
#                  build/learner and open JupyterLab on its first notebook
#   make test    - install the development tools and run every test
#   make site    - build the workshop as an offline static site in build/site (JupyterLite)
#   make facilitate - the same with the full course (facilitator notes and notebook) in
#                  build/facilitator
#   make release - the kit's wheel and sdist and the offline site as a zip, in dist/
#   make hub     - one JupyterHub for a whole class on this machine (README: "A class server")
#   make hub-prepare LEARNERS=30 - before the class: accounts and servers made, address shown
#   make hub-remove-accounts - after the class: the learners' accounts and homes removed
# HEADLESS=1 make start   serves without opening a browser (for a server or a container).
# Both work in copies, so using the kit never changes a file tracked in git.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ROOT   := $(if $(filter 0,$(shell id -u)),--allow-root)
CHROMIUM := /usr/bin/chromium
LEARNER := build/learner
FACILITATOR := build/facilitator
COURSE := $(wildcard notebooks/*.ipynb) $(wildcard exercises/*/*.yaml)
# Lab settings for the course (no news popup; closing a notebook stops its kernel) and kernels
# left idle by a closed browser stopped after 30 minutes.
LAB_FLAGS := $(if $(HEADLESS),--no-browser --ip=$(or $(IP),127.0.0.1)) $(ROOT) \
  $(if $(PORT),--ServerApp.port=$(PORT) --ServerApp.port_retries=0) \
  --LabApp.app_settings_dir=$(CURDIR)/workshop/lab \
  --MappingKernelManager.cull_idle_timeout=1800 --MappingKernelManager.cull_interval=300

.PHONY: start facilitate test lint unit nbval checkers-eval checker-model bench notebooks site \
  release clean labextension hub hub-env hub-prepare hub-accounts hub-remove-accounts

start: $(VENV)/.lab $(LEARNER)/.workshop-build.json
	$(BIN)/jupyter lab $(LAB_FLAGS) --ServerApp.root_dir=$(LEARNER) \
	  --LabApp.default_url=/lab/tree/notebooks/00-start-here.ipynb

facilitate: $(VENV)/.lab $(FACILITATOR)/.copied
	$(BIN)/jupyter lab $(LAB_FLAGS) --ServerApp.root_dir=$(FACILITATOR) \
	  --LabApp.default_url=/lab/tree/notebooks/facilitator.ipynb

# The learner's own copy: rebuilt when the course changes (saved progress is kept elsewhere).
$(LEARNER)/.workshop-build.json: $(VENV)/.lab $(COURSE)
	$(BIN)/workshop build learner $(LEARNER)

$(FACILITATOR)/.copied: $(COURSE)
	rm -rf $(FACILITATOR)
	mkdir -p $(FACILITATOR)
	cp -R notebooks exercises $(FACILITATOR)/
	touch $@

# As root, the class-server test runs too (it makes Unix accounts): its hub is set up first.
test: $(VENV)/.dev $(CHROMIUM) $(if $(filter 0,$(shell id -u)),hub-env)
	$(MAKE) --no-print-directory lint unit nbval checkers-eval

lint: $(VENV)/.dev
	$(BIN)/ruff check workshop tests benchmarks site hub
	$(BIN)/mypy
	$(BIN)/mypy site
	$(BIN)/mypy hub
	$(BIN)/workshop validate exercises

unit: $(VENV)/.dev
	WORKSHOP_HUB_DIR=$(abspath $(HUB)) $(BIN)/pytest

# Notebooks run against a throwaway progress folder, never the maintainer's own.
nbval: $(VENV)/.dev
	WORKSHOP_PROGRESS_DIR=$$(mktemp -d) $(BIN)/pytest --nbval --nbval-current-env \
	  --nbval-sanitize-with tests/nbval-sanitize.cfg notebooks

notebooks: $(VENV)/.dev
	WORKSHOP_PROGRESS_DIR=$$(mktemp -d) $(BIN)/python tests/execute_notebooks.py

checkers-eval: $(VENV)/.dev
	$(BIN)/python benchmarks/eval_checkers.py --split development --check
	$(BIN)/python benchmarks/eval_checkers.py --split holdout

# The checkers' second opinion: weights retrained from the labelled corpus (standard library
# only), then measured on each recent split with models trained only on the splits before it.
checker-model: $(VENV)/.dev
	$(BIN)/python benchmarks/train_checker_model.py
	$(BIN)/python benchmarks/eval_checker_model.py

# Downloads (Pyodide from npm, wheels from the package index) are kept in build/cache.
site: $(VENV)/.site
	$(BIN)/python site/build.py --out build/site --cache build/cache

# A release in dist/: the sdist, the wheel built from it (so the sdist is known to be complete;
# it carries the exercises and their compiled catalogue) and the offline site to download.
release: $(VENV)/.dev site
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/python site/archive.py --site build/site --out dist

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/bench_loading.py
	$(BIN)/python benchmarks/bench_checkers.py
	$(BIN)/python benchmarks/bench_first_check.py
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_class.py

$(VENV)/.venv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.lab: $(VENV)/.venv pyproject.toml workshop/labextension/package.json
	$(BIN)/pip install --quiet -e '.[lab]'
	touch $@

$(VENV)/.dev: $(VENV)/.venv pyproject.toml workshop/labextension/package.json
	$(BIN)/pip install --quiet -e '.[dev,site]'
	touch $@ $(VENV)/.lab $(VENV)/.site

$(VENV)/.site: $(VENV)/.venv pyproject.toml
	$(BIN)/pip install --quiet -e '.[site]'
	touch $@

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; \
	else \
	  echo "The browser tests need Chromium: sudo apt-get install chromium" >&2; exit 1; \
	fi

# The extension that runs a notebook's cells when it opens is committed built, in
# workshop/labextension, so installing the kit needs no Node.js. After changing its source
# (labextension/), rebuild it (needs npm; node_modules stays out of git) and reinstall.
labextension: $(VENV)/.lab
	rm -rf workshop/labextension
	cd labextension && npm install --no-audit --no-fund --no-package-lock \
	  && PATH="$(CURDIR)/$(BIN):$$PATH" ../$(BIN)/jupyter labextension build .
	cd labextension && sha256sum index.js package.json style/index.css > ../workshop/labextension/SOURCE.sha256
	$(BIN)/pip install --quiet -e '.[lab]'

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

# A class server: JupyterHub, its proxy and the kit in $(HUB) (nothing installed globally).
# As root, each learner's server runs as their own account, which must reach the hub's Python:
# Debian's /usr/bin/python3 (never one under /root), and a folder every account can search
# (when this checkout is not in one, the hub goes to /var/tmp/workshop-hub).
HUB_PYTHON ?= $(firstword $(wildcard /usr/bin/python3) $(PYTHON))
HUB ?= $(if $(filter 0,$(shell id -u)),$(if $(shell runuser -u nobody -- test -x $(CURDIR) \
  2>/dev/null && echo y),build/hub,/var/tmp/workshop-hub),build/hub)
HUB_BIN := $(HUB)/venv/bin
HUB_URL ?= http://0.0.0.0:8000
LEARNERS ?= 30
PREFIX ?= learner
KIT_SOURCES := pyproject.toml hatch_build.py $(shell find workshop -type f -not -path '*/__pycache__/*')

hub: hub-env $(HUB)/learner/.workshop-build.json
	$(HUB_BIN)/python -m hub.start --hub $(HUB) --url $(HUB_URL)

hub-prepare: hub-env
	$(HUB_BIN)/python -m hub.prepare --hub $(HUB) --learners $(LEARNERS) --prefix $(PREFIX)

# After the class: the learners' accounts (primary group workshop-class), listed or removed.
hub-accounts:
	$(HUB_PYTHON) -m hub.accounts

# (with the hub stopped: at its next start it would make them again for the users it remembers)
hub-remove-accounts:
	$(HUB_PYTHON) -m hub.accounts --remove
	rm -f $(HUB)/state/jupyterhub.sqlite

hub-env: $(HUB)/venv/.installed $(HUB)/proxy/.installed $(HUB)/learner/.workshop-build.json

# The kit itself is installed (not linked to this checkout), so learners' accounts read only
# the hub folder. Downloads are cached in build/cache.
$(HUB)/venv/.installed: $(KIT_SOURCES) hub/requirements.txt
	test -x $(HUB_BIN)/python || $(HUB_PYTHON) -m venv $(HUB)/venv
	PIP_CACHE_DIR=$(CURDIR)/build/cache/pip $(HUB_BIN)/pip install --quiet --upgrade \
	  -r hub/requirements.txt '.[lab]'
	touch $@

$(HUB)/proxy/.installed: hub/requirements.txt
	npm install --prefix $(HUB)/proxy --cache $(CURDIR)/build/cache/npm --no-save --no-audit \
	  --no-fund --no-package-lock --loglevel=error \
	  configurable-http-proxy@$$(sed -n 's/^# configurable-http-proxy==//p' hub/requirements.txt)
	touch $@

# Readable by every account: each learner's account copies it into their own home.
$(HUB)/learner/.workshop-build.json: $(HUB)/venv/.installed $(COURSE)
	$(HUB_BIN)/workshop build learner --course . $(HUB)/learner
	chmod -R a+rX $(HUB)/learner
