#!/usr/bin/env bash
# The main job on the bundled corpus: build, ingest corpus/ into a fresh store in build/corpus-store,
# record the gazetteer and the story's annotations, verify it and print what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh >&2
export DOSSIER_STORE="$PWD/build/corpus-store"
rm -rf "$DOSSIER_STORE"
dossier=build/dossier
$dossier init
$dossier ingest corpus --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
$dossier annotate corpus/actors.json --quiet
$dossier annotate corpus/annotations/ai-roi.json --quiet
echo
$dossier sources
echo
$dossier verify
