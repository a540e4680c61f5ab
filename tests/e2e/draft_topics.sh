#!/usr/bin/env bash
# `draft` on a story the headlines name: a perspective's topic is the word of the speaker's claim that
# the sources' titles use (two titles or more), not a word every claim happens to share ("president")
# or a word of a speaker's name ("house"), nor a hedge three claims share ("nearly"), an adverb or a
# past form ("quickly", "caused"), its plural and singular one topic; a candidate's
# kind follows what the sources call it ("He added": a person), else the claim extractor's organisation rules and
# acronyms (and a uniformed service or a seat of government: "Coast Guard", "White House"), and the particles of Arabic and European names do not make a person an organisation. Articles in our own words.
source "$(dirname "$0")/lib.sh"

cat >"$WORK/quota.jsonl" <<'JSONL'
{"id":"q-wire","title":"Producers agree deep production cut","outlet":"Oilwire","published":"2026-05-06T12:00:00Z","language":"en","text":"Producers agree deep production cut\n\nVIENNA -- The producers' group agreed on Wednesday to remove 2 million barrels per day from the market from June.\n\nEnergy minister Khalid bin Nasser Al Rami said the production cut would steady a market the president of the group called fragile.\n\n\"The president of every member country wants stable prices for the production we sell,\" Khalid bin Nasser Al Rami told a news conference."}
{"id":"q-daily","title":"Importers attack production cut","outlet":"Marketdesk","published":"2026-05-06T15:00:00Z","language":"en","text":"Importers attack production cut\n\nThe Ministry of Trade said the production cut was reckless and the president would seek other suppliers.\n\nWhite House adviser Dana Kessler said the president was disappointed by the production cut and warned that prices at the pump would climb."}
{"id":"q-pump","title":"Drivers count the cost","outlet":"Pump Weekly","published":"2026-05-08T08:00:00Z","language":"en","text":"Drivers count the cost\n\nThe Drivers' Union said pump prices had risen nearly a third in a single month.\n\nAnalyst Mo Reyes said nearly every importer had cut its orders for the summer.\n\nThe Fuel Retailers Council said nearly all stations would raise prices again."}
{"id":"q-valley","title":"Smelter closure hits suppliers","outlet":"Oilwire","published":"2026-05-07T12:00:00Z","language":"en","text":"Smelter closure hits suppliers\n\nKESTA Plus, the regional employers' group, said the closure of the Osk smelter would hurt suppliers across the valley.\n\nThe town's mayor, Okonjo, said the news was a blow. He added that the town would ask the state for help."}
{"id":"q-coast","title":"Tanker drifts off the cape","outlet":"Pump Weekly","published":"2026-05-08T09:00:00Z","language":"en","text":"Tanker drifts off the cape\n\nThe Valdoria Coast Guard said the tanker had lost power and was drifting toward the cape.\n\nThe Valdoria Coast Guard said on Friday that a tug had reached the tanker."}
{"id":"q-results","title":"Refiner counts the cost of the production cut","outlet":"Marketdesk","published":"2026-05-08T10:00:00Z","language":"en","text":"Refiner counts the cost of the production cut\n\nFinance chief Ines Morrow said the production cut had reduced revenue by $11 million in the first quarter.\n\nMorrow said the model behind the production cut forecast drew on 54 billion data points of past prices."}
{"id":"q-column","title":"What the quota cut means for drivers","outlet":"The Carline","published":"2026-05-07T08:00:00Z","language":"en","text":"What the quota cut means for drivers\n\nThe White House said the president would release oil from the reserve to keep pump prices down for drivers this summer."}
JSONL
expect_ok init
expect_ok ingest "$WORK/quota.jsonl" --story quota --story-title "Quota cut" --quiet
expect_ok draft quota --output "$WORK/draft.json"
python3 - "$WORK/draft.json" <<'PY' || fail "the draft's topics and kinds"
import json, sys
d = json.load(open(sys.argv[1]))
kinds = {a["name"]: a["kind"] for a in d["actors"]}
assert kinds.get("Khalid bin Nasser Al Rami") == "person", kinds
assert kinds.get("Ministry of Trade") == "organization", kinds
assert kinds.get("Dana Kessler") == "person", kinds
assert kinds.get("KESTA Plus") == "organization", kinds  # an acronym in the name
assert kinds.get("Okonjo") == "person", kinds  # one word, but "He added" names him
assert kinds.get("Valdoria Coast Guard") == "organization", kinds  # a uniformed service
assert kinds.get("White House") == "organization", kinds
labels = [l["metric"] for l in d.get("metric_labels", [])]
assert not any("quarter" in m or "past prices" in m for m in labels), labels  # a time phrase; a count's own noun
topics = {(p["actor"], p["topic"]) for p in d["perspectives"]}
assert ("dana-kessler", "production") in topics, sorted(topics)
assert ("khalid-bin-nasser-al-rami", "production") in topics, sorted(topics)
assert not any(t in ("president", "house", "white", "nearly") for _, t in topics), sorted(topics)
PY

