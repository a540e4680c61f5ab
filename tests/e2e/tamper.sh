# An event or a stored text altered underneath dossier (with the RocksDB API, by $DOSSIER_TAMPER) makes
# `verify` exit 4 naming the altered position or text.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_TAMPER:?set DOSSIER_TAMPER to the dossier_tamper binary}"

expect_ok init
expect_ok ingest "$CORPUS" --story ai-roi --quiet
expect_ok verify --json
head=$(json 'd["chain_head"]')
events=$(json 'd["events"]')
# Seed 001 (article id 0d827614d770bf83): where its event is and which text it recorded.
expect_ok show 0d827614d770bf83 --json
position=$(json 'd["position"]')
sha=$(json 'd["text_sha256"]')
source_id=$(json 'd["source_id"]')
cp -a "$DOSSIER_STORE" "$WORK/pristine"

# tampered WHAT WHICH FROM TO: a fresh copy of the store with one alteration made underneath.
tampered() {
  rm -rf "$DOSSIER_STORE"
  cp -a "$WORK/pristine" "$DOSSIER_STORE"
  "$DOSSIER_TAMPER" "$DOSSIER_STORE" "$@" || fail "dossier_tamper $* failed"
}
# verify_fails PROBLEM: verify exits 4 naming PROBLEM, in text and in JSON.
verify_fails() {
  expect_exit 4 verify
  err_has "verify failed: $1"
  expect_exit 4 verify --json
  [ "$(json 'd["ok"]')" = false ] || fail "verify --json says ok on an altered store"
  [ "$(json 'd["problem"]')" = "$1" ] || fail "verify --json names another problem: $(json 'd["problem"]')"
}

# One byte of an event's payload (the title "return on investment" → "return on investmant").
tampered event "$position" "return on investment" "return on investmant"
verify_fails "event $position: its hash does not match its content"
# Who recorded the last event.
tampered event "$events" '"recorded_by":"e2e-tester"' '"recorded_by":"e2e-tester!"'
verify_fails "event $events: its hash does not match its content"
# The link to the event before (the previous hash's first digit).
tampered event "$events" '"prev":"' '"prev":"f'
expect_exit 4 verify
err_has "event $events:"

# A byte of a stored text: verify names the text, and show refuses it rather than print it.
tampered text "$sha" "You put money in" "You put monee in"
verify_fails "stored text $sha: its bytes do not match its SHA-256"
expect_exit 4 show "$source_id" --raw
err_has "the stored text of source $source_id version 1 does not match its SHA-256 $sha"
[ ! -s "$WORK/out" ] || fail "show printed an altered text"

# The untouched copy still verifies, against the head recorded at the start; another head is refused.
rm -rf "$DOSSIER_STORE"
cp -a "$WORK/pristine" "$DOSSIER_STORE"
expect_ok verify --expect-head "$head"
other_head=$(printf 'not the head' | sha256sum | cut -d' ' -f1)
expect_exit 4 verify --expect-head "$other_head"
err_has "the chain head is $head, not the expected $other_head"
pass
