# Bulk ingest extracts on several threads and records in input order: the same input ingested with
# --jobs 1 (everything on one thread) and with --jobs 3 gives the same log event for event (only
# the command's random correlation id, and so the hashes, differ), the same report line for line,
# and the same errors. The input mixes a directory of files, JSON Lines with more articles than a
# batch holds, a revision and a repeat of one article in the same run, and bad lines. Then
# `extract --rerun` after a new gazetteer re-reads every source's claims: the same with both.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

"$DOSSIER_BUILD_DIR/gen_articles" 150 5 >"$WORK/generated.jsonl" || fail "gen_articles failed"
mkdir "$WORK/in"
cp "$CORPUS"/*.json "$WORK/in/" 2>/dev/null || true
head -n 100 "$WORK/generated.jsonl" >"$WORK/in/a.jsonl"
{
  printf '{"url": "https://example.com/bulk", "text": "Acme said it would spend $4 billion in 2026."}\n'
  printf '{"url": "https://example.com/cut", "text": "cut short\n'
  tail -n 50 "$WORK/generated.jsonl"
  printf '{"url": "https://example.com/bulk", "text": "Acme said it would spend $5 billion in 2026."}\n'
  printf '{"url": "https://example.com/bad", "text": "bad \xfe byte"}\n'
  printf '{"url": "https://example.com/bulk", "text": "Acme said it would spend $5 billion in 2026."}\n'
} >"$WORK/in/b.jsonl"
ls "$WORK/in"/*.json >/dev/null 2>&1 || fail "the corpus has no JSON articles to copy"

export DOSSIER_FIXED_CLOCK=2026-05-23T18:15:00.000Z
for jobs in 1 3; do
  store="$WORK/store-$jobs"
  expect_ok --store "$store" init
  expect_exit 1 --store "$store" ingest "$WORK/in" --story bulk --jobs "$jobs"
  cp "$WORK/out" "$WORK/report-$jobs"
  cp "$WORK/err" "$WORK/errors-$jobs"
  expect_ok --store "$store" export --output "$WORK/export-$jobs.jsonl"
  expect_exit 1 --store "$store" ingest "$WORK/in" --story bulk --jobs "$jobs" --json
  cp "$WORK/out" "$WORK/again-$jobs.json"
  expect_ok --store "$store" annotate "$CORPUS/actors.json" --quiet
  expect_ok --store "$store" extract --rerun --jobs "$jobs"
  cp "$WORK/out" "$WORK/extract-$jobs"
  expect_ok --store "$store" export --output "$WORK/extracted-$jobs.jsonl"
done

grep -q '"rejected":2' "$WORK/again-1.json" || fail "the second ingest does not reject the two bad lines"
grep -q "^revised .*b.jsonl:53" "$WORK/report-1" || fail "the second text of one url is not its revision"
grep -q "^unchanged .*b.jsonl:55" "$WORK/report-1" || fail "the same text again is not unchanged"
cmp -s "$WORK/report-1" "$WORK/report-3" || { diff "$WORK/report-1" "$WORK/report-3" >&2; fail "the reports differ"; }
cmp -s "$WORK/errors-1" "$WORK/errors-3" || { diff "$WORK/errors-1" "$WORK/errors-3" >&2; fail "the errors differ"; }
grep -q "b.jsonl:2: malformed JSON" "$WORK/errors-1" || fail "the cut line is not named"
grep -q "b.jsonl:54: not valid UTF-8" "$WORK/errors-1" || fail "the bad byte is not named"
cmp -s "$WORK/again-1.json" "$WORK/again-3.json" || fail "the reports of a second ingest differ"

# The logs: equal once each event's correlation, hash and link to the one before are set aside.
same_log() {
  python3 - "$1" "$2" "$3" <<'PY' || fail "the two logs differ ($1, $2)"
import json, sys
def events(path):
    lines = [json.loads(line) for line in open(path, encoding="utf-8")]
    for line in lines:
        for key in ("correlation", "hash", "prev", "chain_head"):
            line.pop(key, None)
    return lines
one, three = events(sys.argv[1]), events(sys.argv[2])
assert len(one) > int(sys.argv[3]) and one == three, f"{len(one)} and {len(three)} lines"
PY
}
same_log "$WORK/export-1.jsonl" "$WORK/export-3.jsonl" $((150 * 4))
grep -q "^claim extractor v[0-9]*: 15[0-9] sources extracted" "$WORK/extract-1" || fail "extract --rerun did not re-read every source"
cmp -s "$WORK/extract-1" "$WORK/extract-3" || fail "the extract reports differ"
same_log "$WORK/extracted-1.jsonl" "$WORK/extracted-3.jsonl" $((150 * 5))

# Without the flag (one job per core) the command records the same.
expect_ok --store "$WORK/store-default" init
expect_exit 1 --store "$WORK/store-default" ingest "$WORK/in" --story bulk
cmp -s "$WORK/out" "$WORK/report-1" || fail "the report without --jobs differs"
expect_exit 2 --store "$WORK/store-default" ingest "$WORK/in" --jobs 0
err_has "--jobs"
pass
