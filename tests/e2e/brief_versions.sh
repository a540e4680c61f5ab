#!/usr/bin/env bash
# Versioned briefings on the corpus: publish Version 1, publish again with nothing new (nothing
# recorded), a new article and annotation, Version 2; the history; Version 1 shown again byte for
# byte as published, also after an export and import; the diff naming the new source, its figure
# and the new stance; an altered stored briefing refused (exit 4); versions that do not exist
# refused (exit 1).
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_TAMPER:?set DOSSIER_TAMPER to the dossier_tamper binary}"

expect_ok init
expect_ok annotate "$CORPUS/actors.json" --quiet
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate" --quiet
expect_ok annotate "$CORPUS/annotations/ai-roi.json" --quiet

# Nothing published yet.
expect_ok brief history ai-roi
out_has "ai-roi: no version published yet"
expect_exit 1 brief show ai-roi --version 1
err_has "the briefing of ai-roi has no Version 1: none is published yet"

# A briefing at another point than the head is not published; --json is --format json.
expect_exit 2 brief ai-roi --publish --as-of 2026-05-20
err_has "it takes no --as-of, --known-at or --dated-only"
expect_ok brief ai-roi --json
cp "$WORK/out" "$WORK/draft.json"
expect_ok brief ai-roi --format json
cmp -s "$WORK/out" "$WORK/draft.json" || fail "brief --json differs from brief --format json"
[ "$(json 'd["version"]')" = 0 ] || fail "an unpublished briefing should be version 0"

# Version 1: the briefing as published, with its header.
export DOSSIER_FIXED_CLOCK=2026-05-23T18:15:42.000Z
expect_ok brief ai-roi --publish
cp "$WORK/out" "$WORK/v1.md"
out_has "Version 1"
out_has "2026-05-23 18:15 UTC"
expect_ok log --stream briefing-ai-roi --json
[ "$(json 'len(d)')" = 1 ] || fail "expected one BriefingPublished event"
[ "$(json 'd[0]["type"]')" = BriefingPublished ] || fail "the briefing stream holds a $(json 'd[0]["type"]')"
[ "$(json 'd[0]["recorded_by"]')" = e2e-tester ] || fail "the publish was not recorded by the user"
blob=$(json 'd[0]["payload"]["briefing_sha256"]')
expect_ok brief show ai-roi --version 1 --format json
cp "$WORK/out" "$WORK/v1.json"
[ "$(printf '%s' "$(cat "$WORK/v1.json")" | sha256sum | cut -d' ' -f1)" = "$blob" ] \
  || fail "show --format json is not the stored JSON"
[ "$(json 'd["version"]')" = 1 ] || fail "the stored JSON is not Version 1"

# Published again an hour later with nothing new: nothing is recorded, not even by --json.
export DOSSIER_FIXED_CLOCK=2026-05-23T19:15:00.000Z
digest=$(store_digest)
expect_ok brief ai-roi --publish
[ "$(cat "$WORK/out")" = "unchanged: Version 1 is current" ] || fail "a second publish said: $(cat "$WORK/out")"
expect_ok brief ai-roi --publish --json
[ "$(json 'd["unchanged"]')" = true ] || fail "publish --json did not say unchanged"
[ "$(store_digest)" = "$digest" ] || fail "a publish with nothing new changed the store"
expect_ok log --stream briefing-ai-roi --json
[ "$(json 'len(d)')" = 1 ] || fail "a publish with nothing new recorded an event"

# A new article with a new figure, and a new perspective on it.
cat >"$WORK/followup.json" <<'ARTICLE'
{"id": "e2e-cuban-followup", "title": "Cuban doubles down on AI capex", "outlet": "E2E Wire",
 "published": "2026-05-30", "language": "en",
 "text": "Mark Cuban said on 2026-05-29 that hyperscalers will pour $725 billion into data centers next year. Mark Cuban argues that most of that spending will never earn a return.\n"}
ARTICLE
expect_ok ingest "$WORK/followup.json" --story ai-roi
expect_ok show e2e-cuban-followup --json
followup=$(json 'd["source_id"]')
python3 - "$WORK/followup.json" "$followup" >"$WORK/followup-annotation.json" <<'PY'
import json, sys
text = json.load(open(sys.argv[1], encoding="utf-8"))["text"].encode("utf-8")
quote = "Mark Cuban argues that most of that spending will never earn a return."
start = text.index(quote.encode("utf-8"))
print(json.dumps({"story": "ai-roi", "perspectives": [{
    "id": "cuban-infrastructure-roi-2026-05-30", "actor": "mark-cuban", "topic": "ai-infrastructure-roi",
    "stance": "against", "summary": "Still expects most announced AI capex to earn nothing back.",
    "date": "2026-05-30", "citations": [{"source": sys.argv[2], "version": 1, "start": start,
                                         "end": start + len(quote.encode("utf-8")), "quote": quote}]}]}))
