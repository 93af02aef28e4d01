#!/usr/bin/env bash
# A growing archive, side by side with `rg -l` in one run (issue 13): the
# first index of new folders (time and peak memory), a start with nothing
# changed, a start after one new, one changed and one removed file, and the
# index cache's size on disk. Medians of N runs, warm page cache.
#
#   benches/growing.sh [--count 100000] [--word zhytomyrska] [--runs 5]
#
# The corpus is made by examples/gen_corpus (seed 42) under
# target/bench-corpus/COUNT unless BRIEF_BENCH_CORPUS names a folder. The
# script changes files in it and puts them back before it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

count=100000 word=zhytomyrska runs=5
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
find "$corpus" -type f -print0 | xargs -0 cat >/dev/null

brief=target/release/brief
cache=$(mktemp -d)
work=$(mktemp -d)
export BRIEF_CACHE_DIR=$cache BRIEF_PROGRESS=off

# The three files a day brings: one new, one changed, one removed (kept
# aside and put back, as is the changed one's text).
changed=$(find "$corpus" -type f -name '*.txt' | sort | sed -n 2p)
removed=$(find "$corpus" -type f -name '*.txt' | sort | sed -n 3p)
cp "$changed" "$work/changed"
cp "$removed" "$work/removed"
new="$(dirname "$changed")/zz-arrived-today.txt"
restore() {
  cp "$work/changed" "$changed"
  cp "$work/removed" "$removed"
  rm -f "$new"
  rm -rf "$cache" "$work"
}
trap restore EXIT

ms() { # command... -> wall milliseconds of one run
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
list() { "$brief" list -q "$word" --json "$corpus"; }

# New folders: the first index, and its peak memory.
first_kb=$({ /usr/bin/time -f '%M' "$brief" list -q "$word" --json "$corpus" >/dev/null; } 2>&1 | tail -1)
rm -rf "$cache"/*
first_ms=$(ms list)
disk=$(du -sb "$cache" | cut -f1)
sleep 2.2 # past the window in which a file's times are not trusted

rg_times=() same_times=() day_times=()
for i in $(seq "$runs"); do
  rg_times+=($(ms rg -li "$word" "$corpus"))
  same_times+=($(ms list))
  # A day's three files, then the start that takes them in.
  echo "date 2022-03-0$((i % 9 + 1)) A new briefing on $word arrives, number $i." >"$new"
  sed -i "s/ the / THE /" "$changed"
  mv "$removed" "$work/removed-now"
  sleep 2.2
  day_times+=($(ms list))
  # Put back (itself a change, taken in untimed).
  cp "$work/changed" "$changed"
  mv "$work/removed-now" "$removed"
  rm -f "$new"
  sleep 2.2
  list >/dev/null
done
rg_ms=$(printf '%s\n' "${rg_times[@]}" | median)
same_ms=$(printf '%s\n' "${same_times[@]}" | median)
day_ms=$(printf '%s\n' "${day_times[@]}" | median)

echo "corpus: $corpus ($files files, $((bytes / 1000000)) MB), word: $word, $runs runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-58s %10s %8s\n' "measure" "median ms" "vs rg -l"
ratio() { awk -v a="$1" -v b="$rg_ms" 'BEGIN { printf "%.2fx", a / b }'; }
printf '%-58s %10s %8s\n' "rg -li $word" "$rg_ms" "1.00x"
printf '%-58s %10s %8s\n' "brief, new folders (first index)" "$first_ms" "$(ratio "$first_ms")"
printf '%-58s %10s %8s\n' "brief, start with nothing changed" "$same_ms" "$(ratio "$same_ms")"
printf '%-58s %10s %8s\n' "brief, start after 1 new, 1 changed, 1 removed" "$day_ms" "$(ratio "$day_ms")"
awk -v d="$day_ms" -v s="$same_ms" 'BEGIN { printf "start after a day's files / start with nothing changed: %.2fx\n", d / s }'
awk -v k="$first_kb" -v c="$bytes" -v d="$disk" \
  'BEGIN { printf "first index peak RSS: %.0f MB = %.2fx the corpus; index cache on disk: %.0f MB = %.2fx the corpus\n", k / 1024, k * 1024 / c, d / 1e6, d / c }'
