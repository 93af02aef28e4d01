#!/usr/bin/env bash
# The reader's first screen from the index cache (issue 21), in tmux at
# 80x24: the time from starting brief to its first screen (which says
# "checking N files…"), and to the check of the files behind it landing
# ("checked N files: …"). The cache is made first; N runs, warm page cache.
#
#   benches/first_screen.sh [--count 100000] [--runs 3]
set -euo pipefail
cd "$(dirname "$0")/.."

. benches/corpus.sh
bench_args 3 "$@"

install_missing rg=ripgrep tmux=tmux
cargo build --release --quiet --bin brief --example gen_corpus
bench_corpus "$count"

cache=$(mktemp -d)
socket="brief-first-screen-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$cache"' EXIT
export BRIEF_CACHE_DIR=$cache BRIEF_PROGRESS=off
target/release/brief list -q zhytomyrska "$corpus" >/dev/null
sleep 2.2
tmux -L "$socket" new-session -d -s bench -x 80 -y 24

seen() { tmux -L "$socket" capture-pane -p -t bench | grep -q "$1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
for i in $(seq "$runs"); do
  s=$(date +%s%N); rg -li zhytomyrska "$corpus" >/dev/null; e=$(date +%s%N)
  rg_ms=$(( (e - s) / 1000000 ))
  tmux -L "$socket" send-keys -t bench "clear; BRIEF_CACHE_DIR=$cache target/release/brief $corpus" Enter
  start=$(now_ms)
  until seen "checking $count files"; do sleep 0.005; done
  first=$(( $(now_ms) - start ))
  until seen "checked $count files"; do sleep 0.05; done
  checked=$(( $(now_ms) - start ))
  echo "run $i: first screen ${first} ms, check landed ${checked} ms; rg -li ${rg_ms} ms"
  tmux -L "$socket" send-keys -t bench q
  sleep 1
done
