#!/usr/bin/env bash
# The JSON Schemas are the contract of what dossier reads and writes. With a real validator (ajv,
# tools/schema-check): the corpus and the valid fixtures are articles, and every line of an export
# of them (header, texts, each event with its payload by type) is what the schemas say, and so is
# the story's briefing as JSON (`dossier brief --format json`, and as published); every
# invalid fixture is refused, naming its line and instance path; and the invalid articles are
# refused by `dossier ingest` too, so the article schema and the code agree.
source "$(dirname "$0")/lib.sh"

SCHEMAS="$DOSSIER_SOURCE_DIR/schemas"
FIXTURES="$DOSSIER_SOURCE_DIR/tests/fixtures/schemas"
CHECKER="$DOSSIER_SOURCE_DIR/tools/schema-check"
SEEDS="$DOSSIER_SOURCE_DIR/../shared/seeds"

command -v node >/dev/null || fail "node is not installed (tools/setup.sh installs it)"
if [ ! -d "$CHECKER/node_modules" ]; then
  (cd "$CHECKER" && npm ci --no-audit --no-fund --loglevel=error) >&2 || fail "npm ci in tools/schema-check failed"
fi

# valid SCHEMA FILE...: every instance in the files is valid.
valid() {
  node "$CHECKER/validate.js" "$SCHEMAS/$1" "${@:2}" >"$WORK/check" 2>&1 \
    || { cat "$WORK/check" >&2; fail "${*:2} should be valid against $1"; }
}

# refused FIXTURE LINE MESSAGE: the fixture is invalid against the schema its name starts with,
# and the validator says MESSAGE at line LINE.
refused() {
  local fixture=$1 line=$2 message=$3 rc=0
  node "$CHECKER/validate.js" "$SCHEMAS/${fixture%%.*}.schema.json" "$FIXTURES/invalid/$fixture" >"$WORK/check" 2>&1 || rc=$?
  [ "$rc" = 1 ] || { cat "$WORK/check" >&2; fail "$fixture: the validator exited $rc, expected 1 (invalid)"; }
  grep -qF -- "invalid/$fixture:$line: $message" "$WORK/check" \
    || { cat "$WORK/check" >&2; fail "$fixture: expected \"$fixture:$line: $message\""; }
  checked_fixtures+=("$fixture")
}

