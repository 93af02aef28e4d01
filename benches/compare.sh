#!/usr/bin/env bash
# Whole-process comparison on one corpus, in one run: `brief list -q WORD --json`
# against `rg -l WORD` and `grep -rl WORD`, warm page cache, medians of N runs,
# and brief's peak memory.
#
#   benches/compare.sh [--count 100000] [--word zhytomyrska] [--runs 7]
#
# The corpus is made by examples/gen_corpus (seed 42) under
# target/bench-corpus/COUNT unless BRIEF_BENCH_CORPUS names a folder.
set -euo pipefail
cd "$(dirname "$0")/.."

count=100000 word=zhytomyrska runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --word) word=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--count N] [--word WORD] [--runs N]" >&2; exit 2 ;;
  esac
done

need=()
command -v rg >/dev/null || need+=(ripgrep)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

cargo build --release --quiet --bin brief --example gen_corpus
corpus=${BRIEF_BENCH_CORPUS:-target/bench-corpus/$count}
if [ -z "${BRIEF_BENCH_CORPUS:-}" ] && [ ! -e "$corpus/.complete" ]; then
  rm -rf "$corpus"
  target/release/examples/gen_corpus "$corpus" --count "$count" --seed 42
  touch "$corpus/.complete"
fi
bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)

# Warm the page cache so every tool reads from memory.
cat $(find "$corpus" -type f | head -1) >/dev/null
find "$corpus" -type f -print0 | xargs -0 cat >/dev/null

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

brief_ms=$(median_ms target/release/brief list -q "$word" --json "$corpus")
rg_ms=$(median_ms rg -l "$word" "$corpus")
grep_ms=$(median_ms grep -rl "$word" "$corpus")
rss_kb=$( { /usr/bin/time -f '%M' target/release/brief list -q "$word" --json "$corpus" >/dev/null; } 2>&1 | tail -1)
hits=$(target/release/brief list -q "$word" --json "$corpus" | wc -l)

echo "corpus: $corpus ($files files, $((bytes / 1000000)) MB), word: $word ($hits briefings), $runs runs, $(nproc) cores"
printf '%-34s %10s\n' "command" "median ms"
printf '%-34s %10s\n' "brief list -q $word --json" "$brief_ms"
printf '%-34s %10s\n' "rg -l $word" "$rg_ms"
printf '%-34s %10s\n' "grep -rl $word" "$grep_ms"
awk -v b="$brief_ms" -v r="$rg_ms" -v g="$grep_ms" \
  'BEGIN { printf "ratio brief/rg: %.2f   brief/grep: %.2f\n", b / r, b / g }'
awk -v k="$rss_kb" -v c="$bytes" \
  'BEGIN { printf "brief peak RSS: %.0f MB = %.2fx the corpus bytes\n", k / 1024, k * 1024 / c }'
target/release/brief list -q "$word" --timings "$corpus" 2>&1 >/dev/null | tail -1
