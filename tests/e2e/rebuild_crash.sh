# A killed rebuild leaves the store as it was: `rebuild` folds every projection into scratch rows
# beside the stored ones, in bounded batches, compares, and only then drops the scratch (or, where a
# projection differs, copies the rebuilt rows over it). It is killed (SIGKILL) at random moments;
# after each kill the log verifies, the readers answer byte for byte as before, and a rebuild run to
# the end finds every projection identical and leaves no scratch rows behind.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

KILLS=${REBUILD_KILLS:-8}
RANDOM=${REBUILD_SEED:-$$}  # printed, so that a failing run can be repeated with REBUILD_SEED
echo "rebuild_crash: $KILLS kills, REBUILD_SEED=$RANDOM"

"$DOSSIER_BUILD_DIR/gen_articles" 300 11 >"$WORK/articles.jsonl" || fail "gen_articles failed"
expect_ok init
record_corpus_story
expect_ok ingest "$WORK/articles.jsonl" --story bulk --quiet
expect_ok verify --json
head=$(json 'd["chain_head"]')

# What the readers answer, from the projections' rows: one story, one actor, one value, a listing.
answers() {
  expect_ok brief ai-roi && cat "$WORK/out"
  expect_ok stances "Mark Cuban" && cat "$WORK/out"
  expect_ok trace '$3 trillion' && cat "$WORK/out"
  expect_ok sources --story bulk --json && cat "$WORK/out"
  expect_ok timeline --story ai-roi && cat "$WORK/out"
}
answers >"$WORK/before"

# Timed on the second of two: the first does more (it is the store's first rebuild), and a window
# sized by it would let most kills land after the later, quicker rebuilds had finished.
expect_ok rebuild
start=$(date +%s%N)
expect_ok rebuild
rebuild_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "rebuild_crash: a whole rebuild takes about ${rebuild_ms} ms"

interrupted=0
for kill in $(seq "$KILLS"); do
  window_ms=$(( rebuild_ms * 3 / 4 > 20 ? rebuild_ms * 3 / 4 : 20 ))  # the kill lands inside the rebuild
  delay_ms=$(( 10 + RANDOM % window_ms ))
  "$DOSSIER" rebuild >"$WORK/killed.out" 2>"$WORK/killed.err" &
  writer=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$writer" 2>/dev/null || true
  rc=0
  wait "$writer" 2>/dev/null || rc=$?
  [ "$rc" = 0 ] || [ "$rc" = 137 ] || { cat "$WORK/killed.err" >&2; fail "the rebuild to be killed exited $rc"; }
  [ "$rc" = 137 ] && interrupted=$((interrupted + 1))
  expect_ok verify --expect-head "$head"
  answers >"$WORK/after" || fail "a reader failed after kill $kill"
  cmp -s "$WORK/before" "$WORK/after" || fail "after kill $kill (${delay_ms} ms) the answers differ"
  echo "rebuild_crash: kill $kill after ${delay_ms} ms: $([ "$rc" = 137 ] && echo killed || echo finished first), answers unchanged"
done
[ "$interrupted" -ge $((KILLS / 2)) ] || fail "only $interrupted of $KILLS kills interrupted a rebuild"

# Run to the end, the rebuild finds every stored projection identical to its fold from the first
# event, and drops its scratch rows: the store's projections hold the same keys as before the kills.
expect_ok rebuild --json
[ "$(json 'all(p["identical"] for p in d["projections"])')" = true ] || fail "rebuild after the kills: $(json 'd')"
[ "$(json 'len(d["projections"])')" = 9 ] || fail "rebuild rebuilt $(json 'len(d["projections"])') projections"
answers >"$WORK/after"
cmp -s "$WORK/before" "$WORK/after" || fail "the answers after the last rebuild differ"
pass
