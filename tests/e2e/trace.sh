# dossier figures and trace on the corpus: "$3 trillion" leads back to seed 000's sentence and
# bytes; two sources' figures for one company's 2025 revenue are a conflict; an altered stored text makes trace
# report the mismatch and exit 4.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"

expect_ok trace '$3 trillion'
out_has 'over whether the roughly ⟦$3 trillion⟧ committed to AI infrastructure'
out_has 'check     ok: the stored text hashes to'
out_has 'proof     ok: event'
out_has 'tree head '
out_lacks 'MISMATCH'

# The same figures by value with unit, and as JSON with the byte span that holds the surface.
expect_ok trace '3e12 USD' --json
cp "$WORK/out" "$WORK/trace.json"
CHECKER="$DOSSIER_SOURCE_DIR/tools/schema-check"
if [ ! -d "$CHECKER/node_modules" ]; then
  (cd "$CHECKER" && npm ci --no-audit --no-fund --loglevel=error) >&2 || fail "npm ci in tools/schema-check failed"
fi
node "$CHECKER/validate.js" "$DOSSIER_SOURCE_DIR/schemas/trace.schema.json" "$WORK/trace.json" >&2 \
  || fail "trace --json is not valid against schemas/trace.schema.json"
python3 - "$WORK/out" "$CORPUS" <<'PY'
import json, sys, glob
report = json.load(open(sys.argv[1]))
assert report["ok"] and all(p["ok"] for c in report["citations"] for p in c["proofs"]), report
texts = {}
for path in glob.glob(sys.argv[2] + "/[0-9]*.json"):  # the articles, not actors.json
    article = json.load(open(path, encoding="utf-8"))
    texts[article["text"].encode("utf-8")] = path
cited = 0
for c in report["citations"]:
    fig = c["figure"]
    assert c["check"]["ok"], c
    # Find the source text by its hash and check the bytes at the span ourselves.
    import hashlib
    text = next(t for t in texts if hashlib.sha256(t).hexdigest() == c["source"]["text_sha256"])
    assert text[fig["start"]:fig["end"]].decode("utf-8") == fig["surface"], fig
    assert fig["value"] == 3e12 and fig["unit"] == "USD", fig
    cited += 1
assert cited >= 3, cited
PY

expect_ok figures --json
python3 -c 'import json,sys; figs=json.load(open(sys.argv[1])); assert len(figs) > 100, len(figs); \
  keys={"id","source_id","source_version","start","end","surface","kind","value","value_high","unit","per","approx"}; \
  assert all(keys <= set(f) for f in figs)' "$WORK/out"

expect_ok figures --kind percent --source 4b770458a40bf28b --json
python3 -c 'import json,sys; figs=json.load(open(sys.argv[1])); assert figs and all(f["kind"] == "percent" for f in figs); \
  assert len({f["source_id"] for f in figs}) == 1; assert any(f["surface"] == "45 to 57 percent" and f["value_high"] == 57 for f in figs)' "$WORK/out"
expect_exit 1 figures --kind weight
err_has 'a kind is money, percent'

# Every source already has its figures from this extractor: extract records nothing.
head=$(store_digest)
expect_ok extract --rerun
out_has '0 sources extracted'
[ "$(store_digest)" = "$head" ] || fail "extract --rerun of current sources changed the store"

# A conflict needs one subject, metric and period: the corpus's $700 billion (hyperscalers'
# capex) and $725 billion (four named companies' capex) are not proven to be one subject, and a
# pledge that shares a value with a company's capex is not a conflict. Two later articles that
# disagree on one company's 2025 revenue are.
cat > "$WORK/ceo.txt" <<'TXT'
Orchard AI says its revenue in 2025 was well more than $13bn, its chief executive told investors.
TXT
cat > "$WORK/critic.txt" <<'TXT'
A critic estimates that Orchard AI had revenue of around $8bn in 2025, far below the claims.
TXT
cat > "$WORK/pledge.txt" <<'TXT'
Masao Kuroda pledged to double his investment to $200 billion in 2026. Amazon plans capital expenditure of $200 billion in 2026.
TXT
expect_ok ingest "$WORK/ceo.txt" --story ai-roi
expect_ok ingest "$WORK/critic.txt" --story ai-roi
expect_ok ingest "$WORK/pledge.txt" --story ai-roi
expect_ok figures --conflicts
out_has 'revenue of Orchard AI in 2025: 2 values'
out_has '$13bn'
out_has '$8bn'
out_lacks 'Masao Kuroda'
out_lacks '$725 billion'
expect_ok trace '$8bn'
out_has 'measures  subject Orchard AI · metric revenue · period 2025'
out_has 'the same quantity (subject, metric and period) is also stated as:'
out_has '"$13bn"  1.3e10 USD'

# The figures of the very value come first, then one written to fewer digits ("3%" for 2.9%).
cat > "$WORK/rounded.txt" <<'TXT'
Velmora's inflation could be closer to 3% than to 2%, an economist said. Velmora's inflation came in at 2.9% in January.
TXT
expect_ok ingest "$WORK/rounded.txt" --story ai-roi
expect_ok trace '2.9%'
grep '^\[1\]' "$WORK/out" | grep -qF '"2.9%"' || fail "trace '2.9%' lists a rounded figure first: $(grep '^\[' "$WORK/out")"
grep -qF '"3%"' "$WORK/out" || fail "trace '2.9%' lost the rounded figure: $(grep '^\[' "$WORK/out")"

expect_exit 1 trace '$9.99 quadrillion'
err_has 'no figure matches'

# Alter seed 000's stored text underneath: trace must say so and fail (the events that recorded it
# still prove: it is the text that changed).
sha=$(python3 -c 'import json,hashlib,sys; print(hashlib.sha256(json.load(open(sys.argv[1]))["text"].encode()).hexdigest())' \
      "$CORPUS"/000_*.json)
"$DOSSIER_TAMPER" "$DOSSIER_STORE" text "$sha" 'roughly $3 trillion' 'roughly $4 trillion'
expect_exit 4 trace '$3 trillion'
out_has 'MISMATCH: the stored text no longer hashes to'
out_has 'proof     ok: event'  # the events themselves are intact
err_has 'trace failed'

pass
