# Readers beside a writer always succeed: while a writer ingests one small batch after another (each
# writer's open flushes the log to table files, so compactions delete files all the time), readers
# open the store over and over; every reader run exits 0 and sees a log that verifies.
# The readers' count decides the end, not the ingest: they go on until they have made READERS_RUNS
# runs between them (default 30) and the writer has ingested its first round of READERS_BATCHES
# batches of READERS_ARTICLES articles (default 30 of 8); the writer goes on with further rounds of
# new articles until the readers are done. tools/fault_stress.sh runs it with 1,000 reader runs
# beside a 4,000-article ingest.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

BATCHES=${READERS_BATCHES:-30}
PER_BATCH=${READERS_ARTICLES:-8}
RUNS=${READERS_RUNS:-30}
expect_ok init

(round=0
 while [ ! -e "$WORK/readers.done" ]; do
   round=$((round + 1))
   "$DOSSIER_BUILD_DIR/gen_articles" $((BATCHES * PER_BATCH)) $((4 + round)) 200 |
     split -l "$PER_BATCH" -d -a 4 --additional-suffix=.jsonl - "$WORK/batch-"
   for batch in "$WORK"/batch-*.jsonl; do
     [ -e "$WORK/readers.done" ] && break
     "$DOSSIER" ingest "$batch" --story readers --quiet >/dev/null 2>>"$WORK/writer.err" || echo "$batch" >>"$WORK/writer.failed"
     rm -f "$batch"
   done
   [ "$round" = 1 ] && touch "$WORK/round1.done"
   echo "$round" >"$WORK/rounds"
 done) &
writer=$!

# reader N SHARE: runs reading commands until it has made SHARE runs and the writer's first round is
# in; records each failure's stderr.
reader() {
  local runs=0 rc
  while [ "$runs" -lt "$2" ] || [ ! -e "$WORK/round1.done" ]; do
    for command in "sources --json" "verify --json" "stats"; do
      rc=0
      # shellcheck disable=SC2086
      "$DOSSIER" $command >/dev/null 2>"$WORK/reader$1.err" || rc=$?
      [ "$rc" = 0 ] || echo "dossier $command exited $rc: $(cat "$WORK/reader$1.err")" >>"$WORK/readers.failed"
      runs=$((runs + 1))
    done
  done
  echo "$runs" >"$WORK/reader$1.runs"
}
reader 1 $(((RUNS + 1) / 2)) & reader1=$!
reader 2 $((RUNS / 2)) & reader2=$!
wait "$reader1" "$reader2"
touch "$WORK/readers.done"
wait "$writer"

runs=$(($(cat "$WORK/reader1.runs") + $(cat "$WORK/reader2.runs")))
failures=0
[ ! -e "$WORK/readers.failed" ] || failures=$(wc -l <"$WORK/readers.failed")
expect_ok sources --json
articles=$(json 'len(d)')
echo "readers: $runs runs beside an ingest of $articles articles in $(cat "$WORK/rounds") round(s) of $((BATCHES * PER_BATCH)): $failures failed"
[ ! -e "$WORK/writer.failed" ] || { cat "$WORK/writer.err" >&2; fail "a writer failed: $(head -3 "$WORK/writer.failed")"; }
[ "$failures" = 0 ] || { head -5 "$WORK/readers.failed" >&2; fail "$failures reader runs failed beside the writers"; }
[ "$runs" -ge "$RUNS" ] || fail "only $runs reader runs"
[ "$articles" -ge $((BATCHES * PER_BATCH)) ] || fail "the writer's first round is not in: $articles articles"
expect_ok verify --json
[ "$(json 'd["ok"]')" = true ] || fail "the store does not verify after the writers"
pass
