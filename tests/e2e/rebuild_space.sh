#!/usr/bin/env bash
# `rebuild` gives back the space of the scratch rows it folds into and drops: the store it leaves
# is no larger than the one it found (the projections' column family is compacted as the rebuild
# closes), so rebuilding a store does not grow it.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

"$DOSSIER_BUILD_DIR/gen_articles" 3000 7 >"$WORK/articles.jsonl" || fail "gen_articles failed"
expect_ok init
expect_ok ingest "$WORK/articles.jsonl" --story bulk --quiet
before=$(du -sb "$DOSSIER_STORE" | cut -f1)
for round in 1 2; do
  expect_ok rebuild
  out_has "rebuilt 9 projections"
done
after=$(du -sb "$DOSSIER_STORE" | cut -f1)
echo "rebuild_space: $before bytes before, $after after two rebuilds"
[ "$after" -le $((before * 11 / 10)) ] || fail "two rebuilds grew the store from $before to $after bytes"
expect_ok verify
