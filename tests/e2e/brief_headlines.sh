#!/usr/bin/env bash
# A number in a source's headline is that source's recorded metadata: its "Published" line on the
# timeline cites that source alone and marks no figure, even where another source's text states
# the same number (it had cited the other source too, as if it backed the headline).
source "$(dirname "$0")/lib.sh"

cat >"$WORK/fever.jsonl" <<'JSONL'
{"id": "fever-wire", "title": "First fever death reported in the Orlan outbreak that has infected more than 120 people", "outlet": "Plains Wire", "published": "2026-02-26T12:00:00Z", "language": "en", "text": "A child who was not vaccinated has died of dune fever in Orlan County, the county health board said on Wednesday.\nThe board said the child had been in hospital since last week."}
{"id": "fever-blog", "title": "A sad day in Orlan", "outlet": "Orlan Notes", "published": "2026-02-27T08:00:00Z", "language": "en", "text": "A child has died in Orlan from dune fever, the first death reported in an outbreak that has infected more than 120 people in the county since January, the county health board confirmed on Wednesday."}
JSONL
expect_ok init
expect_ok ingest "$WORK/fever.jsonl" --story fever --story-title "Dune fever" --quiet

expect_ok brief fever --json
python3 - "$WORK/out" <<'PY' || fail "the headline's number was cited to another source"
import json, sys
b = json.load(open(sys.argv[1]))
numbers = {s["title"]: s["number"] for s in b["sources"]}
wire = numbers["First fever death reported in the Orlan outbreak that has infected more than 120 people"]
line = next(t["text"] for t in b["timeline"] if "more than 120 people (Plains Wire)" in t["text"]["text"])
assert line["citations"] == [wire], line
assert line["figures"] == [], line
PY
expect_ok brief check fever
out_has 'ok:'
