#!/usr/bin/env bash
# Search inside quotes (issue 24), side by side in one run: what indexing
# each quote costs (first index, its peak memory, the cache on disk), and
# `quote:` queries answered from the cache against `rg` over the same
# files. With `--before BIN`, the first index of another build of brief
# (one without the quote fields) is measured in the same runs. Every
# `speaker:hartmann quote:weeks` answer is checked against a scan of
# Hartmann's quotes. Medians of N runs, warm page cache.
#
#   benches/quote_search.sh [--count 100000] [--runs 3] [--before BIN]
set -euo pipefail
cd "$(dirname "$0")/.."

before=
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
. benches/corpus.sh
bench_args 3 "${args[@]}"

install_missing rg=ripgrep /usr/bin/time=time
cargo build --release --quiet --bin brief --example gen_corpus
bench_corpus "$count"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BRIEF_PROGRESS=off

builds=(now=target/release/brief)
[ -n "$before" ] && builds+=("before=$before")
for _ in $(seq "$runs"); do
  timed rg rg -li "$word" "$corpus"
  for build in "${builds[@]}"; do
    export BRIEF_CACHE_DIR=$work/cache-${build%%=*}
    rm -rf "$BRIEF_CACHE_DIR"
    timed "first-index-${build%%=*}" "${build#*=}" list -q "$word" --json "$corpus"
  done
done
for build in "${builds[@]}"; do
  echo "cache ${build%%=*}: $(du -sm "$work/cache-${build%%=*}" | cut -f1) MB"
done

export BRIEF_CACHE_DIR=$work/cache-now
queries=('quote:shelling' 'speaker:hartmann quote:weeks' 'quote:"not months"')
for _ in $(seq "$runs"); do
  timed rg-phrase rg -l 'not months' "$corpus"
  timed list-word target/release/brief list -q "$word" "$corpus"
  for i in "${!queries[@]}"; do
    timed "list-quote-$i" target/release/brief list -q "${queries[$i]}" "$corpus"
    timed "quotes-quote-$i" target/release/brief quotes -q "${queries[$i]}" "$corpus"
  done
done

found=$(target/release/brief quotes --json -q 'speaker:hartmann quote:weeks' "$corpus" | wc -l)
scanned=$(target/release/brief quotes --json -q 'speaker:hartmann' "$corpus" |
  grep -ciE '"text":"([^"\\]|\\.)*\bweeks' || true)
echo "speaker:hartmann quote:weeks: $found quotes from the index, $scanned by a scan"
[ "$found" = "$scanned" ] || { echo "the index and the scan differ" >&2; exit 1; }

echo "medians of $runs runs (ms, peak KB):"
for i in "${!queries[@]}"; do echo "  query $i: ${queries[$i]}"; done
sort -k1,1 -k2,2n "$work/runs" | awk '
  { n[$1]++; t[$1, n[$1]] = $2; m[$1, n[$1]] = $3 }
  END { for (k in n) { i = int((n[k] + 1) / 2); printf "  %-18s %7d ms %8d KB\n", k, t[k, i], m[k, i] } }' | sort
