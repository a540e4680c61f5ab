# One writer at a time: while an ingest holds the store (reading standard input from a fifo kept
# open), a second writer is refused naming the holder's pid (exit 3), readers run beside it, and the
# store verifies afterwards; readers also run beside a writer that is busy appending.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS/000_90b08ebb0c522426.json"
digest=$(store_digest)

mkfifo "$WORK/feed"
exec 3<>"$WORK/feed"  # held open read-write, so neither side of the fifo blocks on open
"$DOSSIER" ingest - --url https://example.com/held <"$WORK/feed" >"$WORK/held.out" 2>"$WORK/held.err" 3>&- &
writer=$!
# The writer records its pid in the lock file once it holds the lock.
for _ in $(seq 100); do
  [ "$(cat "$DOSSIER_STORE/writer.lock" 2>/dev/null)" = "$writer" ] && break
  sleep 0.1
done
[ "$(cat "$DOSSIER_STORE/writer.lock")" = "$writer" ] || fail "the held ingest (pid $writer) never took the lock"

printf 'Second writer\nrefused while the first one holds the store.\n' >"$WORK/second.txt"
expect_exit 3 ingest "$WORK/second.txt"
err_has "store $DOSSIER_STORE is in use by another dossier process (pid $writer)"
expect_exit 3 --store "$DOSSIER_STORE" import "$WORK/second.txt"
err_has "(pid $writer)"

# Readers run beside the writer and see the log as it was.
expect_ok sources --json
[ "$(json 'len(d)')" = 1 ] || fail "sources beside the writer does not list the one source"
expect_ok verify --json
[ "$(cat "$WORK/out")" = "$digest" ] || fail "verify beside the writer does not see the log as it was"
expect_ok log
expect_ok stats
kill -0 "$writer" || fail "the held ingest ended early"

# Let the first writer finish: its article is recorded, and the store is writable again.
printf 'Held writer\nrecorded once its input ended.\n' >&3
exec 3>&-
wait "$writer" || { cat "$WORK/held.err" >&2; fail "the held ingest failed"; }
grep -qF "1 new, 0 revised, 0 unchanged, 0 rejected" "$WORK/held.out" || fail "the held ingest did not record its article"
expect_ok ingest "$WORK/second.txt"
out_has "1 new"
expect_ok verify --json
[ "$(json 'd["ok"]')" = true ] || fail "after both writers the store does not verify"
expect_ok stats --json
[ "$(json 'd["source_versions"]')" = 3 ] || fail "after both writers the store does not hold the 3 articles"

# Readers beside a writer that is busy appending: each sees a whole log, as of its start.
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"
"$DOSSIER_BUILD_DIR/gen_articles" 2000 7 >"$WORK/many.jsonl" || fail "gen_articles failed"
"$DOSSIER" ingest "$WORK/many.jsonl" --story busy --quiet >"$WORK/busy.out" 2>"$WORK/busy.err" &
writer=$!
reads=0
while kill -0 "$writer" 2>/dev/null; do
  expect_ok verify --json
  [ "$(json 'd["ok"]')" = true ] || fail "verify beside a busy writer: $(json 'd["problem"]')"
  expect_ok sources --json
  reads=$((reads + 1))
done
wait "$writer" || { cat "$WORK/busy.err" >&2; fail "the busy ingest failed"; }
echo "second_writer: $reads verify and sources runs beside a busy writer"
[ "$reads" -gt 0 ] || fail "no reader ran beside the busy writer"
expect_ok verify --json
[ "$(json 'd["ok"]')" = true ] || fail "after the busy writer the store does not verify"
expect_ok stats --json
[ "$(json 'd["source_versions"]')" = 2003 ] || fail "after the busy writer the store does not hold the 2003 articles"
pass