# The corpus: articles whose texts are the seeds' bytes, stored as they are.
corpus=("$CORPUS"/[0-9]*.json)
[ ${#corpus[@]} = 5 ] || fail "corpus/ should hold the 5 seed articles, found ${#corpus[@]}"
valid article.schema.json "${corpus[@]}" "$FIXTURES"/valid/*.json "$FIXTURES"/valid/*.jsonl
valid actors.schema.json "$CORPUS/actors.json"  # the gazetteer, which ingest of the folder skips
# The gazetteer is an annotation file too (actors only), and so is every curated annotation.
valid annotation.schema.json "$CORPUS/actors.json" "$CORPUS"/annotations/*.json
expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
out_has "5 new, 0 revised, 0 unchanged, 0 rejected"
for article in "${corpus[@]}"; do
  name=$(basename "$article" .json)
  node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).text)' \
    "$article" >"$WORK/text"
  expect_ok show "${name#*_}" --raw
  cmp -s "$WORK/out" "$WORK/text" || fail "$name: the stored text differs from the article's text"
  if [ -d "$SEEDS" ]; then
    cmp -s "$WORK/text" "$SEEDS/$name.txt" || fail "$name: the article's text differs from seed $name.txt"
  fi
done
[ -d "$SEEDS" ] || echo "note: $SEEDS not found; the texts were not compared with the seeds"

# More of what an export can hold: a story created and joined, JSON Lines (origin lines, identity
# by id and by content), Markdown, and a second version of a source.
expect_ok ingest "$FIXTURES/valid" --story fixtures --story-title "Schema fixtures"
out_has "5 new, 0 revised, 0 unchanged, 0 rejected"
sed 's/First paragraph/The first paragraph/' "$FIXTURES/valid/article-full.json" >"$WORK/revised.json"
expect_ok ingest "$WORK/revised.json"
out_has "revised"

# What a person records: the gazetteer and the story's annotations.
expect_ok annotate "$CORPUS/actors.json"
expect_ok annotate "$CORPUS/annotations/ai-roi.json"

# The story's briefing as JSON, and published (a BriefingPublished event and its JSON as a blob).
expect_ok brief ai-roi --format json
cp "$WORK/out" "$WORK/briefing.json"
valid briefing.schema.json "$WORK/briefing.json"
[ "$(json 'len(d["sources"]) >= 5 and len(d["figures"]) > 0 and len(d["perspectives"]) > 0')" = true ] \
  || fail "the corpus briefing's JSON lacks sources, figures or perspectives"
expect_ok brief ai-roi --publish --json
valid briefing.schema.json "$WORK/out"

expect_ok export --output "$WORK/export.jsonl"
valid export-line.schema.json "$WORK/export.jsonl"
head -n 1 "$WORK/export.jsonl" >"$WORK/header.json"
valid 'export-line.schema.json#/$defs/header' "$WORK/header.json"
grep '^{"position":' "$WORK/export.jsonl" >"$WORK/events.jsonl"
valid envelope.schema.json "$WORK/events.jsonl"
# Each payload against its own schema, and every kind of value each one can hold is there.
node -e '
  const fs = require("fs");
  const byType = {};
  for (const line of fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean)) {
    const event = JSON.parse(line);
    (byType[event.type] = byType[event.type] || []).push(JSON.stringify(event.payload));
  }
  for (const [type, payloads] of Object.entries(byType)) {
    fs.writeFileSync(`${process.argv[2]}/${type}.jsonl`, payloads.join("\n") + "\n");
  }' "$WORK/events.jsonl" "$WORK"
valid payload-source-recorded.schema.json "$WORK/SourceRecorded.jsonl"
valid payload-story-created.schema.json "$WORK/StoryCreated.jsonl"
valid payload-source-attached.schema.json "$WORK/SourceAttached.jsonl"
valid payload-actor-defined.schema.json "$WORK/ActorDefined.jsonl"
valid payload-perspective-recorded.schema.json "$WORK/PerspectiveRecorded.jsonl"
valid payload-tension-recorded.schema.json "$WORK/TensionRecorded.jsonl"
valid payload-question-opened.schema.json "$WORK/QuestionOpened.jsonl"
valid payload-question-resolved.schema.json "$WORK/QuestionResolved.jsonl"
valid payload-editor-note-recorded.schema.json "$WORK/EditorNoteRecorded.jsonl"
valid payload-correction-recorded.schema.json "$WORK/CorrectionRecorded.jsonl"
valid payload-retraction-recorded.schema.json "$WORK/RetractionRecorded.jsonl"
valid payload-metric-labeled.schema.json "$WORK/MetricLabeled.jsonl"
valid payload-briefing-published.schema.json "$WORK/BriefingPublished.jsonl"
for expected in '"format":"json"' '"format":"markdown"' '"kind":"url"' '"kind":"id"' '"kind":"content"' \
                '"line":2' '"line":null' '"version":2' '"published":null' '"published":"2024-02-29"' \
                '"published":"2026-05-16T09:30:00.250+08:00"'; do
  grep -qF -- "$expected" "$WORK/SourceRecorded.jsonl" || fail "the export lacks a SourceRecorded payload with $expected"
done
[ "$(wc -l <"$WORK/StoryCreated.jsonl")" = 2 ] || fail "the export should hold 2 StoryCreated events"
[ "$(wc -l <"$WORK/SourceAttached.jsonl")" = 10 ] || fail "the export should hold 10 SourceAttached events"

# What the schemas refuse.           fixture                                   line  what the validator says
checked_fixtures=()
refused article.unknown-field.json                      3  '/: must NOT have additional properties (`summary`)'
refused article.second-line-bad.jsonl                   2  '/: must NOT have additional properties (`tags`)'
refused article.impossible-date.json                    1  '/published: does not have the form: YYYY-MM-DD'
refused article.datetime-without-zone.json              1  '/published: does not have the form: YYYY-MM-DD'
refused article.empty-title.json                        1  '/title: must NOT have fewer than 1 characters'
refused article.bad-language.json                       1  '/language: does not have the form: A BCP 47 tag'
refused article.relative-url.json                       1  '/url: does not have the form: An absolute URL'
refused article.blank-text.json                         1  '/text: does not have the form: not blank'
refused article.no-text.json                            1  "/: must have required property 'text'"
refused envelope.short-hash.json                        13 '/hash: does not have the form: A SHA-256'
refused envelope.unknown-member.json                    14 '/: must NOT have additional properties (`signature`)'
refused envelope.local-recorded-at.json                 7  '/recorded_at: does not have the form: A UTC time'
refused envelope.position-zero.json                     2  '/position: must be >= 1'
refused export-line.header-of-a-newer-format.json       2  '/dossier_export: must be equal to constant: 1'
refused export-line.blob-with-uppercase-sha.json        2  '/blob: does not have the form: A SHA-256'
refused export-line.unknown-event-type.json             5  '/type: must be equal to one of the allowed values'
refused export-line.payload-of-another-type.json        11 "/payload: must have required property 'source_id'"
refused export-line.source-in-a-story-stream.json       3  '/stream: does not have the form: ^source-[0-9a-f]{16}$'
refused export-line.content-identity-not-a-hash.json    14 '/payload/identity/value: does not have the form: A SHA-256'
refused payload-source-recorded.missing-scripts.json    1  "/: must have required property 'scripts'"
refused payload-story-created.slug-with-a-space.json    1  '/slug: does not have the form: Lowercase letters and digits'
refused payload-source-attached.short-source-id.json    1  '/source_id: does not have the form: A source id'
refused annotation.unknown-stance.json                  3  '/perspectives/0/stance: must be equal to one of the allowed values'
refused annotation.no-story.json                        1  '/: must have property story when property questions is present'
refused payload-perspective-recorded.short-source-id.json 1 '/citations/0/source: does not have the form: A source id'
refused briefing.unknown-origin.json                     10 '/what/0/origin: must be equal to one of the allowed values'
for fixture in "$FIXTURES"/invalid/*; do
  [[ " ${checked_fixtures[*]} " == *" $(basename "$fixture") "* ]] || fail "$(basename "$fixture") is not checked here"
done

# The code refuses every article and annotation file the schemas refuse, and records nothing of it.
export DOSSIER_STORE="$WORK/refusals"
expect_ok init
for fixture in "$FIXTURES"/invalid/article.*; do
  expect_exit 1 ingest "$fixture"
  err_has "$(basename "$fixture")"
done
for fixture in "$FIXTURES"/invalid/annotation.*; do
  expect_exit 1 annotate "$fixture"
  err_has "$(basename "$fixture")"
done
expect_ok stats --json
out_has '"sources":1,'  # the good first line of article.second-line-bad.jsonl, and nothing else

pass
