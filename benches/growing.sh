#!/usr/bin/env bash
# A growing archive, side by side with `rg -l` in one run (issue 13): the
# first index of new folders (time and peak memory), a start with nothing
# changed, a start after one new, one changed and one removed file, the
# index cache's size on disk, and live reload in the reader (run in tmux at
# 80x24): the time from writing a new file to its title on the screen, and
# the reader's resident memory before and after. Medians of N runs, warm
# page cache.
#
#   benches/growing.sh [--count 100000] [--word zhytomyrska] [--runs 5]
#
# The corpus is made by examples/gen_corpus (seed 42) under
# target/bench-corpus/COUNT unless BRIEF_BENCH_CORPUS names a folder. The
# script changes files in it and puts them back before it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

. benches/corpus.sh
bench_args 5 "$@"

install_missing rg=ripgrep tmux=tmux /usr/bin/time=time
cargo build --release --quiet --bin brief --example gen_corpus
bench_corpus "$count"

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
awk -v d="$day_ms" -v s="$same_ms" 'BEGIN { printf "start after the three files / start with nothing changed: %.2fx\n", d / s }'
awk -v k="$first_kb" -v c="$bytes" -v d="$disk" \
  'BEGIN { printf "first index peak RSS: %.0f MB = %.2fx the corpus; index cache on disk: %.0f MB = %.2fx the corpus\n", k / 1024, k * 1024 / c, d / 1e6, d / c }'

# Live reload: the reader open in tmux, a new file written, the time until
# its title is on the screen.
sock=brief-growing-$$
tmux -L "$sock" new-session -d -x 80 -y 24 "BRIEF_CACHE_DIR=$cache BRIEF_PROGRESS=off exec $brief $corpus"
screen() { tmux -L "$sock" capture-pane -p; }
wait_for() { # text [absent] -> waits up to 60 s for the text to show (or go)
  for _ in $(seq 6000); do
    if screen | grep -q "$1"; then [ -z "${2:-}" ] && return 0; else [ -n "${2:-}" ] && return 0; fi
    sleep 0.01
  done
  echo "timed out waiting for $1" >&2; return 1
}
# The reader starts from the index and checks the files behind it; live
# reload follows the folders once that check has landed.
wait_for "checked $files files"
sleep 1
pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
live_times=()
for i in $(seq "$runs"); do
  arrival="$(dirname "$changed")/zz-live-$i.txt"
  start=$(date +%s%N)
  echo "date 2030-01-0$i Live arrival number $i." >"$arrival"
  # The selection stays where it was, so the count in the list's title tells.
  wait_for "Briefings $((files + 1))/"
  live_times+=($(( ($(date +%s%N) - start) / 1000000 )))
  rm -f "$arrival"
  wait_for "Briefings $files/"
done
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
tmux -L "$sock" kill-server
live_ms=$(printf '%s\n' "${live_times[@]}" | median)
echo "live reload, a new file to its title on screen: median $live_ms ms (runs: ${live_times[*]})"
awk -v a="$rss_before" -v b="$rss_after" \
  'BEGIN { printf "reader resident memory: %.0f MB before, %.0f MB after (%+.1f%%)\n", a / 1024, b / 1024, (b - a) * 100 / a }'
