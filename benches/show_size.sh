#!/usr/bin/env bash
# One long briefing at 2, 4, 8, 16 and 64 MB, side by side in one run
# (issue 24): `brief show ID` and the reader's first screen (in tmux at
# 80x24, the briefing selected and its text laid out), each at the default
# show_limit (8 MB: larger files are shown cut) and with the limit raised
# to 1 GB (every file shown whole). Each folder holds the one briefing, so
# every run reads, parses and indexes it too. Medians of N runs, warm page
# cache. Each time is also given as a ratio to the smallest size's, beside
# the ratio of the sizes: linear is the two alike. The files are made in a
# temporary folder, removed at the end.
#
#   benches/show_size.sh [--runs 3] [--sizes "2 4 8 16 64"]
set -euo pipefail
cd "$(dirname "$0")/.."

. benches/corpus.sh
runs=3 sizes="2 4 8 16 64"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--sizes \"2 4 8 16 64\"]" >&2; exit 2 ;;
  esac
done

install_missing tmux=tmux
cargo build --release --quiet --bin brief
brief=$(realpath "${CARGO_TARGET_DIR:-target}/release/brief")
work=$(mktemp -d)
socket="brief-show-size-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'show_limit = "1GB"\n' > "$work/raised.toml"
export BRIEF_PROGRESS=off BRIEF_CACHE_DIR="$work/cache" BRIEF_CONFIG=/dev/null

# A briefing of about `mb` million bytes: a title line, then paragraphs of
# about sixty words of prose, every third with a quote and who said it, in
# straight or curly quotes (the curly ones are not ASCII, as in most real
# text). The same bytes for the same size.
make_briefing() { # mb file
  LC_ALL=C awk -v target=$(( $1 * 1000000 )) 'BEGIN {
    srand(24)
    n = split("the ministry said gas transit flows through ukraine remained below contract volumes while traders in vienna watched storage levels fall across europe after talks in geneva ended without a deal on prices", w, " ")
    split("Bohdan Lysenko|Olha Kovalenko|Andriy Melnyk|Maria Schmidt", who, "|")
    print "date 2022-01-01 A long briefing on gas transit."
    size = 48
    for (p = 1; size < target; p++) {
      text = ""
      for (i = 0; i < 60; i++) text = text (i ? " " : "") w[int(rand() * n) + 1]
      text = toupper(substr(text, 1, 1)) substr(text, 2) "."
      if (p % 3 == 0) {
        q = ""
        for (i = 0; i < 15; i++) q = q (i ? " " : "") w[int(rand() * n) + 1]
        qo = p % 6 ? "\"" : "“"; qc = p % 6 ? "\"" : "”"
        text = text " " qo toupper(substr(q, 1, 1)) substr(q, 2) "," qc " said " who[int(rand() * 4) + 1] "."
      }
      printf "\n%s\n", text
      size += length(text) + 2
    }
  }' > "$2"
}

median_ms() { # command... -> median wall milliseconds over $runs runs
  local times=() start
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

tmux -L "$socket" new-session -d -s bench -x 80 -y 24
screen_has() { tmux -L "$socket" capture-pane -p -t bench | grep -q "$1"; }
# The median ms from the command line typed until the briefing's text is
# on screen (its date, in its header, is drawn with it).
first_screen_ms() { # config folder
  local times=() start
  for _ in $(seq "$runs"); do
    tmux -L "$socket" send-keys -t bench "clear; BRIEF_CONFIG=$1 $brief $2" Enter
    start=$(date +%s%N)
    until screen_has "1 January 2022"; do sleep 0.01; done
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
    tmux -L "$socket" send-keys -t bench q
    while screen_has "1 January 2022"; do sleep 0.05; done
    sleep 0.5
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

for mb in $sizes; do
  mkdir -p "$work/$mb"
  make_briefing "$mb" "$work/$mb/long.txt"
done

echo "one briefing at each size, $runs runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%F)"
echo "ms, and each as a ratio to the time at ${sizes%% *} MB"
printf '%-30s %-16s %-16s %-16s %s\n' size "show" "show, 1 GB" "reader" "reader, 1 GB"
base=()
for mb in $sizes; do
  dir=$work/$mb
  bytes=$(stat -c %s "$dir/long.txt")
  row=(
    "$(median_ms "$brief" show long "$dir" --width 100)"
    "$(BRIEF_CONFIG=$work/raised.toml median_ms "$brief" show long "$dir" --width 100)"
    "$(first_screen_ms /dev/null "$dir")"
    "$(first_screen_ms "$work/raised.toml" "$dir")"
  )
  [ ${#base[@]} -eq 0 ] && base=("${row[@]}") && small=$mb
  line=$(printf '%-30s' "$mb MB ($bytes B, x$(awk -v m="$mb" -v s="$small" 'BEGIN { printf "%g", m / s }'))")
  for i in "${!row[@]}"; do
    ratio=$(awk -v t="${row[$i]}" -v b="${base[$i]}" 'BEGIN { printf "%.1f", t / b }')
    line="$line $(printf '%-16s' "${row[$i]} x$ratio")"
  done
  echo "$line"
done