# A topic is a noun the story's titles share, its plural and singular one topic ("customers",
# "customer"), never an adverb or a past form ("caused").
cat >"$WORK/refund.jsonl" <<'JSONL'
{"id":"r-wire","title":"Refunds for stranded customers","outlet":"Oilwire","published":"2026-06-02T12:00:00Z","language":"en","text":"Refunds for stranded customers\n\nAirline chief Tomas Wren said customers would get refunds within a week."}
{"id":"r-daily","title":"Customer anger grows as bad weather caused chaos","outlet":"Marketdesk","published":"2026-06-03T12:00:00Z","language":"en","text":"Customer anger grows as bad weather caused chaos\n\nConsumer advocate Lina Haas said the customer had been ignored for days."}
{"id":"r-column","title":"Pike: the airline caused chaos","outlet":"The Carline","published":"2026-06-04T08:00:00Z","language":"en","text":"Pike: the airline caused chaos\n\nTravel writer Oren Pike said the airline caused chaos and quickly lost trust."}
JSONL
expect_ok ingest "$WORK/refund.jsonl" --story refund --story-title "Refunds" --quiet
expect_ok draft refund --output "$WORK/refund-draft.json"
python3 - "$WORK/refund-draft.json" <<'PY' || fail "the refund draft's topics"
import json, sys
topics = {(p["actor"], p["topic"]) for p in json.load(open(sys.argv[1]))["perspectives"]}
assert ("tomas-wren", "customer") in topics and ("lina-haas", "customer") in topics, sorted(topics)
assert ("oren-pike", "chaos") in topics, sorted(topics)
PY
true

# A view as last stated: its date is its latest claim's and so is its summary. A claim whose words no
# other claim or title shares has the topic "general", not one of its own words ("addition").
# "Vaccines" and "vaccine" are one topic.
cat >"$WORK/doses.jsonl" <<'JSONL'
{"id":"d-first","title":"Vaccines for Kamora","outlet":"Eastwire","published":"2026-08-08T12:00:00Z","language":"en","text":"Vaccines for Kamora\n\nHealth chief Ada Penn said the vaccines would reach every province and every district clinic by June, with nurses trained in each of them beforehand.\n\nPenn said that in addition to the fact that the weather was bad, the roads were shut."}
{"id":"d-later","title":"Vaccine doses land in Kamora","outlet":"Kamora Post","published":"2026-08-20T12:00:00Z","language":"en","text":"Vaccine doses land in Kamora\n\nHealth chief Ada Penn said the first vaccine doses had landed."}
JSONL
expect_ok ingest "$WORK/doses.jsonl" --story doses --story-title "Doses" --quiet
expect_ok draft doses --output "$WORK/doses-draft.json"
python3 - "$WORK/doses-draft.json" <<'PY' || fail "the doses draft's dates, summaries and topics"
import json, sys
views = {p["topic"]: p for p in json.load(open(sys.argv[1]))["perspectives"] if p["actor"] == "ada-penn"}
assert set(views) == {"vaccine", "general"}, sorted(views)
assert views["vaccine"]["date"] == "2026-08-20", views["vaccine"]
assert "first vaccine doses had landed" in views["vaccine"]["summary"], views["vaccine"]["summary"]
PY

# A word only one speaker's own claims share is no topic of theirs (on a real blackout story the prime
# minister's two claims with "hypothesis" made one of his thirteen); shared with another speaker it
# is. An accented name's id drops the accents ("oscar-varela", not "scar-varela").
cat >"$WORK/outage.jsonl" <<'JSONL'
{"id":"o-wire","title":"Grid fails across Ostrelia","outlet":"Eastwire","published":"2026-04-28T12:00:00Z","language":"en","text":"Grid fails across Ostrelia\n\nPrime Minister Óscar Varela said no hypothesis about the failure could be ruled out yet.\n\nVarela said every hypothesis would be examined by the inquiry.\n\nGrid operator Lena Dukic said the substations would reconnect overnight, and that the substations had not been damaged."}
{"id":"o-paper","title":"Lights return to Ostrelia","outlet":"Kamora Post","published":"2026-04-29T12:00:00Z","language":"en","text":"Lights return to Ostrelia\n\nEngineer Tomas Brill said the substations came back one by one after midnight."}
JSONL
expect_ok ingest "$WORK/outage.jsonl" --story outage --story-title "Outage" --quiet
expect_ok draft outage --output "$WORK/outage-draft.json"
python3 - "$WORK/outage-draft.json" <<'PY' || fail "the outage draft's topics and ids"
import json, sys
d = json.load(open(sys.argv[1]))
ids = {a["name"]: a["id"] for a in d["actors"]}
assert ids.get("Óscar Varela") == "oscar-varela", ids
topics = {(p["actor"], p["topic"]) for p in d["perspectives"]}
assert not any(t == "hypothesis" for _, t in topics), sorted(topics)
assert ("tomas-brill", "substation") in topics, sorted(topics)
PY

