#!/usr/bin/env bash
# With no editor's note, What opens with the story's lede: the sentence whose figures the most
# other sources also state, quoted word for word from its source (less the wire dateline and the
# byline, English or Han) and citing it; `brief check` passes. A story whose sources share no
# figure has none.
source "$(dirname "$0")/lib.sh"

first_what_line() { awk '$0 == "## What" { on = 1; next } on && NF { print; exit }' "$WORK/out"; }

# Ingests FILE as story STORY; What's first line is EXPECTED and `brief check` passes.
expect_lede() {
  expect_ok ingest "$1" --story "$2" --story-title "$2" --quiet
  expect_ok brief "$2"
  [ "$(first_what_line)" = "$3" ] || fail "the lede of $2: $(first_what_line)"
  expect_ok brief check "$2"
}

cat >"$WORK/valdoria.jsonl" <<'JSONL'
{"id":"lede-wire","title":"Valdoria council passes budget","outlet":"Northwire","published":"2026-03-03T18:00:00Z","language":"en","text":"Valdoria council passes budget\nBy Ana Ruiz and Tomas Berg\nVALDORIA, March 3 (Northwire) - The Valdoria city council approved a budget of 412 million euros on Tuesday after six hours of debate, with money for two new tram lines.\nThe plan raises spending on housing by 8%, the council said in a statement.\n\"We chose the trams over a new stadium,\" Mayor Elin Sato told reporters after the vote."}
{"id":"lede-local","title":"Trams win in city budget","outlet":"Valdoria Post","published":"2026-03-04T07:00:00Z","language":"en","text":"Trams win in city budget\nCouncillors in Valdoria passed a €412 million spending plan late on Tuesday, ending weeks of argument about where the money should go.\nOpposition leader Rui Mendes said the plan left 30 schools without repairs.\n\"This is a budget for commuters, not for children,\" Mendes said."}
{"id":"lede-column","title":"Why the tram vote matters","outlet":"The Valdoria Review","author":"Ines Kova","published":"2026-03-05T09:00:00Z","language":"en","text":"Why the tram vote matters\nI have covered this council for twelve years, and I have rarely seen a vote this close.\nThe 412 million euros will not all be spent this year, and the tram lines will take until 2029 to open."}
JSONL
expect_ok init
expect_ok ingest "$WORK/valdoria.jsonl" --story valdoria --story-title "Valdoria budget" --quiet

expect_ok brief valdoria
lede='Northwire reports: "The Valdoria city council approved a budget of 412 million euros on Tuesday after six hours of debate, with money for two new tram lines." [1]'
[ "$(first_what_line)" = "$lede" ] || fail "What's first line is not the wire's lede: $(first_what_line)"
out_lacks 'VALDORIA, March 3'
out_lacks 'By Ana Ruiz'

# The quoted words are the source's bytes, and the figure in them is marked with the wire's figure.
expect_ok brief valdoria --json
python3 - "$WORK/out" <<'PY' || fail "the lede's JSON"
import json, sys
b = json.load(open(sys.argv[1]))
line = b["what"][0]
assert line["origin"] == "extracted" and line["citations"] == [1], line
text = line["text"].encode()
mark = next(m for m in line["figures"] if text[m["begin"]:m["end"]] == "412 million euros".encode())
figure = next(f for f in b["figures"] if f["id"] == mark["figure_id"])
assert figure["source_number"] == 1 and figure["surface"] == "412 million euros", figure
assert figure["sentence"].endswith("with money for two new tram lines."), figure["sentence"]
PY
expect_ok brief check valdoria
out_has 'ok:'

# Alone in its story, the column's figures are backed by no other source: no lede.
sed -n 3p "$WORK/valdoria.jsonl" | sed 's/"lede-column"/"lede-alone"/; s/Why the tram vote matters/Tram vote, again/g' >"$WORK/alone.jsonl"
expect_ok ingest "$WORK/alone.jsonl" --story alone --story-title "Alone" --quiet
expect_ok brief alone
out_lacks ' reports: "'

