#!/usr/bin/env bash
# The main job on the bundled corpus: build, ingest corpus/ into a fresh store in build/corpus-store,
# verify it and print what is there: the sources, where they disagree on a figure, and one number
# traced back to its bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh >&2
export DOSSIER_STORE="$PWD/build/corpus-store"
rm -rf "$DOSSIER_STORE"
dossier=build/dossier
$dossier init
$dossier ingest corpus --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
echo
$dossier sources
echo
$dossier figures --conflicts
echo
$dossier trace '$3 trillion'
echo
$dossier verify
