"""The learned guesser's data side (issue 7): C programs from three sources
(the project's fixtures, csmith, template kernels), compiled for AArch64 and
RV64 with line information, paired per function and per basic block, split by
program, and an assembly tokenizer trained on the pairs.

    python -m guacc.transpiler.learn.corpus --seed 0 --programs 200 --out build/corpus
    python -m guacc.transpiler.learn.tokenizer --corpus build/corpus   # -> build/corpus/tokenizer.json

The held-out evaluation programs (bench/heldout, `heldout.py`) are never data.
"""
