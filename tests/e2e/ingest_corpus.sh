# Ingest the bundled corpus into a fresh store, read it back byte for byte, ingest it again (a no-op),
# and check the read commands and verify on the result.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate"
out_has "5 new, 0 revised, 0 unchanged, 0 rejected"
[ "$(grep -c '^new ' "$WORK/out")" = 5 ] || fail "ingest did not report 5 articles as new"

expect_ok sources
out_has "5 sources"
out_has "story ai-roi (AI Infrastructure Spending ROI Debate): 5 sources"
expect_ok sources --json
[ "$(json 'len(d)')" = 5 ] || fail "sources --json does not list 5 sources"
expect_ok sources --story ai-roi --json
[ "$(json 'len(d)')" = 5 ] || fail "the story ai-roi does not hold the 5 sources"

# Every seed's text comes back byte for byte, by source id prefix, and its stored hash is its SHA-256.
for input in "$CORPUS"/[0-9]*.json; do
  article_id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$input")
  python3 -c 'import json, sys; sys.stdout.buffer.write(json.load(open(sys.argv[1]))["text"].encode())' \
    "$input" >"$WORK/expected.txt"
  expect_ok show "$article_id" --json
  source_id=$(json 'd["source_id"]')
  # Identity by article id: the source id is the first 16 hex digits of SHA-256 of "id:ARTICLE-ID".
  [ "$source_id" = "$(printf 'id:%s' "$article_id" | sha256sum | cut -c1-16)" ] ||
    fail "$input: source id $source_id is not derived from its article id"
  [ "$(json 'd["text_sha256"]')" = "$(sha256sum <"$WORK/expected.txt" | cut -d' ' -f1)" ] ||
    fail "$input: the recorded text hash is not the SHA-256 of its text"
  expect_ok show "${source_id:0:6}" --raw
  cmp "$WORK/out" "$WORK/expected.txt" || fail "$input: show --raw of ${source_id:0:6} differs from the input text"
done

# Seed 003 mixes Han and Latin; the scripts are recorded.
expect_ok show e418c718506a4480 --json
[ "$(json 'd["scripts"]')" = '["Han", "Latin"]' ] || fail "seed 003 does not record the scripts Han and Latin"
# Seed 004's mojibake (β, bytes CE B2, where ’ was meant) is kept as it is, not repaired.
mojibake=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["text"].count("β"))' "$CORPUS"/004_*.json)
[ "$mojibake" -gt 0 ] || fail "seed 004 in corpus/ has lost its mojibake"
expect_ok show bfb3a2fd481f61fe --raw
[ "$(grep -o 'β' "$WORK/out" | wc -l)" = "$mojibake" ] || fail "seed 004's mojibake β are not all kept"

# The same corpus again records nothing.
expect_ok verify --json
head_before=$(json 'd["chain_head"]')
expect_ok ingest "$CORPUS" --story ai-roi
out_has "0 new, 0 revised, 5 unchanged, 0 rejected"
expect_ok verify --json
[ "$(json 'd["chain_head"]')" = "$head_before" ] || fail "ingesting the corpus again changed the chain head"
[ "$(json 'd["events"]')" = 21 ] || fail "expected 21 events (5 recorded, their 5 figure and 5 claim extractions, 1 story created, 5 attached)"

# log filters by stream and by type.
expect_ok log --type SourceRecorded --json
[ "$(json 'sorted({e["type"] for e in d})')" = '["SourceRecorded"]' ] || fail "log --type let other types through"
[ "$(json 'len(d)')" = 5 ] || fail "log --type SourceRecorded does not list 5 events"
expect_ok log --stream story-ai-roi --json
[ "$(json 'sorted({e["stream"] for e in d})')" = '["story-ai-roi"]' ] || fail "log --stream let other streams through"
[ "$(json '[e["type"] for e in d][:2]')" = '["StoryCreated", "SourceAttached"]' ] ||
  fail "the story stream does not start with StoryCreated, SourceAttached"
[ "$(json '[e["version"] for e in d]')" = '[1, 2, 3, 4, 5, 6]' ] || fail "the story stream's versions are not 1..6"
expect_ok log --stream story-ai-roi --type StoryCreated
[ "$(wc -l <"$WORK/out")" = 1 ] || fail "log --stream --type together should list one event"
out_has "story-ai-roi@1  StoryCreated  by e2e-tester"
expect_ok log --from 10 --limit 1 --json
[ "$(json '[e["position"] for e in d]')" = '[10]' ] || fail "log --from 10 --limit 1 does not list position 10"

expect_ok stats
out_has "sources     5 (5 versions)"
expect_ok stats --json
[ "$(json '[d["events"], d["sources"], d["stories"], d["texts"]]')" = '[21, 5, 1, 5]' ] || fail "stats --json counts"
expected_bytes=$(python3 -c '
import json, sys
print(sum(len(json.load(open(f))["text"].encode()) for f in sys.argv[1:]))' "$CORPUS"/[0-9]*.json)
[ "$(json 'd["text_bytes"]')" = "$expected_bytes" ] || fail "stats counts other text bytes than the corpus holds"

expect_ok verify
out_has "verified 21 events in 16 streams and 5 texts"
# Every read command's --json output parses.
for command in "sources" "show e418c718506a4480" "log" "stats" "verify" "diff e418c718506a4480 1 1"; do
  # shellcheck disable=SC2086
  expect_ok $command --json
  python3 -m json.tool "$WORK/out" >/dev/null || fail "dossier $command --json is not JSON"
done
pass
