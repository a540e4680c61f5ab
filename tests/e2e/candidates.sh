#!/usr/bin/env bash
# Speakers nobody listed (issue 10), with the real binary: two made-up articles ingested with no
# gazetteer; `actors --candidates` shows each candidate once across the story, with its claims and
# the names merged into it (a surname within a source, a surname in another source); confirming
# the candidate by `annotate` and running `extract --rerun` re-attributes every claim it covers.
source "$(dirname "$0")/lib.sh"

expect_ok init
cat >"$WORK/first.md" <<'TEXT'
Harbour council backs new ferry route

Mayor Sam Okafor said the council would fund a second ferry route by 2027. "The harbour has waited long enough," Okafor told reporters on Monday.
TEXT
cat >"$WORK/second.md" <<'TEXT'
Ferry plan draws criticism

Okafor said the route would pay for itself within five years. Opposition leader Dana Pruitt said the sums did not add up.
TEXT
expect_ok ingest "$WORK/first.md" --story ferry --story-title "Harbour ferry" --published 2026-03-02
expect_ok ingest "$WORK/second.md" --story ferry --published 2026-03-04

expect_ok actors --candidates
out_has 'Sam Okafor  (2 sources, 3 claims, unconfirmed)'
out_has 'merged: Okafor (2 claims)'
out_has 'Dana Pruitt  (1 source, 1 claim, unconfirmed)'
out_lacks 'Okafor  (1 source'
expect_ok actors --candidates --json
[ "$(json 'next(c for c in d if c["name"] == "Sam Okafor")["merged"]')" = '[{"name": "Okafor", "claims": 2}]' ] \
  || fail "the surname merged into the full name: $(json 'd')"

# Confirmed by annotation, the candidate's claims are the actor's after extract --rerun, the
# surname's in the other source too.
cat >"$WORK/actors.json" <<'JSON'
{"actors": [{"id": "sam-okafor", "name": "Sam Okafor", "kind": "person", "aliases": ["Okafor"]}]}
JSON
expect_ok annotate "$WORK/actors.json"
expect_ok extract --rerun
expect_ok claims --actor sam-okafor --json
[ "$(json 'len(d) == 3 and all(c["speaker"] == "sam-okafor" for c in d)')" = true ] \
  || fail "expected Okafor's three claims re-attributed, got $(json 'd')"
[ "$(json 'any("pay for itself" in c["text"] for c in d)')" = true ] || fail "the second source's claim by surname"
expect_ok actors --candidates
out_lacks 'Okafor'
out_has 'Dana Pruitt  (1 source, 1 claim, unconfirmed)'
pass
