#!/usr/bin/env bash
# Regenerate examples/ll/<compiler>-O<level>/<kernel>.ll from examples/kernels/*.c.
#
# The generated .ll files are committed, so tests never depend on which clang
# is installed. Run this script only when a kernel changes:
#
#     examples/build_ll.sh
#
# Compilers: clang 14 (typed pointers, e.g. i32*) and clang 16 (opaque `ptr`).
# Override the binaries with CLANG14=... / CLANG16=... if they live elsewhere.
set -euo pipefail
export LC_ALL=C          # stable glob/sort order and messages

# HLS flows schedule scalar dataflow: keep the IR scalar and the loops rolled,
# so no loop/SLP vectorization and no unrolling at any level. Vector IR is left
# for later.
HLS_FLAGS="-fno-vectorize -fno-slp-vectorize -fno-unroll-loops"

# Common flags. -fdebug-compilation-dir=. keeps the absolute checkout path out
# of the debug metadata (the script runs from examples/ on relative paths).
BASE_FLAGS="-S -emit-llvm -std=c99 --target=x86_64-pc-linux-gnu -fdebug-compilation-dir=."

LEVELS="0 1 2"
DEBUG_LEVEL=1            # the -O1 builds also get -g (debug metadata, !dbg)

CLANG14=${CLANG14:-clang-14}
CLANG16=${CLANG16:-clang-16}

die() { echo "build_ll.sh: error: $*" >&2; exit 1; }

cd "$(dirname "$0")"

# Resolve and version-check a compiler; prints the binary to use.
find_clang() {
    local want=$1 bin=$2 ver
    if ! command -v "$bin" >/dev/null 2>&1; then
        # The Debian `clang` binary is clang 14; accept it when it is.
        if [ "$want" = 14 ] && command -v clang >/dev/null 2>&1; then
            bin=clang
        else
            die "compiler '$bin' (clang $want) not found; install it (apt-get install clang-$want) or set CLANG$want"
        fi
    fi
    ver=$("$bin" --version | head -n 1)
    case "$ver" in
        *"clang version $want."*) ;;
        *) die "'$bin' is not clang $want: $ver" ;;
    esac
    echo "$bin"
}

CC14=$(find_clang 14 "$CLANG14")
CC16=$(find_clang 16 "$CLANG16")

KERNELS=()
while IFS= read -r f; do KERNELS+=("$f"); done < <(ls kernels/*.c | sort)
[ "${#KERNELS[@]}" -gt 0 ] || die "no kernels in examples/kernels"

build() {
    local tag=$1 cc=$2 extra=$3 level out flags src name
    for level in $LEVELS; do
        out="ll/${tag}-O${level}"
        rm -rf "$out"
        mkdir -p "$out"
        flags="$BASE_FLAGS -O$level $HLS_FLAGS${extra:+ $extra}"
        [ "$level" = "$DEBUG_LEVEL" ] && flags="$flags -g"
        for src in "${KERNELS[@]}"; do
            name=$(basename "$src" .c)
            # shellcheck disable=SC2086  # flags are intentionally word-split
            "$cc" $flags "$src" -o "$out/$name.ll" || die "$cc failed on $src ($tag -O$level)"
        done
        echo "built $out (${#KERNELS[@]} kernels): $cc $flags"
    done
}

build clang14 "$CC14" ""
# clang 16 keeps value names (%i, %acc, ...) so part of the corpus has readable
# names and part (clang 14) numeric ones.
build clang16 "$CC16" "-fno-discard-value-names"

# Pointer-style sanity checks: every kernel takes a pointer argument.
fail=0
for f in ll/clang16-O*/*.ll; do
    grep -Eq '\bptr\b' "$f" || { echo "no opaque 'ptr' in $f" >&2; fail=1; }
    ! grep -Eq '(i[0-9]+|float|double|\]|%[A-Za-z0-9_.]+)\*' "$f" \
        || { echo "typed pointer in clang-16 output $f" >&2; fail=1; }
done
for f in ll/clang14-O*/*.ll; do
    grep -Eq '(i[0-9]+|float|double|\]|%[A-Za-z0-9_.]+)\*' "$f" \
        || { echo "no typed pointer (e.g. i32*) in $f" >&2; fail=1; }
    ! grep -Eq '(^|[ (,])ptr( |,|\)|$)' "$f" \
        || { echo "opaque 'ptr' in clang-14 output $f" >&2; fail=1; }
done
[ "$fail" = 0 ] || die "pointer-style checks failed"
echo "ok: $(find ll -name '*.ll' | wc -l) .ll files"
