#!/usr/bin/env bash
# System packages guacc needs, from Debian's archive. Installs only what is
# missing, so a second run is quick and needs no network.
set -euo pipefail
# Cross compilers, their C libraries (recommends, which --no-install-recommends skips)
# and qemu-user: the transpiler's fixtures and whole-program tests;
# csmith: random C programs for the transpiler model's training data.
packages=(clang clang-16 llvm gcc make python3-venv
          gcc-aarch64-linux-gnu gcc-riscv64-linux-gnu libc6-dev-arm64-cross libc6-dev-riscv64-cross
          qemu-user csmith libcsmith-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
