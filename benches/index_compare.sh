#!/usr/bin/env bash
# brief's own full-text index against tantivy on one generated corpus, side by
# side in one run (issue 13): build time and peak RSS (each build in its own
# process), size on disk, opening, one new file, and every query form.
#
#   benches/index_compare.sh [--count 100000] [--merge none|log] [--build-only]
#
# The comparison is its own crate (benches/index_compare), outside brief's
# build, so that `cargo test` never compiles tantivy. The corpus is made by
# examples/gen_corpus (seed 42) under target/bench-corpus/COUNT, as
# benches/compare.sh does; the indexes go to target/index-compare/COUNT.
set -euo pipefail
cd "$(dirname "$0")/.."

count=100000 merge=none build_only=
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --merge) merge=$2; shift 2 ;;
    --build-only) build_only=1; shift ;;
    *) echo "usage: $0 [--count N] [--merge none|log] [--build-only]" >&2; exit 2 ;;
  esac
done

. benches/corpus.sh
cargo build --release --quiet --example gen_corpus
cargo build --release --quiet --manifest-path benches/index_compare/Cargo.toml --target-dir target
bench_corpus "$count"

work=target/index-compare/$count
mkdir -p "$work"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run=target/release/index_compare
"$run" brief-build "$corpus" "$work" >"$out/brief"
"$run" tantivy-build "$corpus" "$work" --merge "$merge" >"$out/tantivy"
if [ -z "$build_only" ]; then
  "$run" brief-query "$corpus" "$work" >>"$out/brief"
  "$run" tantivy-query "$corpus" "$work" --merge "$merge" >>"$out/tantivy"
fi

echo "corpus: $corpus ($files files, $((bytes / 1000000)) MB), tantivy merge policy: $merge, $(nproc) cores"
awk -F'\t' -v corpus="$bytes" '
  FNR == 1 { side++ }
  { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
    value[side, $1] = $2; if ($3 != "") note[side, $1] = $3 }
  function cell(s, m) { v = ((s, m) in value) ? value[s, m] : "-"
    return ((s, m) in note) ? v " (" note[s, m] ")" : v }
  END {
    printf "| %s | %s | %s | %s |\n| --- | --- | --- | --- |\n", "measure", "brief", "tantivy", "tantivy / brief"
    for (i = 1; i <= n; i++) {
      m = order[i]; b = value[1, m]; t = value[2, m]; r = ""
      if (b + 0 > 0 && t != "" && t != "n/a" && b != "n/a") r = sprintf("%.3g", t / b)
      printf "| %s | %s | %s | %s |\n", m, cell(1, m), cell(2, m), r
      if (m == "size on disk (MB)")
        printf "| size on disk / corpus | %.2fx | %.2fx | |\n", b * 1e6 / corpus, t * 1e6 / corpus
      if (m == "peak RSS of the build (MB)")
        printf "| peak RSS / corpus | %.2fx | %.2fx | |\n", b * 1048576 / corpus, t * 1048576 / corpus
    }
  }' "$out/brief" "$out/tantivy"
