# The README's two commands: `make demo` and `make test`. Both install what
# they need first (apt packages, then a virtualenv with guacc and its deps).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_LL := $(sort $(wildcard examples/ll/clang16-O2/*.ll))

.PHONY: setup demo test bench corpus clean

$(STAMP): pyproject.toml .ci/system-packages.sh
	bash .ci/system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch==2.13.0 (CPU build) comes with the `ml` extra, pinned in pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,ml]'
	touch $(STAMP)

setup: $(STAMP)

# Main job on the bundled kernels: parse each into guacc's SSA IR, print it
# back as LLVM IR, verify it with LLVM and JIT-compare it with the original.
demo: setup
	$(BIN)/guacc roundtrip -n 100 $(DEMO_LL)

test: setup
	$(BIN)/python -m pytest -q -n 2 -p no:cacheprovider

bench: setup
	$(BIN)/python bench/bench_frontend.py
	$(BIN)/python bench/bench_estimate.py

# Regenerate the corpus' LLVM IR from examples/kernels/*.c (needs clang 14 and 16).
corpus:
	bash examples/build_ll.sh

clean:
	rm -rf $(VENV) build *.egg-info hls_out/*/
