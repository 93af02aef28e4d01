#!/usr/bin/env bash
# Whole-process comparison on one corpus, in one run: `brief list -q WORD --json`
# (from its index cache, and with --no-cache) against `rg -li WORD` and
# `grep -rli WORD` (case-insensitive, as brief is), warm page cache, medians
# of N runs, and brief's peak memory.
#
#   benches/compare.sh [--count 100000] [--word zhytomyrska] [--runs 7]
#
# The corpus is made by examples/gen_corpus (seed 42) under
# target/bench-corpus/COUNT unless BRIEF_BENCH_CORPUS names a folder.
set -euo pipefail
cd "$(dirname "$0")/.."

. benches/corpus.sh
bench_args 7 "$@"

install_missing rg=ripgrep /usr/bin/time=time
cargo build --release --quiet --bin brief --example gen_corpus
bench_corpus "$count"

median_ms() { # command... -> median wall milliseconds over $runs runs
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

brief=target/release/brief
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export BRIEF_CACHE_DIR=$cache

# The first start in a folder loads every file and leaves the index cache;
# later starts map it. Both are timed, and a load with the cache off.
first_start=$(date +%s%N)
"$brief" list -q "$word" --json "$corpus" >/dev/null
first_ms=$(( ($(date +%s%N) - first_start) / 1000000 ))
warm_ms=$(median_ms "$brief" list -q "$word" --json "$corpus")
rg_ms=$(median_ms rg -li "$word" "$corpus")
grep_ms=$(median_ms grep -rli "$word" "$corpus")
cold_ms=$(median_ms "$brief" list -q "$word" --json --no-cache "$corpus")
rss() { { /usr/bin/time -f '%M' "$brief" list -q "$word" --json "$@" "$corpus" >/dev/null; } 2>&1 | tail -1; }
warm_kb=$(rss)
cold_kb=$(rss --no-cache)
hits=$("$brief" list -q "$word" --json "$corpus" | wc -l)

echo "corpus: $corpus ($files files, $((bytes / 1000000)) MB), word: $word ($hits briefings), $runs runs, $(nproc) cores"
printf '%-48s %10s\n' "command" "median ms"
printf '%-48s %10s\n' "brief list -q $word --json (index cache)" "$warm_ms"
printf '%-48s %10s\n' "brief list -q $word --json --no-cache" "$cold_ms"
printf '%-48s %10s\n' "brief, first start (loads, writes the cache)" "$first_ms"
printf '%-48s %10s\n' "rg -li $word" "$rg_ms"
printf '%-48s %10s\n' "grep -rli $word" "$grep_ms"
awk -v b="$warm_ms" -v c="$cold_ms" -v r="$rg_ms" -v g="$grep_ms" \
  'BEGIN { printf "ratio brief/rg: %.2f with the cache, %.2f without; brief/grep: %.2f\n", b / r, c / r, b / g }'
awk -v w="$warm_kb" -v k="$cold_kb" -v c="$bytes" \
  'BEGIN { printf "brief peak RSS: %.0f MB = %.2fx the corpus with the cache, %.0f MB = %.2fx without\n", w / 1024, w * 1024 / c, k / 1024, k * 1024 / c }'
"$brief" list -q "$word" --timings "$corpus" 2>&1 >/dev/null | tail -1
"$brief" list -q "$word" --timings --no-cache "$corpus" 2>&1 >/dev/null | tail -1
