#!/usr/bin/env bash
# The story views on the corpus, with the real binary: claims recorded at ingest, candidate actors,
# the timeline, both time axes, and `dossier rebuild` proving every projection a pure fold.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"

# Every source's claims were recorded in the append that recorded it.
expect_ok log --type ClaimsExtracted --json
[ "$(json 'len(d)')" = 5 ] || fail "expected one ClaimsExtracted per corpus source"

# No actor is recorded yet: whoever the articles quote is a candidate, and every claim extracted.
expect_ok actors --candidates
out_has 'Mark Cuban'
out_has 'bytes '
expect_ok claims --json
[ "$(json 'all(c["origin"] == "extracted" for c in d)')" = true ] || fail "claims should all be extracted"
[ "$(json 'len(d) > 10')" = true ] || fail "expected the corpus's claims, got: $(json 'len(d)')"
expect_ok claims --actor 'Mark Cuban'
out_has '(candidate)'

# The timeline: seed 000's publication and its dated claims, each with a citation.
expect_ok timeline --story ai-roi --json
[ "$(json 'any(e["kind"] == "published" and e["origin"] == "ingested" for e in d)')" = true ] || fail "no publication"
[ "$(json 'all(e["citations"] for e in d)')" = true ] || fail "a timeline entry lacks its citation"
expect_ok timeline --story ai-roi
out_has 'published'

# Both time axes: nothing was known at position 1 (the first event), nothing said before 2000.
expect_ok claims --known-at 1 --json
[ "$(json 'len(d)')" = 0 ] || fail "claims --known-at 1 should be empty"
expect_ok timeline --as-of 2000-01-01 --json
[ "$(json 'len(d)')" = 0 ] || fail "timeline --as-of 2000-01-01 should be empty"
expect_exit 2 claims --as-of 2026-02-30
err_has '--as-of `2026-02-30`: expected a date'
expect_exit 2 stances --known-at soon
err_has '--known-at `soon`'

# rebuild: each projection rebuilt from the first event is byte for byte what was stored.
expect_ok rebuild
for p in sources figures actors claims stances questions tensions timeline; do
  grep -qE "^$p +[0-9]+ keys  identical to the stored state" "$WORK/out" || { cat "$WORK/out" >&2; fail "rebuild: $p"; }
done
expect_ok rebuild claims --json
[ "$(json '[p["name"] for p in d["projections"]]')" = '["claims"]' ] || fail "rebuild claims rebuilt others"
[ "$(json 'd["projections"][0]["identical"]')" = true ] || fail "rebuild claims not identical"
expect_exit 2 rebuild claim
err_has 'did you mean `claims`'

pass
