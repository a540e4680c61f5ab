#!/usr/bin/env bash
# A benchmark, not a test: `dossier draft` on a story of 200 generated sources (tools/gen_story,
# ingested without the gazetteer, so that every speaker is a candidate and nothing is annotated:
# what a new story looks like), beside `dossier brief` on the same store as the yardstick. Both
# whole processes are timed (start-up and store opening included), alternating them after a warm-up
# run each, and the medians of wall time and of the ratio draft / brief pair by pair are printed.
# Goal: draft < 1 s.
#
#   tools/bench_draft.sh [BUILD_DIR] [SOURCES] [RUNS]
set -euo pipefail
build=${1:-build}
sources=${2:-200}
runs=${3:-7}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-draft.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/gen_story" --seed 1 --sources "$sources" --story synthetic --out "$work/story" >/dev/null
export DOSSIER_STORE="$work/store"
"$build/dossier" init >/dev/null
"$build/dossier" ingest "$work/story/articles.jsonl" --story synthetic --story-title "Synthetic story" --quiet
"$build/dossier" draft synthetic --output "$work/draft.json"

wall_ns() {  # the wall time of one run of "$@", in nanoseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
  end=$(date +%s%N)
  echo $((end - start))
}
draft=("$build/dossier" draft synthetic --output "$work/draft.json")
brief=("$build/dossier" brief synthetic)
"${brief[@]}" >/dev/null  # warm-up: the first run of each pays for the page cache
: >"$work/times"
for ((i = 0; i < runs; i++)); do
  echo "$(wall_ns "${draft[@]}") $(wall_ns "${brief[@]}")" >>"$work/times"
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "draft: median $(awk '{ print $1 / 1e9 }' "$work/times" | median) s over $runs runs"
echo "brief: median $(awk '{ print $2 / 1e9 }' "$work/times" | median) s"
echo "draft / brief, pair by pair: median $(awk '{ print $1 / $2 }' "$work/times" | median)"
