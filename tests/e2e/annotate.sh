#!/usr/bin/env bash
# dossier annotate: the gazetteer and the story's curated annotations are recorded on a store with
# the corpus; the same files again record nothing; a file with one bad citation among good items,
# an id reused with other content, an unknown story or a malformed file is refused with its place,
# exit 1, and the store is left exactly as it was.
source "$(dirname "$0")/lib.sh"

ANNOTATIONS="$CORPUS/annotations/ai-roi.json"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
out_has "5 new, 0 revised, 0 unchanged, 0 rejected"  # annotations/ is not read as articles

# A perspective needs its actor: without the gazetteer the file is refused.
before=$(store_digest)
expect_exit 1 annotate "$ANNOTATIONS"
err_has "$ANNOTATIONS: perspectives[0]: field \`actor\`: no actor \`mark-cuban\` in the store or this file"
[ "$(store_digest)" = "$before" ] || fail "a refused file changed the store"

actors=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["actors"]))' "$CORPUS/actors.json")
expect_ok annotate "$CORPUS/actors.json"
out_has "$actors recorded"
items=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(sum(len(v) for v in d.values() if isinstance(v, list)))' "$ANNOTATIONS")
expect_ok annotate "$ANNOTATIONS" --json
[ "$(json 'd["recorded"]')" = "$items" ] || fail "expected $items items recorded"
[ "$(json 'd["unchanged"]')" = 0 ] || fail "nothing should be unchanged the first time"
[ "$(json 'sorted({i["type"] for i in d["items"]})')" = \
  '["CorrectionRecorded", "EditorNoteRecorded", "MetricLabeled", "PerspectiveRecorded", "QuestionOpened", "QuestionResolved", "RetractionRecorded", "TensionRecorded"]' ] \
  || fail "unexpected event types: $(json 'sorted({i["type"] for i in d["items"]})')"

# The events: occurred-at is the item's date, citations name full source ids.
expect_ok log --stream perspective-cuban-infrastructure-roi-2026-05-23 --json
out_has '"type":"PerspectiveRecorded"'
out_has '"occurred_at":"2026-05-23"'
out_has '"source":"beaa09cef4f0f8fc"'
expect_ok log --type QuestionResolved --json
out_has '"stream":"question-compute-getting-cheaper"'
expect_ok log --stream corrections-ai-roi --type MetricLabeled --json
out_has '"metric":"OpenAI capital expenditure"'

# The same files again: unchanged, nothing written.
recorded=$(store_digest)
expect_ok annotate "$ANNOTATIONS"
out_has "0 recorded, $items unchanged"
expect_ok annotate "$CORPUS/actors.json"
out_has "0 recorded, $actors unchanged"
[ "$(store_digest)" = "$recorded" ] || fail "re-annotating changed the store"

# refused FILE PLACE-AND-PROBLEM: exit 1, the error names the file and place, the store is unchanged.
refused() {
  expect_exit 1 annotate "$1"
  err_has "$1: $2"
  [ "$(store_digest)" = "$recorded" ] || fail "refusing $1 changed the store"
}

# One bad citation among good, new items: nothing of the file is recorded.
python3 - "$ANNOTATIONS" "$WORK/bad-citation.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
new = [dict(p, id=p["id"] + "-copy") for p in d["perspectives"][:3]]
new[1]["citations"] = [dict(new[1]["citations"][0], quote="not what the span holds")]
json.dump({"story": "ai-roi", "perspectives": new}, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
refused "$WORK/bad-citation.json" "perspectives[1].citations[0]: field \`quote\`: 23 bytes long, but the span"
python3 - "$ANNOTATIONS" "$WORK/moved-span.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
new = [dict(p, id=p["id"] + "-copy") for p in d["perspectives"][:3]]
c = new[2]["citations"][0]
new[2]["citations"] = [dict(c, start=c["start"] + 1, end=c["end"] + 1)]
json.dump({"story": "ai-roi", "perspectives": new}, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
refused "$WORK/moved-span.json" "perspectives[2].citations[0]: field \`quote\`: the span"
err_has "not the quote; the quote is at"

# An id already recorded with other content, and an id twice in one file.
python3 - "$ANNOTATIONS" "$WORK/edited.json" "$WORK/twice.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
p = dict(d["perspectives"][0], stance="mixed")
json.dump({"story": "ai-roi", "perspectives": [p]}, open(sys.argv[2], "w"), ensure_ascii=False)
q = {"id": "who-pays", "text": "Who pays?", "date": "2026-05-23"}
json.dump({"story": "ai-roi", "questions": [q, dict(q, text="Who pays, really?")]}, open(sys.argv[3], "w"))
EOF
refused "$WORK/edited.json" "perspectives[0]: perspective \`cuban-infrastructure-roi-2026-05-23\` is already recorded with other content"
refused "$WORK/twice.json" "questions[1]: field \`id\`: \`who-pays\` is also questions[0]'s in this file"

# A figure the store does not know cannot be labelled.
echo '{"story": "ai-roi", "metric_labels": [{"figure": "fig-000000000000", "metric": "nothing"}]}' >"$WORK/no-figure.json"
refused "$WORK/no-figure.json" "metric_labels[0]: field \`figure\`: no figure \`fig-000000000000\` in the store"

# An unknown story, a malformed file, a missing one.
echo '{"story": "elsewhere", "notes": [{"section": "what", "text": "Elsewhere."}]}' >"$WORK/elsewhere.json"
refused "$WORK/elsewhere.json" "field \`story\`: no story \`elsewhere\` in the store (it has ai-roi)"
echo '{"story": "ai-roi", "notes": [' >"$WORK/truncated.json"
refused "$WORK/truncated.json" "malformed JSON"
refused "$WORK/missing.json" "no such file or directory"

# A dry run says what would be recorded and records nothing.
echo '{"story": "ai-roi", "questions": [{"id": "who-pays", "text": "Who pays?", "date": "2026-05-23"}]}' >"$WORK/new.json"
expect_ok annotate "$WORK/new.json" --dry-run
out_has "1 to record (dry run: nothing written)"
[ "$(store_digest)" = "$recorded" ] || fail "a dry run changed the store"
expect_ok annotate "$WORK/new.json"
out_has "1 recorded"

expect_ok verify
pass
