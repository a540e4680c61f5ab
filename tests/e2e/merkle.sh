# The log's Merkle tree as an auditor meets it: verify prints a tree head that an independent
# implementation of RFC 9162 recomputes from the events `log --json` prints; trace's inclusion
# proofs check in that implementation too; verify --since proves an earlier head a prefix of
# today's log and refuses one that is not; an altered event fails its proof.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok verify
out_has 'tree head 0:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
expect_ok ingest "$CORPUS" --story ai-roi --quiet
expect_ok verify --json
cp "$WORK/out" "$WORK/verify1.json"
first_head=$(json 'd["tree_head"]')
[ "$(json 'd["tree_kept"] == d["events"]')" = true ] || fail "the store keeps the tree of only some events"
expect_ok log --json
cp "$WORK/out" "$WORK/log1.json"

# The auditor's own RFC 9162 (tools the auditor trusts, not dossier's code).
cat > "$WORK/rfc9162.py" <<'PY'
import hashlib, json

def h(b): return hashlib.sha256(b).digest()
def leaf(event_hash_hex): return h(b"\x00" + bytes.fromhex(event_hash_hex))
def node(l, r): return h(b"\x01" + l + r)
def mth(d):
    if not d: return h(b"")
    if len(d) == 1: return d[0]
    k = 1
    while 2 * k < len(d): k *= 2
    return node(mth(d[:k]), mth(d[k:]))

def stored_events(path):
    # `log --json` prints each stored envelope byte for byte on its own line, after "[" or ",".
    lines = open(path, "rb").read().split(b"\n")
    assert lines[-2:] == [b"]", b""], lines[-2:]
    return [(line[1:], json.loads(line[1:])) for line in lines[:-2]]

def event_hash(stored):
    # The hash covers the stored bytes without the final ,"hash":"…" member (doc/storage-format.md).
    return hashlib.sha256(stored[:stored.rindex(b',"hash":"')] + b"}").hexdigest()

