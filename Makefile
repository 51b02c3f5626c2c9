# The README's two commands: `make demo` and `make test`. Both install what
# they need first (apt packages, then a virtualenv with guacc and its deps).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup demo test bench corpus clean

$(STAMP): pyproject.toml .ci/system-packages.sh
	bash .ci/system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch==2.13.0 (CPU build) comes with the `ml` extra, pinned in pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,ml]'
	touch $(STAMP)

setup: $(STAMP)

# Main job on the bundled kernels: merge two similar kernels into one
# accelerator (checked against both originals, then emitted as HLS C and
# C-simulated), estimate a kernel with the cost models, emit and C-simulate
# another, rank which corpus kernels are worth merging, search a small quantized
# network under a latency bound (emitted as HLS C and C-simulated), prove an
# ARM/RISC-V pair of a fixture program block by block, and translate fixture
# programs both ways (every block proven, the output run under qemu), one of
# them compiled by clang.
demo: setup
	$(BIN)/guacc merge examples/ll/clang16-O2/spmv_csr.ll examples/ll/clang16-O2/spmv_ell.ll \
		--verify 200 --force -o hls_out/merged_spmv
	$(BIN)/guacc csim hls_out/merged_spmv
	$(BIN)/guacc estimate examples/ll/clang16-O2/gemm_f.ll
	$(BIN)/guacc emit examples/ll/clang16-O2/gemm_f.ll --top gemm_f -o hls_out/gemm_f
	$(BIN)/guacc csim hls_out/gemm_f
	$(BIN)/guacc explore examples/ll/clang16-O2 --top 5
	$(BIN)/guacc nas --dataset iris --latency-max 400 --family mlp --trials 5 -o hls_out/nas_iris --storage none
	$(BIN)/guacc csim hls_out/nas_iris
	$(BIN)/transpile verify --src arm --dst riscv examples/asm/arm/O0/collatz.s examples/asm/riscv/O0/collatz.s
	$(BIN)/transpile --src arm --dst riscv examples/asm/arm/O0/primes_sieve.s -o hls_out/primes_sieve.riscv.s \
		--report hls_out/primes_sieve.report.json --test-args 2000 --no-progress
	$(BIN)/transpile --src riscv --dst arm examples/asm/riscv/O0/collatz.s -o hls_out/collatz.arm.s \
		--test-args 1 3000 --no-progress
	clang --target=aarch64-linux-gnu -O0 -g -S examples/programs/checksum_crc.c -o hls_out/checksum_crc.clang.s
	$(BIN)/transpile --src arm --dst riscv hls_out/checksum_crc.clang.s -o hls_out/checksum_crc.riscv.s \
		--test-args --no-progress

test: setup
	$(BIN)/python -m pytest -q -n 2 -p no:cacheprovider

bench: setup
	$(BIN)/python bench/bench_frontend.py
	$(BIN)/python bench/bench_estimate.py
	$(BIN)/python bench/bench_merge.py
	$(BIN)/python bench/bench_verify.py
	$(BIN)/python bench/bench_translate.py --levels O0
	$(BIN)/python bench/bench_nas.py --family mlp

# Regenerate the corpus' LLVM IR from examples/kernels/*.c (needs clang 14 and 16).
corpus:
	bash examples/build_ll.sh

clean:
	rm -rf $(VENV) build *.egg-info hls_out/*/