PY
expect_ok annotate "$WORK/followup-annotation.json"

# Version 2 names the new source.
export DOSSIER_FIXED_CLOCK=2026-05-30T09:05:00.000Z
expect_ok brief ai-roi --publish
cp "$WORK/out" "$WORK/v2.md"
out_has "Version 2"
out_has "2026-05-30 09:05 UTC"
out_has "Cuban doubles down on AI capex"
unset DOSSIER_FIXED_CLOCK

expect_ok brief history ai-roi
out_has "content SHA-256"
[ "$(grep -cE '^ +[12]  2026-05-' "$WORK/out")" = 2 ] || { cat "$WORK/out" >&2; fail "history should list 2 versions"; }
expect_ok brief history ai-roi --json
[ "$(json '[v["version"] for v in d["versions"]]')" = "[1, 2]" ] || fail "history --json: $(cat "$WORK/out")"
[ "$(json 'd["versions"][1]["sources"] - d["versions"][0]["sources"]')" = 1 ] || fail "Version 2 should list one more source"
[ "$(json 'd["versions"][0]["recorded_by"]')" = e2e-tester ] || fail "history names another publisher"
[ "$(json 'd["versions"][0]["published_at"]')" = 2026-05-23T18:15:42.000Z ] || fail "history: the time of Version 1"

# Version 1 again, byte for byte as published, in Markdown and JSON, however much came since.
expect_ok brief show ai-roi --version 1
cmp -s "$WORK/out" "$WORK/v1.md" || { diff "$WORK/v1.md" "$WORK/out" >&2; fail "show --version 1 differs from what was published"; }
expect_ok brief show ai-roi --version 1 --json
cmp -s "$WORK/out" "$WORK/v1.json" || fail "show --version 1 --json differs"
expect_ok brief show ai-roi --version 2
cmp -s "$WORK/out" "$WORK/v2.md" || fail "show --version 2 differs from what was published"

# The same after an export replayed into another store.
expect_ok export --output "$WORK/export.jsonl"
DOSSIER_STORE="$WORK/imported" expect_ok init
DOSSIER_STORE="$WORK/imported" expect_ok import "$WORK/export.jsonl"
DOSSIER_STORE="$WORK/imported" expect_ok brief show ai-roi --version 1
cmp -s "$WORK/out" "$WORK/v1.md" || fail "show --version 1 differs after export and import"

# What changed: the new source, its figure and Cuban's new point.
expect_ok brief diff ai-roi 1 2
out_has "Briefing ai-roi: Version 1 (2026-05-23 18:15 UTC"
out_has "New sources"
out_has "Cuban doubles down on AI capex — E2E Wire (2026-05-30) · source $followup@1"
out_has "New figures"
out_has '$725 billion'
out_has "Stance shifts"
out_has "Mark Cuban on ai-infrastructure-roi, 2026-05-30: strongly_against → against"
expect_ok brief diff ai-roi 1 2 --json
[ "$(json '[s["source_id"] for s in d["sources"]["new"]]')" = "[\"$followup\"]" ] || fail "diff --json: new sources"
[ "$(json 'any(f["surface"] == "$725 billion" and f["source_id"] == "'"$followup"'" for f in d["figures"]["new"])')" = true ] \
  || fail "diff --json does not name the new figure"
expect_ok brief diff ai-roi 2 2
out_has "No changes."

# Versions that do not exist, and version numbers that are not numbers.
expect_exit 1 brief show ai-roi --version 3
err_has "the briefing of ai-roi has no Version 3: Versions 1–2 are published"
expect_exit 1 brief diff ai-roi 1 7
err_has "has no Version 7"
expect_exit 1 brief diff ai-roi 0 1
err_has "the briefing of ai-roi has no Version 0"
expect_exit 2 brief diff ai-roi 1 two
err_has "brief diff: M \`two\`: expected a version number"
expect_exit 2 brief show ai-roi --version 0x1
expect_exit 1 brief history no-such-story
err_has "no story \`no-such-story\`"

# An altered stored briefing (one byte of Version 1's JSON): show and diff refuse it, exit 4.
"$DOSSIER_TAMPER" "$DOSSIER_STORE" text "$blob" '"version":1' '"version":7' || fail "dossier_tamper failed"
expect_exit 4 brief show ai-roi --version 1
err_has "Version 1 of briefing ai-roi"
err_has "the stored JSON does not match its SHA-256 $blob"
[ ! -s "$WORK/out" ] || fail "show printed an altered briefing"
expect_exit 4 brief diff ai-roi 1 2
expect_ok brief show ai-roi --version 2
expect_exit 4 verify
err_has "stored text $blob: its bytes do not match its SHA-256"
pass
