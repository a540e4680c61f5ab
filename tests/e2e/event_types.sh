# An event type this build does not know is damage, not news: a newer dossier that adds a type
# raises the store format, so its stores and exports are refused as newer (exit 3) before any event
# is read; in a store or export of a format this build reads, verify names an unknown type and
# import refuses it (exit 4), even with the chain rewritten around it.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS/001_0d827614d770bf83.json" --story ai-roi --quiet
expect_ok export --output "$WORK/backup.jsonl"

# The last event renamed and its hash recomputed (the hash is the SHA-256 of the event's bytes up to
# its `,"hash":` member, closed); it is the last, so no later event links to it.
python3 - "$WORK/backup.jsonl" "$WORK/retyped.jsonl" <<'PY'
import hashlib, json, sys
lines = open(sys.argv[1], "rb").read().rstrip(b"\n").split(b"\n")
last = lines[-1]
assert b'"type":"' in last
typed = last[:last.index(b'"type":"') + 8] + b"StoryArchived" + last[last.index(b'"', last.index(b'"type":"') + 8):]
body = typed[:typed.rindex(b',"hash":"')] + b"}"
digest = hashlib.sha256(body).hexdigest().encode()
lines[-1] = body[:-1] + b',"hash":"' + digest + b'"}'
header = json.loads(lines[0])
header["chain_head"] = digest.decode()
lines[0] = json.dumps(header, separators=(",", ":")).encode()
open(sys.argv[2], "wb").write(b"\n".join(lines) + b"\n")
PY
events=$(wc -l <"$WORK/backup.jsonl")
expect_ok --store "$WORK/target" init
expect_exit 4 --store "$WORK/target" import "$WORK/retyped.jsonl"
err_has "its type \`StoryArchived\` is not an event type of store format 3"
[ "$(DOSSIER_STORE="$WORK/target" "$DOSSIER" sources --json)" = "[]" ] || fail "a refused import left sources"

# The same export marked as written by a newer store format: refused as newer, exit 3.
sed '1s/"store_format":3/"store_format":4/' "$WORK/retyped.jsonl" >"$WORK/newer.jsonl"
expect_exit 3 --store "$WORK/target" import "$WORK/newer.jsonl"
err_has "written by a newer dossier"

# In a store: an event renamed and the chain, chain head and head record rewritten after it.
"$DOSSIER_TAMPER" "$DOSSIER_STORE" retype 3 StoryArchived || fail "dossier_tamper retype failed"
expect_exit 4 verify
err_has "event 3: its type \`StoryArchived\` is not an event type of store format 3"
expect_exit 4 verify --json
[ "$(json 'd["ok"]')" = false ] || fail "verify --json does not say the store is damaged"
[ "$(json 'd["problem"]')" = "event 3: its type \`StoryArchived\` is not an event type of store format 3" ] ||
  fail "verify --json does not name the unknown type: $(cat "$WORK/out")"
[ "$events" -gt 3 ] || fail "the export holds too few lines to have an event 3"
pass