# A Han wire dateline, reporters in brackets, goes too.
cat >"$WORK/harbour.jsonl" <<'JSONL'
{"id":"lede-han-wire","title":"港口吞吐量增长","outlet":"东海通讯社","published":"2026-04-02T02:00:00Z","language":"zh-Hans","text":"东海通讯社临港4月1日电（记者 周文）临港港务局1日公布，一季度港口集装箱吞吐量达到412万标准箱，同比增长6.5%。\n港务局负责人表示，新码头投入使用后效率明显提高。"}
{"id":"lede-han-paper","title":"一季度吞吐量创新高","outlet":"临港日报","published":"2026-04-02T06:00:00Z","language":"zh-Hans","text":"一季度临港港口共完成集装箱吞吐量412万标准箱，创同期新高。\n业内人士认为，航线增加是主要原因。"}
JSONL
expect_lede "$WORK/harbour.jsonl" harbour '东海通讯社 reports: "临港港务局1日公布，一季度港口集装箱吞吐量达到412万标准箱，同比增长6.5%。" [1]'

# A summary's bullet ("KEY POINTS" then "• …") is the list's mark, not the lede's words.
cat >"$WORK/quota.jsonl" <<'JSONL'
{"id":"lede-bullets","title":"Producers cut quotas","outlet":"Marketdesk","published":"2026-05-06T12:00:00Z","language":"en","text":"KEY POINTS\n  • The producers' group agreed on Wednesday to cut output by 2 million barrels per day from June.\n  • Importers called the move reckless.\n\nVIENNA -- The producers' group agreed on Wednesday to cut output by 2 million barrels per day from June, its largest cut in two years."}
{"id":"lede-other","title":"Quota cut","outlet":"Oilwire","published":"2026-05-06T13:00:00Z","language":"en","text":"Ministers of the producers' group will remove 2 million barrels per day from the market, officials said after the meeting."}
JSONL
expect_lede "$WORK/quota.jsonl" quota \
  "Marketdesk reports: \"The producers' group agreed on Wednesday to cut output by 2 million barrels per day from June.\" [1]"

# A story that develops over weeks is told from its latest development: the settlement's wire, not
# the strike's first report, though more sources repeat the first report's figures as background.
cat >"$WORK/strike.jsonl" <<'JSONL'
{"id":"lede-strike-wire","title":"Machinists strike at Tarnwick Aero","outlet":"Northwire","published":"2026-09-12T18:00:00Z","language":"en","text":"Machinists strike at Tarnwick Aero\nThe 21,000 machinists of Tarnwick Aero walked off the job on Friday after 92% of them rejected a contract that offered a 20% raise."}
{"id":"lede-strike-paper","title":"Tarnwick plants fall silent","outlet":"Valdoria Post","published":"2026-09-13T07:00:00Z","language":"en","text":"Tarnwick plants fall silent\nAssembly lines stood still on Saturday as 21,000 workers refused a 20% raise and joined the picket lines."}
{"id":"lede-settled-wire","title":"Tarnwick machinists end strike","outlet":"Northwire","published":"2026-11-20T18:00:00Z","language":"en","text":"Tarnwick machinists end strike\nMachinists at Tarnwick Aero voted on Wednesday to accept a contract with a 33% raise over four years, ending a ten-week strike.\nThe 21,000 workers will return to the plants on Monday."}
{"id":"lede-settled-paper","title":"A 33% raise ends the walkout","outlet":"Valdoria Post","published":"2026-11-21T07:00:00Z","language":"en","text":"A 33% raise ends the walkout\nThe 33% raise won by the machinists is the largest the company has agreed to in its history."}
JSONL
expect_lede "$WORK/strike.jsonl" strike \
  'Northwire reports: "Machinists at Tarnwick Aero voted on Wednesday to accept a contract with a 33% raise over four years, ending a ten-week strike." [3]'

# A deal revised within days: Friday's two reports give a cut of 10 million barrels a day, Sunday's
# and Monday's 9.6 million. The lede is the revised value's first report (Monday's repeats it), and
# Why it matters gives the values as later reports, dated, not as sources that disagree.
cat >"$WORK/revised.jsonl" <<'JSONL'
{"id":"lede-quota-fri-wire","title":"Producers agree cut, pending Varnia","outlet":"Northwire","published":"2026-06-05T18:00:00Z","language":"en","text":"Producers agree cut, pending Varnia\nThe Kesteran producers' group agreed on Friday to cut output by 10 million barrels per day in July, if Varnia joins the deal."}
{"id":"lede-quota-fri-paper","title":"Kesteran group plans record cut","outlet":"Valdoria Post","published":"2026-06-05T20:00:00Z","language":"en","text":"Kesteran group plans record cut\nMinisters of the Kesteran producers' group outlined a cut of 10 million barrels per day for July, the largest in its history."}
{"id":"lede-quota-sun-wire","title":"Varnia joins, cut set at 9.6 million","outlet":"Northwire","published":"2026-06-07T18:00:00Z","language":"en","text":"Varnia joins, cut set at 9.6 million\nThe Kesteran producers' group agreed on Sunday to cut output by 9.6 million barrels per day in July after a compromise with Varnia."}
{"id":"lede-quota-mon-paper","title":"Record cut sealed","outlet":"Valdoria Post","published":"2026-06-08T07:00:00Z","language":"en","text":"Record cut sealed\nThe Kesteran producers' group will cut output by 9.6 million barrels per day in July, ending four days of talks."}
JSONL
expect_lede "$WORK/revised.jsonl" revised \
  "Northwire reports: \"The Kesteran producers' group agreed on Sunday to cut output by 9.6 million barrels per day in July after a compromise with Varnia.\" [3]"
