#!/usr/bin/env bash
# The story views on the corpus, with the real binary: claims recorded at ingest, candidate actors
# until the gazetteer is recorded and `extract --rerun` reads the claims again, then the curated
# annotations: stances and their evolution, tensions, questions, the timeline, both time axes, and
# `dossier rebuild` proving every projection a pure fold of the log.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"

# Every source's claims were recorded in the append that recorded it: two events after its
# SourceRecorded (its figures between), by the same command.
expect_ok log --json
[ "$(json 'sum(e["type"] == "ClaimsExtracted" for e in d)')" = 5 ] || fail "expected one ClaimsExtracted per source"
[ "$(json 'all(d[i - 2]["type"] == "SourceRecorded" and d[i - 2]["correlation"] == e["correlation"]
               and d[i - 2]["stream"] == "source-" + e["stream"][len("claims-"):]
               for i, e in enumerate(d) if e["type"] == "ClaimsExtracted")')" = true ] \
  || fail "a ClaimsExtracted is not in its source's append"

# No actor is recorded yet: whoever the articles quote is a candidate.
expect_ok actors --candidates
out_has 'Mark Cuban  ('
out_has 'bytes '
out_has ', unconfirmed)'
expect_ok actors --candidates --json
[ "$(json 'next(c for c in d if c["name"] == "Mark Cuban")["claims"] >= 3 and all(not c["confirmed"] for c in d)')" = true ] \
  || fail "a candidate shows its claims and is unconfirmed"
expect_ok claims --actor 'Mark Cuban'
out_has 'Mark Cuban (candidate)'
expect_ok claims --json
[ "$(json 'all(c["origin"] == "extracted" and c["speaker"] is None for c in d)')" = true ] \
  || fail "without a gazetteer every claim's speaker is a candidate"

# The gazetteer recorded, extract --rerun reads the claims again (its digest changed).
expect_ok annotate "$CORPUS/actors.json"
expect_ok extract --rerun
grep -qE "^claim extractor v[0-9]+: 5 sources extracted" "$WORK/out" || { cat "$WORK/out" >&2; fail "extract --rerun did not re-read the 5 sources"; }
expect_ok extract --rerun
out_has '0 sources extracted (0 claims), 5 already current'
expect_ok actors --candidates
out_lacks 'Mark Cuban  ('
expect_ok claims --actor mark-cuban --json
[ "$(json 'len(d) >= 3 and all(c["speaker"] == "mark-cuban" for c in d)')" = true ] \
  || fail "expected Mark Cuban's claims, got $(json 'len(d)')"
[ "$(json 'any("capital destruction at scale" in c["text"] for c in d)')" = true ] || fail "Cuban's claim in seed 000"
expect_ok claims --actor 'Mark Cuban'
out_has 'Mark Cuban (mark-cuban) argues'
out_has 'beaa09cef4f0f8fc@1 bytes '

# Before the story's annotations: no stance, tension or question.
expect_ok stats --json
before_annotations=$(json 'd["events"]')
expect_ok annotate "$CORPUS/annotations/ai-roi.json"

expect_ok stances 'Mark Cuban'
out_has 'Mark Cuban (mark-cuban) on ai-infrastructure-roi: consistent'
out_has 'first: strongly_against on 2026-05-23 (curated: cuban-infrastructure-roi-2026-05-23)'
out_has 'beaa09cef4f0f8fc@1 bytes 287–411 "Mark Cuban argues that announced AI investment figures'
expect_ok stances aaron-levie --json
[ "$(json '[s["overall"] for s in d if s["topic"] == "ai-model-controls"]')" = '["shifted"]' ] \
  || fail "Levie's stance on model controls should have shifted"
[ "$(json '[(e["change"], e["from"], e["stance"], e["date"]) for s in d if s["topic"] == "ai-model-controls" for e in s["evolution"]]')" \
  = '[["first", null, "neutral", "2025-05-23"], ["shifted", "neutral", "against", "2026-05-23"]]' ] \
  || fail "Levie's evolution: $(json 'd')"
expect_exit 1 stances 'Nobody Known'
err_has 'no actor `Nobody Known`'

expect_ok tensions --json
[ "$(json 'len(d) >= 3')" = true ] || fail "expected the story's tensions"
[ "$(json 'all(s["found"] and s["citations"] for t in d for s in t["between"])')" = true ] \
  || fail "every side of a tension should resolve with citations"
expect_ok tensions
out_has 'Marc Andreessen (marc-andreessen), for (curated perspective andreessen-infrastructure-roi-2026-05-23)'

expect_ok questions --json
[ "$(json 'all(q["status"] == "open" and q["origin"] == "curated" for q in d)')" = true ] || fail "questions: only open"
expect_ok questions --all --json
[ "$(json 'any(q["status"] == "resolved" for q in d)')" = true ] || fail "questions --all: the resolved one"
[ "$(json 'any(q["origin"] == "extracted" for q in d)')" = true ] || fail "questions --all: extracted candidates"

expect_ok timeline --story ai-roi --json
[ "$(json 'sorted({e["kind"] for e in d})')" = \
  '["claim", "perspective", "published", "question_opened", "question_resolved", "tension"]' ] \
  || fail "timeline kinds: $(json 'sorted({e["kind"] for e in d})')"
# Dated entries by date, then the undated ones (date "") in the order recorded.
[ "$(json '[e["date"] for e in d if e["date"]] == sorted(e["date"] for e in d if e["date"])')" = true ] \
  || fail "timeline not by date"
