#!/usr/bin/env bash
# The first index of new folders against its floor, side by side in one run
# (issue 13): one `rg -l` scan, brief's first index (`brief list` with an
# empty cache), and tantivy alone over the same files with nothing of
# brief's (`index_compare tantivy-floor`: its default tokenizer, the text as
# it is, two threads), each with its peak memory. Medians of N runs, warm
# page cache; ratios are to the `rg -l` scan.
#
#   benches/first_index.sh [--count 100000] [--word zhytomyrska] [--runs 3]
set -euo pipefail
cd "$(dirname "$0")/.."

. benches/corpus.sh
bench_args 3 "$@"

install_missing rg=ripgrep /usr/bin/time=time
cargo build --release --quiet --bin brief --example gen_corpus
cargo build --release --quiet --manifest-path benches/index_compare/Cargo.toml --target-dir target
bench_corpus "$count"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BRIEF_CACHE_DIR=$work/cache BRIEF_PROGRESS=off

for _ in $(seq "$runs"); do
  timed rg rg -li "$word" "$corpus"
  rm -rf "$BRIEF_CACHE_DIR"
  timed brief target/release/brief list -q "$word" --json "$corpus"
  timed floor target/release/index_compare tantivy-floor "$corpus" "$work/floor"
done

echo "corpus: $corpus ($files files, $((bytes / 1000000)) MB), $(nproc) cores, $runs runs"
awk -v corpus="$bytes" '
  { ms[$1] = ms[$1] " " $2; kb[$1] = kb[$1] " " $3 }
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((n + 1) / 2)]
  }
  END {
    rg = median(ms["rg"])
    printf "| %-34s | %9s | %8s | %14s |\n| --- | --- | --- | --- |\n", "", "wall (ms)", "x rg -l", "peak RSS"
    split("rg brief floor", names, " ")
    label["rg"] = "rg -li " "'"$word"'"; label["brief"] = "brief, first index"
    label["floor"] = "tantivy alone (the floor)"
    for (i = 1; i <= 3; i++) {
      n = names[i]; m = median(ms[n]); k = median(kb[n])
      printf "| %-34s | %9d | %7.1fx | %5.0f MB %.2fx |\n", label[n], m, m / rg, k / 1024, k * 1024 / corpus
    }
  }' "$work/runs"
