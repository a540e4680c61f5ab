#!/usr/bin/env bash
# The main job on the bundled corpus: build; record the gazetteer (first, so that ingest finds who
# is quoted); ingest corpus/ into a fresh store in build/corpus-store; record the story's
# annotations; verify it and print what is there: the sources, where they disagree on a figure, and
# one number traced back to its bytes, one person's stances, the story's open questions; and last
# the story's briefing, checked.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh >&2
export DOSSIER_STORE="$PWD/build/corpus-store"
rm -rf "$DOSSIER_STORE"
dossier=build/dossier
$dossier init
$dossier annotate corpus/actors.json --quiet
$dossier ingest corpus --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
$dossier annotate corpus/annotations/ai-roi.json --quiet
echo
$dossier sources
echo
$dossier figures --conflicts
echo
$dossier trace '$3 trillion'
echo
$dossier stances 'Mark Cuban'
echo
$dossier questions
echo
$dossier verify
echo
$dossier brief check ai-roi
echo
$dossier brief ai-roi
