#!/usr/bin/env bash
# A benchmark, not a test: what the head record's extra fdatasync costs per append. Ingests the
# same ARTICLES synthetic articles (one synced append each) into a fresh store, PAIRS times with the
# head record synced as dossier does, and PAIRS times with build/libno_head_sync.so preloaded
# (tools/no_head_sync.cc: the head record's fdatasync a no-op, RocksDB's WAL sync untouched),
# alternating the two, and prints each side's median wall time and the median of the pairwise
# ratios with / without. Whole processes, init excluded.
#
#   tools/bench_head_sync.sh [BUILD_DIR] [ARTICLES] [PAIRS]
set -euo pipefail
build=${1:-build}
articles=${2:-200}
pairs=${3:-7}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-head-sync.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/gen_articles" "$articles" 11 300 >"$work/articles.jsonl"
shim=$(realpath "$build/libno_head_sync.so")

# run_once PRELOAD: seconds of one ingest of the articles into a fresh store.
run_once() {
  rm -rf "$work/store"
  "$build/dossier" --store "$work/store" init >/dev/null
  local start end
  start=$(date +%s%N)
  LD_PRELOAD=$1 "$build/dossier" --store "$work/store" ingest "$work/articles.jsonl" --quiet >/dev/null
  end=$(date +%s%N)
  echo "scale=4; ($end - $start) / 1000000000" | bc
}
rm -rf "$work/store" && "$build/dossier" --store "$work/store" init >/dev/null
skipped=$(NO_HEAD_SYNC_REPORT=1 LD_PRELOAD=$shim "$build/dossier" --store "$work/store" ingest "$work/articles.jsonl" --quiet 2>&1 >/dev/null | sed -n 's/^no_head_sync: \([0-9]*\) syncs skipped$/\1/p')
echo "the shim skips $skipped head record syncs in an ingest of $articles articles"
with=() without=() ratios=()
for _ in $(seq "$pairs"); do
  a=$(run_once "") b=$(run_once "$shim")
  with+=("$a") without+=("$b") ratios+=("$(echo "scale=4; $a / $b" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "ingest of $articles articles, $pairs pairs: with the head record's sync $(median "${with[@]}") s," \
     "without $(median "${without[@]}") s; ratio with / without $(median "${ratios[@]}")"
