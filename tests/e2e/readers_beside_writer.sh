# Readers beside a writer always succeed: while writers ingest one small batch after another (each
# writer's open flushes the log to table files, so compactions delete files all the time), readers
# open the store over and over; every reader run exits 0 and sees a log that verifies.
# READERS_BATCHES and READERS_ARTICLES make it heavier (tools/stress.sh readers does).
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

BATCHES=${READERS_BATCHES:-30}
PER_BATCH=${READERS_ARTICLES:-8}
"$DOSSIER_BUILD_DIR/gen_articles" $((BATCHES * PER_BATCH)) 5 200 >"$WORK/articles.jsonl" || fail "gen_articles failed"
split -l "$PER_BATCH" -d -a 4 --additional-suffix=.jsonl "$WORK/articles.jsonl" "$WORK/batch-"
expect_ok init

(for batch in "$WORK"/batch-*.jsonl; do
   "$DOSSIER" ingest "$batch" --story readers --quiet >/dev/null 2>>"$WORK/writer.err" || echo "$batch" >>"$WORK/writer.failed"
 done; touch "$WORK/writer.done") &
writer=$!

# reader N: runs reading commands until the writer is done; records each failure's stderr.
reader() {
  local runs=0
  while [ ! -e "$WORK/writer.done" ]; do
    for command in "sources --json" "verify --json" "stats"; do
      # shellcheck disable=SC2086
      local rc=0
      "$DOSSIER" $command >/dev/null 2>"$WORK/reader$1.err" || rc=$?
      [ "$rc" = 0 ] || echo "dossier $command exited $rc: $(cat "$WORK/reader$1.err")" >>"$WORK/readers.failed"
      runs=$((runs + 1))
    done
  done
  echo "$runs" >"$WORK/reader$1.runs"
}
reader 1 & reader 2 &
wait

[ ! -e "$WORK/writer.failed" ] || { cat "$WORK/writer.err" >&2; fail "a writer failed: $(cat "$WORK/writer.failed")"; }
runs=$(( $(cat "$WORK/reader1.runs") + $(cat "$WORK/reader2.runs") ))
echo "readers: $runs runs beside $BATCHES writers"
[ ! -e "$WORK/readers.failed" ] || { cat "$WORK/readers.failed" >&2; fail "reader runs failed beside the writers"; }
[ "$runs" -ge 30 ] || fail "only $runs reader runs: the readers did not overlap the writers"
expect_ok verify --json
[ "$(json 'd["ok"]')" = true ] || fail "the store does not verify after the writers"
pass
