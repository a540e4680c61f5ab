# Damage to a stored table file of any column family is found by verify (exit 4, naming the family,
# with --json); damage to the projections' state, which is derived from the log, is repaired by
# `dossier rebuild`, after which verify passes and the briefing renders as before.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_TAMPER:?set DOSSIER_TAMPER to the dossier_tamper binary}"

expect_ok init
record_corpus_story
expect_ok brief ai-roi
cp "$WORK/out" "$WORK/briefing.md"
"$DOSSIER_TAMPER" "$DOSSIER_STORE" tables events >/dev/null || fail "dossier_tamper could not flush the store"
expect_ok verify --json
head=$(json 'd["chain_head"]')
cp -a "$DOSSIER_STORE" "$WORK/pristine"

# damage FAMILY: a fresh copy of the store with one byte flipped a third into FAMILY's first table.
damage() {
  rm -rf "$DOSSIER_STORE"
  cp -a "$WORK/pristine" "$DOSSIER_STORE"
  local table
  table=$("$DOSSIER_TAMPER" "$DOSSIER_STORE" tables "$1" | head -1)
  [ -n "$table" ] || fail "column family $1 has no table file"
  python3 - "$table" <<'PY'
import os, sys
path = sys.argv[1]
offset = os.path.getsize(path) // 3
with open(path, "r+b") as f:
    f.seek(offset); b = f.read(1); f.seek(offset); f.write(bytes([b[0] ^ 0x10]))
PY
}

for family in events streams blobs meta projections; do
  damage "$family"
  expect_exit 4 verify --json
  [ "$(json 'd["ok"]')" = false ] || fail "verify --json says ok with a damaged $family table"
  problem=$(json 'd["problem"]')
  case "$family" in
    projections) echo "$problem" | grep -qF 'column family `projections`' || fail "verify names another problem: $problem" ;;
    *) echo "$problem" | grep -qiE "corrupt|damaged|checksum|does not match" || fail "verify does not name the damage: $problem" ;;
  esac
done

# The events' own table: verify names the family; `export --salvage` saves every event before the
# damaged block (those that read and check, the texts with them) into an export that imports into
# a store that verifies.
damage events
expect_exit 4 verify
err_has 'column family `events`'
expect_ok export --salvage --output "$WORK/salvaged.jsonl"
err_has "the log cannot be read past event"
saved=$(head -1 "$WORK/salvaged.jsonl" | python3 -c 'import json, sys; print(json.load(sys.stdin)["events"])')
[ "$saved" -gt 0 ] || fail "export --salvage saved no event before the damage"
total=$(DOSSIER_STORE="$WORK/pristine" "$DOSSIER" verify --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["events"])')
[ "$saved" -lt "$total" ] || fail "export --salvage saved all $total events from a damaged events table"
err_has "salvaged $saved events"
expect_ok --store "$WORK/salvaged" init
expect_ok --store "$WORK/salvaged" import "$WORK/salvaged.jsonl"
expect_ok --store "$WORK/salvaged" verify --json
[ "$(json 'd["events"]')" = "$saved" ] || fail "the salvaged store holds $(json 'd["events"]') events, not $saved"
# Every event saved is the pristine store's event at its position, byte for byte.
DOSSIER_STORE="$WORK/pristine" "$DOSSIER" export --output "$WORK/pristine.jsonl" 2>/dev/null
python3 - "$WORK/salvaged.jsonl" "$WORK/pristine.jsonl" "$saved" <<'PY' || fail "a salvaged event differs from the pristine one"
import sys
events = lambda path: [l for l in open(path, "rb").read().split(b"\n")[1:] if l and not l.startswith(b'{"blob":')]
saved, pristine, n = events(sys.argv[1]), events(sys.argv[2]), int(sys.argv[3])
assert len(saved) == n and saved == pristine[:n], (len(saved), n)
PY

# The projections: rebuild drops the damaged state, rebuilds it from the log and says so.
damage projections
expect_exit 4 verify
err_has '`dossier rebuild` recomputes them'
expect_ok rebuild
err_has "dropping the stored state of every projection and rebuilding it from the log"
expect_ok verify --expect-head "$head"
expect_ok brief ai-roi
cmp -s "$WORK/out" "$WORK/briefing.md" || fail "the briefing after the rebuild differs"
pass
