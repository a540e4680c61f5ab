# Nothing acknowledged is lost silently: a store whose write-ahead log is damaged, cut short, or put
# back from an older copy refuses to open (exit 4, naming what is missing) for every command, verify
# included (with --json), until what is intact is salvaged into a new store.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

# Few enough articles that the ingest keeps its WAL (under kMaxWalBytesLeft, 1 MiB).
"$DOSSIER_BUILD_DIR/gen_articles" 12 7 >"$WORK/articles.jsonl" || fail "gen_articles failed"
expect_ok init
cp -a "$DOSSIER_STORE" "$WORK/empty-store"
expect_ok ingest "$WORK/articles.jsonl" --story wal --json
[ "$(json 'd["new"]')" = 12 ] || fail "the ingest did not record 12 articles"
expect_ok verify --json
head=$(json 'd["chain_head"]')
events=$(json 'd["events"]')
cp -a "$DOSSIER_STORE" "$WORK/pristine"
wal=$(ls "$DOSSIER_STORE"/db/*.log | tail -1)
wal_bytes=$(stat -c %s "$wal")
[ "$wal_bytes" -gt 100000 ] || fail "the WAL holds only $wal_bytes bytes; the test needs the articles in it"

restore() { rm -rf "$DOSSIER_STORE"; cp -a "$WORK/pristine" "$DOSSIER_STORE"; }
# flip OFFSET: flips the lowest bit of the WAL's byte at OFFSET.
flip() {
  python3 - "$(ls "$DOSSIER_STORE"/db/*.log | tail -1)" "$1" <<'PY'
import sys
path, offset = sys.argv[1], int(sys.argv[2])
with open(path, "r+b") as f:
    f.seek(offset); b = f.read(1); f.seek(offset); f.write(bytes([b[0] ^ 1]))
PY
}
# refused WHAT: every command refuses the store with exit 4 naming WHAT, verify --json too.
refused() {
  expect_exit 4 verify
  err_has "$1"
  err_has "dossier export --salvage"
  expect_exit 4 verify --json
  [ "$(json 'd["ok"]')" = false ] || fail "verify --json says ok"
  json 'd["problem"]' | grep -qF -- "$1" || fail "verify --json names another problem: $(json 'd["problem"]')"
  expect_exit 4 sources
  expect_exit 4 ingest "$CORPUS/001_0d827614d770bf83.json"
  err_has "$1"
}

# One bit flipped 10 % into the WAL: RocksDB's check of the record refuses the log (point-in-time
# recovery used to keep the first few articles and drop the rest without a word).
flip $((wal_bytes / 10))
refused "Corruption"
# What is intact can be salvaged: exported up to the damage, imported into a new store that verifies.
expect_ok export --salvage --output "$WORK/salvaged.jsonl"
err_has "salvaged"
expect_ok --store "$WORK/salvage-store" init
expect_ok --store "$WORK/salvage-store" import "$WORK/salvaged.jsonl"
expect_ok --store "$WORK/salvage-store" verify --json
salvaged=$(json 'd["events"]')
[ "$salvaged" -lt "$events" ] || fail "the salvage holds $salvaged events of $events: the damage lost none?"

# The WAL cut short inside the last event's append (that record torn, with the projections' commits
# after it): RocksDB drops a torn last record as never acknowledged, but it was, and the head
# record says so.
restore
cut_at=$(python3 -c 'import sys; print(open(sys.argv[1], "rb").read().find(b"{\"position\":%s," % sys.argv[2].encode()))' \
  "$wal" "$events")
[ "$cut_at" -gt 0 ] || fail "event $events is not in the WAL"
truncate -s "$cut_at" "$wal"
refused "has lost acknowledged events: its head record ($DOSSIER_STORE/head) names event $events"
err_has "to $events are missing"

# An older copy of db/ put back under a newer head record: every later event is missing.
restore
rm -rf "$DOSSIER_STORE/db"
cp -a "$WORK/empty-store/db" "$DOSSIER_STORE/db"
refused "names event $events (chain head $head) but the log ends at event 0; events 1 to $events are missing"

# Another log in its place (the same length, other events): the event at the head record's position
# is not the one acknowledged.
restore
expect_ok --store "$WORK/other" init
expect_ok --store "$WORK/other" ingest "$WORK/articles.jsonl" --story other --quiet
rm -rf "$DOSSIER_STORE/db"
cp -a "$WORK/other/db" "$DOSSIER_STORE/db"
expect_exit 4 verify
err_has "event $events is not the one acknowledged"

# A damaged head record is named as such.
restore
printf 'dossier-head 1 12 nothex\n' >"$DOSSIER_STORE/head"
expect_exit 4 verify --json
json 'd["problem"]' | grep -qF "$DOSSIER_STORE/head: the store's head record is damaged" || fail "a damaged head record not named"

# The untouched store opens, verifies to the same head, and takes more writes.
restore
expect_ok verify --expect-head "$head"
expect_ok ingest "$CORPUS" --story ai-roi --quiet
expect_ok verify
pass
