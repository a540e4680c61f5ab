#!/usr/bin/env bash
# A benchmark, not a test: `dossier draft` on a story of 200 generated sources (tools/gen_story,
# ingested without the gazetteer, so that every speaker is a candidate and nothing is annotated:
# what a new story looks like), beside `dossier brief` on the same store as the yardstick. farm-bench
# times both whole processes (start-up and store opening included), alternating them, and prints
# the ratio draft / brief pair by pair. Goal: draft < 1 s.
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
farm-bench -n "$runs" --vs "$build/dossier --store $work/store brief synthetic" -- \
  "$build/dossier" --store "$work/store" draft synthetic --output "$work/draft.json"
