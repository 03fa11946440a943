# Pactum: `make run` opens the app on a demo catalogue, `make test` runs every test.
# Both bootstrap .venv from pyproject.toml with the first Python >= 3.12 found here.

VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.installed-bundle

# Candidates in order: an explicit PYTHON=, the versioned names, pyenv's installed
# 3.12+ interpreters (pyenv shims exist but fail when the version is not selected), python3.
PY_CANDIDATES := $(PYTHON) python3.13 python3.12 \
	$(sort $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3)) python3

FIND_PYTHON := for c in $(PY_CANDIDATES); do \
	  if "$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
	    echo "$$c"; break; fi; done

.PHONY: run test lint typecheck bench bench-scale stress screenshot system-deps translations clean \
	bundle bundle-check icons wheelhouse wheelhouse-check desktop-check

run: $(STAMP)
	$(VENV)/bin/pactum --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check db desktop tests
	$(VENV)/bin/ruff format --check db desktop tests

# mypy over the Qt-free code; settings (which modules are strict) in pyproject.toml.
typecheck: $(STAMP)
	$(VPY) -m mypy db desktop/compare desktop/ingest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest tests/benchmarks -m benchmark -s -p no:cacheprovider

# Issue 14: every scale measure at 10k, 100k and 1M records as one table. The 1M catalogue
# is built once and cached (PACTUM_BENCH_DIR) until the store's code changes.
bench-scale: $(STAMP)
	PACTUM_BENCH_1M=1 QT_QPA_PLATFORM=offscreen nice -n 10 $(VPY) -m pytest \
		tests/benchmarks/test_scale_bench.py -m benchmark -s -p no:cacheprovider

# Opt-in, not part of `make test`: random interleavings of a window-like holder and `pactum`
# commands on one catalogue, with SIGKILLs; each round is checked for lost writes, half-applied
# imports and damage. `make stress SEED=123 ROUNDS=50` replays a run (tests/stress/run.py).
ROUNDS ?= 1000
SEED   ?=
stress: $(STAMP)
	$(VPY) -m tests.stress.run --rounds $(ROUNDS) $(if $(SEED),--seed $(SEED))

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) packaging/screenshot.py docs/screenshot.png

translations: $(STAMP)
	$(VPY) packaging/build_translations.py

# The PyInstaller bundle: one folder, dist/pactum/ (see packaging/README.md).
bundle: $(BUNDLE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/pactum.spec
	@du -sh dist/pactum

# Runs dist/pactum from a copy elsewhere, without .venv; needs no Python of its own.
bundle-check:
	packaging/bundle-check.sh dist/pactum

# Offline installer: dist/wheelhouse/ holds every wheel for Linux, Windows and macOS
# (CPython 3.12 and 3.13) and install scripts using pip --no-index. Downloads ~370 MB.
wheelhouse: $(STAMP)
	packaging/wheelhouse.sh $(VPY) dist/wheelhouse

# Installs dist/wheelhouse into a fresh venv with the network out of reach, runs pactum.
wheelhouse-check: $(STAMP)
	$(VPY) -m pytest tests/packaging/test_wheelhouse.py -m slow -p no:cacheprovider -v

# The .desktop file and AppStream metainfo through their validators (Debian's
# desktop-file-utils and appstream packages).
desktop-check:
	desktop-file-validate packaging/linux/org.pactum.Pactum.desktop
	appstreamcli validate --no-net packaging/linux/org.pactum.Pactum.metainfo.xml

# Application icons (PNG sizes, .ico, .icns) rendered from the SVG; the results are committed.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) packaging/render_icons.py

$(BUNDLE_STAMP): $(STAMP)
	$(VPY) -m pip install --quiet -e '.[test,bundle]'
	@touch $(BUNDLE_STAMP)

$(STAMP): pyproject.toml
	@py=$$($(FIND_PYTHON)); \
	if [ -z "$$py" ]; then \
	  echo "Pactum needs Python 3.12 or newer (PySide6 crashes on 3.11); set PYTHON=/path/to/python3.12"; \
	  exit 1; fi; \
	if [ ! -x $(VPY) ]; then echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); fi
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# System libraries Qt needs to run offscreen on a minimal Debian/Ubuntu machine,
# plus poppler-utils to look at PDF pages. Run as root; .ci/run calls it.
system-deps:
	packaging/install-system-deps.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