# Opposite suggested stances of a person and the organisation a source names them a title of
# ("Kestrel Bank governor Ilse Marr") are no tension: one speaks for the other, and cue words of two
# different claims oppose by chance (a real central bank's governor and the bank had made one). An
# economist against the bank still is one.
cat >"$WORK/kestrel.jsonl" <<'JSONL'
{"id":"k-wire","title":"Kestrel Bank cuts rates","outlet":"Eastwire","published":"2026-03-05T12:00:00Z","language":"en","text":"Kestrel Bank cuts rates\n\nKestrel Bank governor Ilse Marr said the rate cut carries a risk of higher prices next year.\n\nThe Kestrel Bank said the rate cut would support growth in the coming year."}
{"id":"k-paper","title":"Rate cut divides economists","outlet":"Kamora Post","published":"2026-03-06T12:00:00Z","language":"en","text":"Rate cut divides economists\n\nEconomist Tomas Brill said the rate cut was a waste of the central bank's hard-won credibility."}
JSONL
expect_ok ingest "$WORK/kestrel.jsonl" --story kestrel --story-title "Kestrel" --quiet
expect_ok draft kestrel --output "$WORK/kestrel-draft.json"
python3 - "$WORK/kestrel-draft.json" <<'PY' || fail "the kestrel draft's tensions"
import json, sys
d = json.load(open(sys.argv[1]))
tensions = [t["description"] for t in d.get("tensions", [])]
stances = sorted((p["actor"], p["topic"], p["stance"]) for p in d["perspectives"])
assert not any("Ilse Marr" in t and "Kestrel Bank" in t for t in tensions), (tensions, stances)
assert any("Tomas Brill" in t and "Kestrel Bank" in t for t in tensions), (tensions, stances)
PY

# A speaker's many quotations of one evening make at most two perspectives (named topics before
# "general", then the most claims, then the words the titles use most), not one per word: a coach's
# five remarks, each on a word two titles share, had made five, beside two on words nobody shares.
cat >"$WORK/rovers.jsonl" <<'JSONL'
{"id":"rv-wire","title":"Rovers clinch the league title","outlet":"Eastwire","published":"2026-05-10T20:00:00Z","language":"en","text":"Rovers clinch the league title\n\nCoach Mila Steen said the title belonged to everyone who had worked at the club.\n\nCoach Mila Steen said the supporters had carried the team through a cold winter."}
{"id":"rv-paper","title":"Steen hails a special season for the supporters","outlet":"Kamora Post","published":"2026-05-10T21:00:00Z","language":"en","text":"Steen hails a special season for the supporters\n\nCoach Mila Steen said this season had been the best of her whole career so far.\n\nCoach Mila Steen said the night was special for every player in the squad."}
{"id":"rv-blog","title":"Supporters celebrate a special league title season","outlet":"The Terrace","published":"2026-05-11T08:00:00Z","language":"en","text":"Supporters celebrate a special league title season\n\nCoach Mila Steen said the league had never seen a run like this one before.\n\nCoach Mila Steen said her players would go out and enjoy the evening.\n\nCoach Mila Steen said nobody would forget those weeks in the spring."}
JSONL
expect_ok ingest "$WORK/rovers.jsonl" --story rovers --story-title "Rovers" --quiet
expect_ok draft rovers --output "$WORK/rovers-draft.json"
python3 - "$WORK/rovers-draft.json" <<'PY' || fail "the coach's perspectives"
import json, sys
d = json.load(open(sys.argv[1]))
topics = sorted(p["topic"] for p in d["perspectives"] if p["actor"] == "mila-steen")
assert 1 <= len(topics) <= 2, topics
assert "general" not in topics, topics  # two remarks on no shared word lose to the story's words
PY

# A time phrase read for a speaker ("Late Sunday, Orlan's Election Commission announced …") speaks
# neither in the briefing nor the draft; on real reports of an election "Late Sunday" had spoken, and
# been proposed with the institute's summary. Two people named together ("Ana Ruiz and Tom Lee
# said") both say it.
cat >"$WORK/count.jsonl" <<'JSONL'
{"id":"ls-wire","title":"Orlan count","outlet":"Eastwire","published":"2026-06-08T07:00:00Z","language":"en","text":"Orlan count\nLate Sunday, Orlan's Election Commission announced preliminary results indicating that Lena Okoro is projected to win the county's mayoral race, becoming its first mayor from the coast, the wire reports."}
{"id":"ls-two","title":"Orlan harbour","outlet":"Eastwire","published":"2026-06-09T07:00:00Z","language":"en","text":"Orlan harbour\nHarbour chiefs Ana Ruiz and Tom Lee said the harbour would reopen to cargo ships early next week."}
JSONL
expect_ok ingest "$WORK/count.jsonl" --story count --story-title "Orlan count" --quiet
expect_ok brief count
out_lacks 'Late Sunday'
out_has 'Election Commission (unconfirmed)'
expect_ok draft count --output "$WORK/count-draft.json"
python3 - "$WORK/count-draft.json" <<'PY' || fail "one statement proposed for two speakers"
import json, sys
speakers = sorted(p["actor"] for p in json.load(open(sys.argv[1]))["perspectives"])
assert speakers == ["ana-ruiz", "election-commission", "tom-lee"], speakers
PY
