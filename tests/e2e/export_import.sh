# Export → import into a fresh store restores identical events and hashes; import refuses an export
# with a broken chain or a text that does not match its hash, and then writes nothing.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
printf 'Revised\nfirst text\n' >"$WORK/revised.txt"
expect_ok ingest "$WORK/revised.txt" --url https://example.com/revised
printf 'Revised\nsecond text\n' >"$WORK/revised.txt"
expect_ok ingest "$WORK/revised.txt" --url https://example.com/revised
expect_ok verify --json
original=$(cat "$WORK/out")
events=$(json 'd["events"]')  # the texts' events and what was extracted from them
expect_ok sources --json
original_sources=$(cat "$WORK/out")

expect_ok export --output "$WORK/backup.jsonl"
expect_ok export
cmp "$WORK/out" "$WORK/backup.jsonl" || fail "export to standard output differs from export --output"
python3 -c '
import json, sys
lines, n = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")], int(sys.argv[2])
header, blobs, events = lines[0], [l for l in lines if "blob" in l], [l for l in lines if "hash" in l]
assert len(blobs) + len(events) + 1 == len(lines), "a line is neither header, text nor event"
assert (header["events"], header["blobs"]) == (len(events), len(blobs)) == (n, 7), (header, len(events), len(blobs))
assert [e["position"] for e in events] == list(range(1, n + 1)), "events are not in position order"
assert header["chain_head"] == events[-1]["hash"], "the header does not name the last event hash"
' "$WORK/backup.jsonl" "$events" || fail "the export is not a header, 7 texts and $events events"

# Import into a fresh store: identical chain head, counts, sources and texts; its export is identical.
expect_ok --store "$WORK/restored" init
expect_ok --store "$WORK/restored" import "$WORK/backup.jsonl"
out_has "imported $events events and 7 texts"
expect_ok --store "$WORK/restored" verify --json
[ "$(cat "$WORK/out")" = "$original" ] || fail "the restored store verifies differently: $(cat "$WORK/out") vs $original"
[ "$(json 'd["ok"]')" = true ] || fail "the restored store does not verify"
expect_ok --store "$WORK/restored" verify --expect-head "$(json 'd["chain_head"]')"
expect_ok --store "$WORK/restored" sources --json
[ "$(cat "$WORK/out")" = "$original_sources" ] || fail "the restored store lists other sources"
expect_ok --store "$WORK/restored" show https://example.com/revised --version 1 --raw
[ "$(cat "$WORK/out")" = "$(printf 'Revised\nfirst text')" ] || fail "the restored store lost version 1's text"
expect_ok --store "$WORK/restored" export --output "$WORK/again.jsonl"
cmp "$WORK/backup.jsonl" "$WORK/again.jsonl" || fail "the export of the import is not byte-identical"
# Standard input works too.
expect_ok --store "$WORK/piped" init
"$DOSSIER" --store "$WORK/piped" import - <"$WORK/backup.jsonl" >"$WORK/out" 2>"$WORK/err" || fail "import - failed"
expect_ok --store "$WORK/piped" verify --json
[ "$(cat "$WORK/out")" = "$original" ] || fail "the store imported from standard input differs"

# A store that holds events is not imported into.
restored_digest=$(DOSSIER_STORE="$WORK/restored" store_digest)
expect_exit 1 --store "$WORK/restored" import "$WORK/backup.jsonl"
err_has "already holds $events events; import needs an empty store"
[ "$(DOSSIER_STORE="$WORK/restored" store_digest)" = "$restored_digest" ] || fail "a refused import changed the store"

# damaged NAME PYTHON: writes $WORK/NAME.jsonl, the backup with `lines` (its lines as bytes) changed by
# PYTHON.
damaged() {
  python3 -c "
import sys
lines = open(sys.argv[1], 'rb').read().split(b'\n')
def line_of(needle): return next(i for i, l in enumerate(lines) if needle in l)
$2
open(sys.argv[2], 'wb').write(b'\n'.join(lines))" "$WORK/backup.jsonl" "$WORK/$1.jsonl"
}
# refused NAME CODE PROBLEM: importing NAME.jsonl into a fresh store exits CODE naming PROBLEM, and the
# store stays empty.
refused() {
  rm -rf "$WORK/target"
  expect_ok --store "$WORK/target" init
  empty=$(DOSSIER_STORE="$WORK/target" store_digest)
  expect_exit "$2" --store "$WORK/target" import "$WORK/$1.jsonl"
  err_has "$WORK/$1.jsonl: $3"
  [ "$(DOSSIER_STORE="$WORK/target" store_digest)" = "$empty" ] || fail "a refused import of $1 wrote to the store"
  [ "$(DOSSIER_STORE="$WORK/target" "$DOSSIER" sources --json)" = "[]" ] || fail "a refused import of $1 left sources"
}

# An event edited in place: its hash no longer matches (line 9 is event 1, after the header and 7 texts).
damaged edited 'lines[8] = lines[8].replace(b"\"recorded_by\":\"e2e-tester\"", b"\"recorded_by\":\"mallory\"")'
refused edited 4 "line 9: event 1: its hash does not match its content"
# An event removed, or two swapped: the positions and the chain break.
damaged removed 'del lines[line_of(b"\"position\":5,")]'
refused removed 4 "line 13: event 5: it says position 6"
damaged swapped 'i = line_of(b"\"position\":5,"); lines[i], lines[i + 1] = lines[i + 1], lines[i]'
refused swapped 4 "line 13: event 5: it says position 6"
# A stored text altered by one letter: it no longer matches its SHA-256.
damaged text 'i = line_of(b"second text"); lines[i] = lines[i].replace(b"second text", b"secend text")'
refused text 4 "line $(grep -n 'second text' "$WORK/backup.jsonl" | cut -d: -f1): stored text $(sha256sum <"$WORK/revised.txt" | cut -d' ' -f1): its bytes do not match its SHA-256"
# The tail cut off: the header's counts give it away.
damaged truncated "del lines[line_of(b'\"position\":$((events - 1)),'):]"
refused truncated 4 "the export holds $((events - 2)) events and 7 texts, its header says $events and 7"
# Not an export at all.
cp "$WORK/revised.txt" "$WORK/notes.jsonl"
rm -rf "$WORK/target" && expect_ok --store "$WORK/target" init
rc=0
"$DOSSIER" --store "$WORK/target" import "$WORK/notes.jsonl" >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" = 1 ] || [ "$rc" = 4 ] || fail "importing a text file exited $rc, expected 1 or 4"
err_has "$WORK/notes.jsonl: "

expect_ok verify --expect-head "$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["chain_head"])' "$original")"
pass