def verify_inclusion(index, size, leaf_hash, proof, root):
    if index >= size: return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0: return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while fn and not fn & 1: fn, sn = fn >> 1, sn >> 1
        else:
            r = node(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root

def verify_consistency(m, n, old_root, new_root, proof):
    if m == n: return not proof and old_root == new_root
    path = list(proof)
    if m & (m - 1) == 0: path.insert(0, old_root)
    fn, sn = m - 1, n - 1
    while fn & 1: fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0: return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while fn and not fn & 1: fn, sn = fn >> 1, sn >> 1
        else:
            sr = node(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == old_root and sr == new_root and sn == 0

def head(text):
    size, root = text.split(":")
    return int(size), bytes.fromhex(root)
PY
python3 - "$WORK" <<'PY' || fail "verify's tree head is not RFC 9162's over the events log --json prints"
import json, sys
sys.path.insert(0, sys.argv[1])
from rfc9162 import *
stored = stored_events(sys.argv[1] + "/log1.json")
report = json.load(open(sys.argv[1] + "/verify1.json"))
for raw, e in stored:
    assert event_hash(raw) == e["hash"], e["position"]
events = [e for _, e in stored]
size, root = head(report["tree_head"])
assert size == len(events) == report["events"], (size, len(events))
assert mth([leaf(e["hash"]) for e in events]) == root
PY

# trace proves the two events behind a figure in the current tree head; the proofs check in the
# auditor's implementation against the head verify printed, and against the events themselves.
expect_ok trace '$3 trillion'
out_has 'proof     ok: event'
out_has "tree head $first_head"
out_lacks 'MISMATCH'
expect_ok trace '$3 trillion' --json
cp "$WORK/out" "$WORK/trace.json"
python3 - "$WORK" "$first_head" <<'PY' || fail "trace's inclusion proofs do not check"
import json, sys
sys.path.insert(0, sys.argv[1])
from rfc9162 import *
events = {e["position"]: e for _, e in stored_events(sys.argv[1] + "/log1.json")}
report = json.load(open(sys.argv[1] + "/trace.json"))
assert report["ok"] and report["tree_head"] == sys.argv[2], report["tree_head"]
size, root = head(report["tree_head"])
proven = 0
for c in report["citations"]:
    kinds = {p["recorded"]: p for p in c["proofs"]}
    assert kinds["text"]["position"] == c["source"]["position"]
    assert kinds["figures"]["position"] == c["extraction"]["position"]
    assert events[kinds["figures"]["position"]]["type"] == "FiguresExtracted"
    for p in c["proofs"]:
        assert p["ok"] and p["event_hash"] == events[p["position"]]["hash"], p
        proof = [bytes.fromhex(x) for x in p["inclusion_proof"]]
        assert verify_inclusion(p["position"] - 1, size, leaf(p["event_hash"]), proof, root), p
        assert not verify_inclusion(p["position"] - 1, size, leaf(events[1]["hash"]), proof, root) or p["position"] == 1
        proven += 1
assert proven >= 6, proven
PY
CHECKER="$DOSSIER_SOURCE_DIR/tools/schema-check"
if [ ! -d "$CHECKER/node_modules" ]; then
  (cd "$CHECKER" && npm ci --no-audit --no-fund --loglevel=error) >&2 || fail "npm ci in tools/schema-check failed"
fi
node "$CHECKER/validate.js" "$DOSSIER_SOURCE_DIR/schemas/trace.schema.json" "$WORK/trace.json" >&2 \
  || fail "trace --json is not valid against schemas/trace.schema.json"

# More events; the head kept from before is a prefix of today's log, by a proof the auditor checks.
printf 'Harbor Power said it would spend $2 billion on new data centres in 2027.\n' > "$WORK/more.txt"
expect_ok ingest "$WORK/more.txt" --story ai-roi
expect_ok verify --since "$first_head"
out_has "consistent: the log of tree head $first_head is a prefix of today's"
expect_ok verify --since "$first_head" --json
cp "$WORK/out" "$WORK/since.json"
second_head=$(json 'd["tree_head"]')
[ "$second_head" != "$first_head" ] || fail "the tree head did not move with the log"
python3 - "$WORK" <<'PY' || fail "verify --since's consistency proof does not check"
import json, sys
sys.path.insert(0, sys.argv[1])
from rfc9162 import *
report = json.load(open(sys.argv[1] + "/since.json"))
m, old_root = head(report["since"])
n, new_root = head(report["tree_head"])
proof = [bytes.fromhex(x) for x in report["consistency_proof"]]
assert report["ok"] and m < n and verify_consistency(m, n, old_root, new_root, proof)
assert not verify_consistency(m, n, bytes(32), new_root, proof)
PY
# The whole-log verify recomputes the same head.
expect_ok verify --json
[ "$(json 'd["tree_head"]')" = "$second_head" ] || fail "verify and verify --since disagree on the tree head"
expect_ok verify --since "$second_head"
out_has 'consistent'

# A head this log never had: another root, more events than the log, or not a head at all.
size=${first_head%%:*}
other_root=$(printf 'another log' | sha256sum | cut -d' ' -f1)
expect_exit 4 verify --since "$size:$other_root"
err_has "verify failed: the log of tree head $size:$other_root is not a prefix of today's log"
expect_exit 4 verify --since "$size:$other_root" --json
[ "$(json 'd["ok"]')" = false ] || fail "verify --since --json says ok for a head the log never had"
expect_exit 4 verify --since "99999:$other_root"
err_has 'names 99999 events, but the log holds'
expect_exit 2 verify --since "$other_root"
err_has 'is not SIZE:ROOT'

# The figure's event altered underneath: its bytes no longer hash to the hash its envelope names
# (and so to the leaf the tree holds); trace says so and exits 4.
position=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["citations"][0]["extraction"]["position"])' "$WORK/trace.json")
"$DOSSIER_TAMPER" "$DOSSIER_STORE" event "$position" '"extractor_version":' '"extractor_version": ' \
  || fail "dossier_tamper could not alter event $position"
expect_exit 4 trace '$3 trillion'
out_has "proof     MISMATCH: event $position (figures) no longer hashes to the hash it names"
err_has 'trace failed'
pass
