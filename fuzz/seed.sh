#!/usr/bin/env bash
# Writes the fuzzer's seed corpus: each test fixture and the shipped map as one
# input, its files joined by NUL bytes in the order the fuzz target splits them
# (the five map files, regels.yaml, scenarios.yaml, then answer bytes).
# Usage: fuzz/seed.sh   (from the project root; writes fuzz/corpus/load_check_walk)
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus/load_check_walk
mkdir -p "$out"
# The shipped map is left out: at 130 KB it slows the fuzzer down a hundredfold.
for dir in tests/fixtures/*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  for answers in "" "$(printf '\001\002\003\004\005\006\007\010')" "$(printf '\003\003\003\003\003\003')"; do
    {
      for file in routekaart.yaml organisaties.yaml gemeenten.yaml vragen.yaml adviezen.yaml regels.yaml scenarios.yaml; do
        [ -f "$dir/$file" ] && cat "$dir/$file"
        printf '\0'
      done
      printf '%s' "$answers"
    } > "$out/seed-$name-${#answers}"
  done
done
ls "$out" | wc -l