[ "$(json 'all(not e["date"] for e in d[[bool(x["date"]) for x in d].index(False):]) if not all(x["date"] for x in d) else True')" = true ] \
  || fail "timeline: an undated entry before a dated one"
[ "$(json '[e["position"] for e in d if not e["date"]] == sorted(e["position"] for e in d if not e["date"])')" = true ] \
  || fail "timeline: the undated not in the order recorded"
[ "$(json 'sum(1 for e in d if e["kind"] == "published")')" = 5 ] || fail "timeline: every source, dated or not"
[ "$(json 'all(e["citations"] for e in d)')" = true ] || fail "a timeline entry lacks its citation"
[ "$(json 'sorted({e["origin"] for e in d})')" = '["curated", "extracted", "ingested"]' ] || fail "timeline origins"
expect_ok timeline --story ai-roi
out_has 'published'

# --known-at before the annotations: the store knew no perspective, tension or question then.
known_at=$before_annotations
expect_ok stances 'Mark Cuban' --known-at "$known_at"
out_has '0 stances'
expect_ok tensions --known-at "$known_at" --json
[ "$(json 'len(d)')" = 0 ] || fail "tensions --known-at $known_at"
expect_ok questions --all --known-at "$known_at" --json
[ "$(json 'all(q["origin"] == "extracted" for q in d)')" = true ] || fail "questions --known-at $known_at"
expect_ok claims --actor mark-cuban --known-at "$known_at" --json
[ "$(json 'len(d) >= 3')" = true ] || fail "the claims were known before the annotations"
expect_ok stances 'Mark Cuban' --known-at "$((before_annotations + 1))" --json
[ "$(json 'len(d)')" = 1 ] || fail "the first perspective recorded shows at its position"

# --as-of: what had been said by then. Seed 000 dates Cuban's token price 2026-05-16 and his ROI
# view 2026-05-23.
expect_ok stances 'Mark Cuban' --as-of 2026-05-20 --json
[ "$(json '[s["topic"] for s in d]')" = '["token-cost-benchmarks"]' ] || fail "stances --as-of 2026-05-20"
expect_ok questions --as-of 2000-01-01 --json
[ "$(json 'len(d)')" = 0 ] || fail "nothing had been asked by 2000"
expect_ok timeline --as-of 2026-05-16 --json
[ "$(json 'max(e["date"] for e in d)')" = 2026-05-16 ] || fail "timeline --as-of 2026-05-16"
expect_exit 2 claims --as-of 2026-02-30
err_has '--as-of `2026-02-30`: expected a date'
expect_exit 2 stances --known-at soon
err_has '--known-at `soon`'

# A correction and a retraction of extracted claims: new events that supersede, marked as curated;
# the extraction in the log is untouched, and --known-at before them shows the claims as extracted.
expect_ok claims --actor mark-cuban --json
corrected=$(json '[c["id"] for c in d if c["source_id"] == "beaa09cef4f0f8fc"][0]')  # seed 000: dated 2026-05-23
retracted=$(json '[c["id"] for c in d if c["source_id"] == "beaa09cef4f0f8fc"][1]')
expect_ok log --type ClaimsExtracted --json
extractions_before=$(cat "$WORK/out")
expect_ok stats --json
before_corrections=$(json 'd["events"]')
cat >"$WORK/corrections.json" <<JSON
{"story": "ai-roi",
 "corrections": [{"target": "$corrected", "field": "date", "value": "2026-05-22", "reason": "said the day before"}],
 "retractions": [{"target": "$retracted", "reason": "not his words"}]}
JSON
expect_ok annotate "$WORK/corrections.json"
expect_ok claims --actor mark-cuban --json
[ "$(json "[(c['date'], c['corrections'][0]['origin'], c['corrections'][0]['field']) for c in d if c['id'] == '$corrected']")" \
  = '[["2026-05-22", "curated", "date"]]' ] || fail "the correction is not applied: $(cat "$WORK/out")"
[ "$(json "[c['retracted'] for c in d if c['id'] == '$retracted']")" = '["not his words"]' ] || fail "not retracted"
expect_ok claims --actor mark-cuban
out_has "[retracted: not his words]"
out_has "corrected date to \"2026-05-22\" (curated"
expect_ok log --type ClaimsExtracted --json
[ "$(cat "$WORK/out")" = "$extractions_before" ] || fail "a correction changed the extraction"
expect_ok claims --actor mark-cuban --known-at "$before_corrections" --json
[ "$(json "[(c['date'], c['corrections'], c['retracted']) for c in d if c['id'] in ('$corrected', '$retracted')]")" \
  = '[["2026-05-23", [], null], ["2026-05-23", [], null]]' ] || fail "--known-at before the corrections: $(cat "$WORK/out")"

# rebuild: each projection rebuilt from the first event is byte for byte what was stored.
expect_ok rebuild
for p in sources figures actors claims stances questions tensions timeline notes; do
  grep -qE "^$p +[0-9]+ keys  identical to the stored state" "$WORK/out" || { cat "$WORK/out" >&2; fail "rebuild: $p"; }
done
expect_ok rebuild stances --json
[ "$(json '[(p["name"], p["identical"], p["rebuilt_keys"] > 0) for p in d["projections"]]')" = '[["stances", true, true]]' ] \
  || fail "rebuild stances: $(json 'd')"
expect_exit 2 rebuild stance
err_has 'did you mean `stances`'

pass