expect_ok brief revised
out_has 'Later sources give another value of the production of Kesteran in 2026-07: 10 million barrels per day on 2026-06-05, then 9.6 million barrels per day from 2026-06-07 to 2026-06-08.'
out_lacks 'Sources disagree'
# A story revisited a year later by one outlet: its new value of a measure earlier reports stated
# (the cost, in dollars) is the latest development and leads, named as that outlet's report, though
# no other source backs it, and without the footnote mark after its stop. A later report with only a
# count leads nothing.
cat >"$WORK/causeway.jsonl" <<'JSONL'
{"id":"lede-causeway-wire","title":"Harlow Bay causeway to be rebuilt","outlet":"Northwire","published":"2026-03-10T18:00:00Z","language":"en","text":"Harlow Bay causeway to be rebuilt\nThe Harlow Bay Authority said on Tuesday that rebuilding the collapsed causeway would cost $640 million and take until 2029."}
{"id":"lede-causeway-paper","title":"A $640 million causeway","outlet":"Valdoria Post","published":"2026-03-11T07:00:00Z","language":"en","text":"A $640 million causeway\nEngineers put the cost of a new causeway across Harlow Bay at $640 million, to be paid mostly from insurance."}
{"id":"lede-causeway-crews","title":"Crews clear the bay","outlet":"Marketdesk","published":"2026-05-02T07:00:00Z","language":"en","text":"Crews clear the bay\nDivers and crane crews have worked 210 shifts to clear the wreck of the causeway from Harlow Bay."}
JSONL
expect_lede "$WORK/causeway.jsonl" causeway \
  'Northwire reports: "The Harlow Bay Authority said on Tuesday that rebuilding the collapsed causeway would cost $640 million and take until 2029." [1]'
cat >"$WORK/causeway-later.jsonl" <<'JSONL'
{"id":"lede-causeway-revised","title":"Causeway cost nearly doubles","outlet":"Harbour Ledger","published":"2027-02-18T07:00:00Z","language":"en","text":"Causeway cost nearly doubles\nThe Harlow Bay Authority now estimates the cost to rebuild the causeway at between 1.1 and 1.3 billion dollars, with completion pushed back to 2031.[2] Tolls will fund a tenth of it."}
JSONL
expect_lede "$WORK/causeway-later.jsonl" causeway \
  'Harbour Ledger reports: "The Harlow Bay Authority now estimates the cost to rebuild the causeway at between 1.1 and 1.3 billion dollars, with completion pushed back to 2031." [4]'

# One value that two sources give of different things backs neither: 43% of a company's customers
# and 43% of retailers hit by the outage. The lede is the crash's figure the second source states.
cat >"$WORK/outage.jsonl" <<'JSONL'
{"id":"lede-outage-wire","title":"Kestrel update grounds flights","outlet":"Northwire","published":"2026-07-17T18:00:00Z","language":"en","text":"Kestrel update grounds flights\nKestrel Security said 43% of its customers had installed the update before it was withdrawn.\nA faulty update from the company crashed 4.2 million computers across Valdoria, grounding flights."}
{"id":"lede-outage-paper","title":"Retailers count the cost","outlet":"Valdoria Post","published":"2026-07-18T07:00:00Z","language":"en","text":"Retailers count the cost\nAbout 43% of the retailers in the Valdoria index were hit by the outage.\nThe Kestrel update crashed 4.2 million computers, the national cyber agency said."}
JSONL
expect_lede "$WORK/outage.jsonl" outage \
  'Northwire reports: "A faulty update from the company crashed 4.2 million computers across Valdoria, grounding flights." [1]'

