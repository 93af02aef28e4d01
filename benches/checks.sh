#!/usr/bin/env bash
# What checking the index cache costs at start (issue 21), side by side with
# `rg -li` in one run: a start with nothing changed, its total, and the part
# spent on the checks (`--timings`: the payload's CRC-32, tantivy's segment
# checksums, regular files, the schema). Medians of N runs, warm page cache.
#
#   benches/checks.sh [--count 100000] [--word zhytomyrska] [--runs 7]
set -euo pipefail
cd "$(dirname "$0")/.."

. benches/corpus.sh
bench_args 7 "$@"

install_missing rg=ripgrep
cargo build --release --quiet --bin brief --example gen_corpus
bench_corpus "$count"

brief=target/release/brief
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export BRIEF_CACHE_DIR=$cache BRIEF_PROGRESS=off
"$brief" list -q "$word" --json "$corpus" >/dev/null
sleep 2.2 # past the window in which a file's times are not trusted

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rg_ms=() start_ms=() check_ms=() read_ms=()
for _ in $(seq "$runs"); do
  s=$(date +%s%N); rg -li "$word" "$corpus" >/dev/null; e=$(date +%s%N)
  rg_ms+=($(( (e - s) / 1000000 )))
  s=$(date +%s%N)
  line=$("$brief" list -q "$word" --json --timings "$corpus" 2>&1 >/dev/null | grep '^timings:')
  e=$(date +%s%N)
  start_ms+=($(( (e - s) / 1000000 )))
  check_ms+=($(sed -E 's/.*checks ([0-9.]+) ms.*/\1/' <<<"$line"))
  read_ms+=($(sed -E 's/.*cache read ([0-9.]+) ms.*/\1/' <<<"$line"))
done
rg=$(printf '%s\n' "${rg_ms[@]}" | median)
start=$(printf '%s\n' "${start_ms[@]}" | median)
check=$(printf '%s\n' "${check_ms[@]}" | median)
read=$(printf '%s\n' "${read_ms[@]}" | median)
echo "corpus: $files files, $bytes bytes; cache: $(du -sb "$cache" | cut -f1) bytes"
echo "rg -li: ${rg} ms   (${rg_ms[*]})"
echo "start:  ${start} ms = $(awk -v a="$start" -v b="$rg" 'BEGIN {printf "%.2f", a / b}')x rg   (${start_ms[*]})"
echo "checks: ${check} ms = $(awk -v a="$check" -v b="$start" 'BEGIN {printf "%.0f", 100 * a / b}')% of the start, $(awk -v a="$check" -v b="$rg" 'BEGIN {printf "%.3f", a / b}')x rg   (${check_ms[*]}); cache read in all ${read} ms"
