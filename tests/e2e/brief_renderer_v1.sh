# Versions published by the release before renderer 2 (commit 43ee445; tests/fixtures/renderer_v1/
# make.sh) stay showable byte for byte: their events carry no `renderer`, so they render by renderer
# 1. Today's publish records renderer 2, and both kinds of version show, diff and verify side by side.
source "$(dirname "$0")/lib.sh"
FIXTURE="$DOSSIER_SOURCE_DIR/tests/fixtures/renderer_v1"

expect_ok init
expect_ok import "$FIXTURE/export.jsonl"
expect_ok verify

expect_ok brief history ferry-fares --json
[ "$(json '[v["version"] for v in d["versions"]]')" = "[1, 2]" ] || fail "the fixture's versions"
[ "$(json '[v["renderer"] for v in d["versions"]]')" = "[1, 1]" ] || fail "an event without renderer is not renderer 1"
grep -q '"renderer"' "$FIXTURE/export.jsonl" && fail "the fixture's events name a renderer: not the old release's"

# The old bytes, as the old binary printed them; the old JSON passes today's strict reader too.
for n in 1 2; do
  expect_ok brief show ferry-fares --version $n
  cmp "$WORK/out" "$FIXTURE/expected-v$n.md" || fail "Version $n does not print as it was published"
  expect_ok brief show ferry-fares --version $n --format json
  [ "$(json 'd["version"]')" = "$n" ] || fail "Version $n as JSON"
done
expect_ok brief show ferry-fares --version 1
out_has "# Harbour ferry fares · history"
out_lacks "None: "
expect_ok brief diff ferry-fares 1 2
out_has "New sources"

# Nothing new: no version, whatever renderer wrote the last one (the content is what is compared).
export DOSSIER_FIXED_CLOCK=2026-06-10T10:00:00.000Z
expect_ok brief ferry-fares --publish
out_has "unchanged: Version 2 is current"

# Today's publish records renderer 2, shows in its own layout and sits beside the old versions.
printf 'Ferry fare rise approved for October\n\nThe harbour board confirmed the fare of $3.90 for October.\n' >"$WORK/ferry-3.txt"
expect_ok ingest "$WORK/ferry-3.txt" --story ferry-fares --outlet "Harbour Courier" --published 2026-06-09 \
  --url https://example.org/ferry-3
expect_ok brief ferry-fares --publish
expect_ok brief history ferry-fares --json
[ "$(json '[v["renderer"] for v in d["versions"]]')" = "[1, 1, 2]" ] || fail "today's publish does not record renderer 2"
expect_ok brief show ferry-fares --version 3
out_has "# Harbour ferry fares"
out_lacks " · history"
expect_ok brief diff ferry-fares 2 3
expect_ok brief show ferry-fares --version 1
cmp "$WORK/out" "$FIXTURE/expected-v1.md" || fail "Version 1 changed after Version 3 was published"
expect_ok verify
pass