# A one-day event, then comment on it: the interviews days later restate the cut's figures as
# background and report no development of their own, so the lede is the event's, not theirs.
cat >"$WORK/ratecut.jsonl" <<'JSONL'
{"id":"lede-cut-wire","title":"Ostland cuts rates","outlet":"Northwire","published":"2026-10-01T09:00:00Z","language":"en","text":"Ostland cuts rates\nThe Ostland central bank cut its deposit rate by a quarter point to 3.25% on Thursday, its first cut in three years."}
{"id":"lede-cut-paper","title":"A first cut","outlet":"Valdoria Post","published":"2026-10-01T12:00:00Z","language":"en","text":"A first cut\nOstland's central bank lowered the deposit rate to 3.25%, as markets had expected."}
{"id":"lede-cut-markets","title":"Mortgages to follow","outlet":"Marketdesk","published":"2026-10-02T08:00:00Z","language":"en","text":"Mortgages to follow\nThe cut to 3.25% will lower mortgage costs within weeks, economists said."}
{"id":"lede-cut-interview","title":"Marr: no series of cuts","outlet":"The Valdoria Review","published":"2026-10-06T08:00:00Z","language":"en","text":"Marr: no series of cuts\nIn an interview published on Monday, governor Ilse Marr said the cut to 3.25% was not the start of a series."}
{"id":"lede-cut-speech","title":"Marr speaks","outlet":"Oilwire","published":"2026-10-07T08:00:00Z","language":"en","text":"Marr speaks\nGovernor Ilse Marr said on Wednesday that the deposit rate of 3.25% would hold through the winter."}
JSONL
expect_lede "$WORK/ratecut.jsonl" ratecut \
  'Northwire reports: "The Ostland central bank cut its deposit rate by a quarter point to 3.25% on Thursday, its first cut in three years." [1]'

# A sentence that points back ("That is less than …") says nothing alone: the lede is the next one.
cat >"$WORK/doses.jsonl" <<'JSONL'
{"id":"lede-doses-wire","title":"Vaccines reach Kamora","outlet":"Eastwire","published":"2026-09-05T09:00:00Z","language":"en","text":"Vaccines reach Kamora\nThe shipment landed after weeks of delay.\nThat is less than 9% of the 1 million doses officials say the country needs.\nThe health ministry expects 1 million doses to arrive by June."}
{"id":"lede-doses-paper","title":"A long wait for doses","outlet":"Kamora Post","published":"2026-09-06T07:00:00Z","language":"en","text":"A long wait for doses\nOfficials say Kamora needs 1 million doses to stop the outbreak."}
JSONL
expect_lede "$WORK/doses.jsonl" doses \
  'Eastwire reports: "The health ministry expects 1 million doses to arrive by June." [1]'

# A match report's result is its score: each side alone ("3", "1") says too little, but the same
# tally in every report of the final is the result they all report, and it leads rather than a
# side number two reports happen to share ("seven seasons").
cat >"$WORK/cupfinal.jsonl" <<'JSONL'
{"id":"lede-final-wire","title":"Harwick lift the Coastal Cup","outlet":"Northwire","published":"2026-05-17T20:00:00Z","language":"en","text":"Harwick lift the Coastal Cup\nHarwick Rovers beat Dunmore Athletic 3-1 in the Coastal Cup final at Pellan Park on Sunday, with two goals from Tomas Ferrandiz.\nIt was a fourth title in seven seasons for coach Ilse Varga."}
{"id":"lede-final-paper","title":"Ferrandiz double sinks Dunmore","outlet":"Valdoria Post","published":"2026-05-18T07:00:00Z","language":"en","text":"Ferrandiz double sinks Dunmore\nDunmore Athletic lost the Coastal Cup final 1-3 to Harwick Rovers after leading at half-time.\nVarga has now won four trophies in seven seasons at the club."}
{"id":"lede-final-blog","title":"Rovers fans party in Pellan","outlet":"Terrace Talk","published":"2026-05-18T09:00:00Z","language":"en","text":"Rovers fans party in Pellan\nThousands of supporters filled the old harbour after the 3-1 win over Dunmore in the final."}
JSONL
expect_lede "$WORK/cupfinal.jsonl" cupfinal \
  'Northwire reports: "Harwick Rovers beat Dunmore Athletic 3-1 in the Coastal Cup final at Pellan Park on Sunday, with two goals from Tomas Ferrandiz." [1]'

