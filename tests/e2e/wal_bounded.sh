# A writer leaves a bounded write-ahead log behind it: every open replays the live WAL (a read-only
# open each time, since it cannot flush), so a bulk ingest or a rebuild that left tens of MB of it
# made every read after it slow. Above the bound the writer flushes as it closes; small writes keep
# their WAL, and the next writer's open replays it without writing it into table files (e2e.wal_damage
# damages that log). Nothing is lost either way.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

bound=$((1 << 20))  # kMaxWalBytesLeft in src/store/rocksdb_event_store.cc
wal_bytes() { cat "$DOSSIER_STORE"/db/*.log 2>/dev/null | wc -c; }
tables() { ls "$DOSSIER_STORE"/db | grep -c '\.sst$'; }

"$DOSSIER_BUILD_DIR/gen_articles" 250 7 >"$WORK/articles.jsonl" || fail "gen_articles failed"
expect_ok init
expect_ok ingest "$WORK/articles.jsonl" --story bulk --json
[ "$(json 'd["new"]')" = 250 ] || fail "the ingest did not record 250 articles"
[ "$(wal_bytes)" -le "$bound" ] || fail "a bulk ingest left $(wal_bytes) bytes of WAL (bound $bound)"

# One more article: a small write, whose WAL stays for the next open to replay.
expect_ok ingest "$CORPUS/001_0d827614d770bf83.json" --story bulk
[ "$(wal_bytes)" -gt 0 ] || fail "a one-article ingest left no WAL: it flushed a small write"
[ "$(wal_bytes)" -le "$bound" ] || fail "one article left $(wal_bytes) bytes of WAL"
# Two more, one at a time: each keeps its WAL beside the one before, and no open writes table files.
tables_before=$(tables)
wal_before=$(wal_bytes)
expect_ok ingest "$CORPUS/002_4b770458a40bf28b.json" --story bulk
expect_ok ingest "$CORPUS/003_e418c718506a4480.json" --story bulk
[ "$(tables)" = "$tables_before" ] || fail "two small writes made $(tables) table files of $tables_before"
[ "$(wal_bytes)" -gt "$wal_before" ] || fail "two small writes left no more WAL than one ($(wal_bytes) bytes)"
[ "$(wal_bytes)" -le "$bound" ] || fail "three articles left $(wal_bytes) bytes of WAL"
expect_ok verify --json
events=$(json 'd["events"]')
expect_ok sources --story bulk
cp "$WORK/out" "$WORK/sources-before"

# A rebuild rewrites every projection: its WAL is flushed too, and the reads after it answer the same.
expect_ok rebuild
[ "$(wal_bytes)" -le "$bound" ] || fail "rebuild left $(wal_bytes) bytes of WAL (bound $bound)"
expect_ok verify --json
[ "$(json 'd["events"]')" = "$events" ] || fail "verify after rebuild counts $(json 'd["events"]') events, not $events"
expect_ok sources --story bulk
cmp -s "$WORK/out" "$WORK/sources-before" || fail "sources after rebuild differ from before"
pass
