# Small writes that take the kept write-ahead log past its bound flush it into level-0 table files
# and leave them there (compacting them into the levels below rewrote most of the store: seconds
# on a 100k-article store, paid by one small command); a writer that finds kMaxLevel0Files of them
# in a family merges the newest into one. So the table files stay few however many small writes
# flush, and nothing is lost.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

level0_bound=8  # kMaxLevel0Files in src/store/rocksdb_event_store.cc
families=5      # events, streams, blobs, meta, projections
wal_bytes() { cat "$DOSSIER_STORE"/db/*.log 2>/dev/null | wc -c; }
tables() { ls "$DOSSIER_STORE"/db | grep -c '\.sst$' || true; }

"$DOSSIER_BUILD_DIR/gen_articles" 672 11 >"$WORK/articles.jsonl" || fail "gen_articles failed"
split -l 28 -d -a 2 "$WORK/articles.jsonl" "$WORK/chunk-"
expect_ok init

# 24 small writes of 28 articles each (each under the bound, so none compacts as a bulk write does;
# 20 made too few flushes once the figures' index rows stopped copying their values).
flushes=0
most_tables=0
wal_before=0
for chunk in "$WORK"/chunk-*; do
  mv "$chunk" "$chunk.jsonl"
  expect_ok ingest "$chunk.jsonl" --story small --quiet
  wal=$(wal_bytes)
  if [ "$wal" -lt "$wal_before" ]; then
    flushes=$((flushes + 1))
    # A flush leaves its files in level 0: the first flush's are still there six flushes later
    # (compacting level 0 into level 1, as every flush did before, rewrote them at the fourth).
    [ "$flushes" = 1 ] && ls "$DOSSIER_STORE"/db | grep '\.sst$' >"$WORK/first-tables"
    if [ "$flushes" = 7 ]; then
      while read -r table; do
        [ -e "$DOSSIER_STORE/db/$table" ] || fail "a small write's flush compacted $table away"
      done <"$WORK/first-tables"
    fi
  fi
  wal_before=$wal
  [ "$(tables)" -gt "$most_tables" ] && most_tables=$(tables)
done
# Without the merge each flush adds a file per family: 12 flushes would leave 60.
echo "$flushes flushes, at most $most_tables table files"
[ "$flushes" -ge 10 ] || fail "only $flushes of the small writes flushed the WAL; the test needs more"
[ "$most_tables" -le $((families * level0_bound)) ] ||
  fail "after $flushes flushes the store held $most_tables table files (bound $((families * level0_bound)))"

expect_ok verify --json
[ "$(json 'd["ok"]')" = true ] || fail "verify failed after the merges"
expect_ok sources --story small --json
[ "$(json "len(d)")" = 672 ] || fail "the story holds $(json "len(d)") sources, not 672"
pass