# An election is led by who won it: the party with the largest share in a source that lists the
# results, though more outlets state the runner-up's record share in the same digits than the
# winner's (31.4%, 31.42%). The night's projection in round numbers ("about 31%") does not make the
# next day's count old news.
cat >"$WORK/ostrelia.jsonl" <<'JSONL'
{"id":"lede-vote-night","title":"Projections: Civic Harbour ahead","outlet":"Ostrel Evening Wire","published":"2026-10-11T21:00:00Z","language":"en","text":"Projections: Civic Harbour ahead\nProjections gave the Civic Harbour Alliance about 31% of the vote on Sunday night, with the Ember Party on 22%."}
{"id":"lede-vote-count","title":"Civic Harbour wins Ostrelia vote","outlet":"Valmont Daily","published":"2026-10-12T07:00:00Z","language":"en","text":"Civic Harbour wins Ostrelia vote\nThe Civic Harbour Alliance won Sunday's parliamentary election in Ostrelia with 31.4% of the vote, according to the final count.\nThe Ember Party came second with 22.4% of the vote, the best result in its history."}
{"id":"lede-vote-wire","title":"Ember Party's record night","outlet":"Kestrel News","published":"2026-10-12T09:00:00Z","language":"en","text":"Ember Party's record night\nThe Ember Party, the big winner of the night, took 22.4% of the vote, almost doubling its share.\nAccording to official results, the Civic Harbour Alliance received 31.42% of the vote."}
{"id":"lede-vote-column","title":"What the Ember surge means","outlet":"Ostrel Review","published":"2026-10-13T08:00:00Z","language":"en","text":"What the Ember surge means\nThe Ember Party's 22.4% of the vote is the highest share a new party has won in Ostrelia."}
JSONL
expect_lede "$WORK/ostrelia.jsonl" ostrelia \
  "Valmont Daily reports: \"The Civic Harbour Alliance won Sunday's parliamentary election in Ostrelia with 31.4% of the vote, according to the final count.\" [2]"

# A later report's sentence is no news for a small count of its own that nobody backs ("three cases
# are still in hospital") beside an old total that earlier reports state: on real reports of an
# outbreak the lede had been such a sentence of recoveries. The first reports' agreed news leads.
cat >"$WORK/velm.jsonl" <<'JSONL'
{"id":"velm-wire","title":"Velm fever reaches Orlan","outlet":"Eastwire","published":"2026-03-01T12:00:00Z","language":"en","text":"Velm fever reaches Orlan\nHealth officials in Orlan confirmed 46 cases of Velm fever on Sunday, as 900 doses of vaccine arrived at the county hospital."}
{"id":"velm-post","title":"Orlan starts vaccinating","outlet":"Kamora Post","published":"2026-03-02T09:00:00Z","language":"en","text":"Orlan starts vaccinating\nOrlan now has 46 confirmed cases of Velm fever, and nurses began handing out 900 doses of vaccine on Monday."}
{"id":"velm-later","title":"Orlan patients go home","outlet":"Plains Wire","published":"2026-03-20T09:00:00Z","language":"en","text":"Orlan patients go home\nSince the outbreak began in Orlan, 46 confirmed cases have recovered, and three cases are still in the county hospital."}
JSONL
expect_lede "$WORK/velm.jsonl" velm 'Eastwire reports: "Health officials in Orlan confirmed 46 cases of Velm fever on Sunday, as 900 doses of vaccine arrived at the county hospital." [1]'

# A sentence whose subject is a pronoun after an opening phrase ("Per the county's quick count, …,
# she won …") leaves out whom it means: a report that names her leads instead (a real election's
# lede had been such a sentence). Reported speech lowercases a sentence-opening "Her".
cat >"$WORK/mayor.jsonl" <<'JSONL'
{"id":"mayor-wire","title":"Orlan picks a mayor","outlet":"Eastwire","published":"2026-06-07T22:00:00Z","language":"en","text":"Orlan picks a mayor\nPer the county's quick count, a sample of 40 polling stations, she won 61.2% of the vote on Sunday."}
{"id":"mayor-paper","title":"Okoro wins Orlan","outlet":"Kamora Post","published":"2026-06-08T07:00:00Z","language":"en","text":"Okoro wins Orlan\nHarbour Party candidate Lena Okoro won the Orlan mayoral race on Sunday with 61.2% of the vote.\nHer closest rival, Tomas Vell, took 30.5% of the vote, according to the Orlan Election Board."}
JSONL
expect_lede "$WORK/mayor.jsonl" mayor 'Kamora Post reports: "Harbour Party candidate Lena Okoro won the Orlan mayoral race on Sunday with 61.2% of the vote." [2]'
out_lacks 'reports it, Her closest'
