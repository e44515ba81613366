#!/usr/bin/env bash
# Medians of `routekaart check` (release build, whole process) on the shipped
# map and on a generated chain of 60 yes/no questions (2^60 routes).
# Usage: scripts/bench-check.sh [RUNS]   (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
cargo build --release --quiet --examples --bins
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./target/release/examples/synthetic chain 60 "$work/keten"

median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms", a[int((NR+1)/2)]/1000}'
}

echo "check, shipped map (embedded):     $(median_ms ./target/release/routekaart check)"
echo "check, chain of 60 (2^60 routes):  $(median_ms ./target/release/routekaart check "$work/keten")"
echo "(median of $runs runs each, whole process)"
