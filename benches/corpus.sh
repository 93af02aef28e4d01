# Shared by the benchmark scripts (sourced, from the project's root):
# installing the tools they compare against, and the generated corpus.

# Installs Debian's packages for the commands missing: `install_missing
# rg=ripgrep tmux=tmux /usr/bin/time=time`.
install_missing() {
  local need=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || need+=("${pair#*=}")
  done
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
}

# Sets `corpus` (made by examples/gen_corpus, seed 42, under
# target/bench-corpus/COUNT unless BRIEF_BENCH_CORPUS names a folder), its
# briefing `files` and their `bytes`, and reads it all once so every tool
# measured finds it in the page cache. Needs gen_corpus built in release.
bench_corpus() {
  local count=$1
  corpus=${BRIEF_BENCH_CORPUS:-target/bench-corpus/$count}
  if [ -z "${BRIEF_BENCH_CORPUS:-}" ] && [ ! -e "$corpus/.complete" ]; then
    rm -rf "$corpus"
    target/release/examples/gen_corpus "$corpus" --count "$count" --seed 42
    touch "$corpus/.complete"
  fi
  bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {printf "%d", s}')
  files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
  find "$corpus" -type f -print0 | xargs -0 cat >/dev/null
}

# Sets `count` (100000), `word` (zhytomyrska) and `runs` (the first
# argument) from the script's options: `bench_args 5 "$@"` takes
# [--count N] [--word WORD] [--runs N].
bench_args() {
  count=100000 word=zhytomyrska runs=$1
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --count) count=$2; shift 2 ;;
      --word) word=$2; shift 2 ;;
      --runs) runs=$2; shift 2 ;;
      *) echo "usage: $0 [--count N] [--word WORD] [--runs N]" >&2; exit 2 ;;
    esac
  done
}

# Runs a command, its output dropped and its failure ignored, and appends
# "NAME MS KB" (wall milliseconds, peak resident KB) to $work/runs; needs
# `work` set and /usr/bin/time: `timed rg rg -li "$word" "$corpus"`.
timed() { # name command... -> appends "name ms kb" to $work/runs
  local name=$1 start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -o "$work/kb" -f '%M' "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$name $(( (end - start) / 1000000 )) $(tail -1 "$work/kb")" >>"$work/runs"
}
