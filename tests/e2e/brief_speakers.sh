#!/usr/bin/env bash
# How briefing lines name speakers and render what they said: the second sentence of a quotation
# whose tag follows it is still a quotation; an unnamed source is named by the source's own words,
# never "anonymous"; reported speech lowercases the source's sentence-opening "The" or "As", or a word
# the source writes in lowercase elsewhere, in the briefing and the draft's summaries, and the bytes
# marked as the source's begin after it; a public body, or a name the source writes after "the", is
# named with "the"; a transcript's label before a quotation that goes on into the next paragraph
# is its speaker's saying; a claim inside the lede's quoted sentence is not repeated in What. `brief check` re-reads every mark.
# A clock time ("8 a.m. CET (7 a.m. GMT)") ends no sentence, a hyphenated opener the source writes
# in lowercase is lowercased, and "the" before a name that only modifies a noun ("the Bloomberg
# op-ed") is not the name's. A Chinese speaker's 说 or 表示 reads "said", in the briefing and the draft, whose
# actors take a short Han name for a person's; an outlet reporting its own words is not "as it reports it".
# A quotation a claim opens and its sentence closes is closed in the line and the summary.
source "$(dirname "$0")/lib.sh"

cat >"$WORK/port.jsonl" <<'JSONL'
{"id":"port-wire","title":"Port operators extend night shifts","outlet":"Harbour Wire","published":"2026-03-03T18:00:00Z","language":"en","text":"Port operators extend night shifts\nThe operators of the Valdoria container port agreed on Monday to extend the night shifts by two hours from May, people familiar with the talks said.\n\"Talks went on for nine hours before anyone moved. The operators have agreed to add two hours to every night shift from May,\" Harbour Minister Lena Okoro said on Tuesday.\nThe union had asked for a shorter week instead."}
{"id":"port-daily","title":"Longer night shifts at Valdoria port","outlet":"Valdoria Post","published":"2026-03-04T07:00:00Z","language":"en","text":"Longer night shifts at Valdoria port\nNight shifts at the container port will run two hours longer from May, after operators and the union settled a dispute over overtime pay.\nUnion leader Rui Mendes said the deal would cost members 12 euros a shift in lost allowances.\nOvertime pay for tug crews will have to rise at night, the Harbour Pilots Guild said."}
{"id":"port-board","title":"Port board counts the extra ships","outlet":"Coast Ledger","published":"2026-03-05T09:00:00Z","language":"en","text":"Port board counts the extra ships\nAs of Thursday, the port had cleared 40 more ships in the longer night shifts than in the same week a year earlier, according to the Valdoria Port Board."}
{"id":"port-club","title":"Dockers lose at home","outlet":"Valdoria Sport","published":"2026-03-05T21:00:00Z","language":"en","text":"Dockers lose at home\nValdoria Dockers lost 0-2 at home on Thursday.\nDockers manager Tom Brill: \"We were poor in the first half and the players know it well enough.\n\"We go again on Saturday, and I expect a reaction from every one of them.\""}
JSONL
expect_ok init
expect_ok ingest "$WORK/port.jsonl" --story port --story-title "Port shifts" --quiet

expect_ok brief port
out_has 'Lena Okoro (unconfirmed) said: "The operators have agreed to add two hours to every night shift from May".'
out_has 'People familiar with the talks, as Harbour Wire reports it, said the operators of the Valdoria container port agreed'
out_lacks 'anonymous'
out_lacks 'said The '
out_has 'Tom Brill (unconfirmed) said: "We were poor in the first half and the players know it well enough".'
out_has 'According to the Valdoria Port Board (unconfirmed), as Coast Ledger reports it, as of Thursday, the port had cleared'
out_has 'The Harbour Pilots Guild (unconfirmed), as Valdoria Post reports it, said overtime pay for tug crews'
what=$(awk '$0 == "## What" { on = 1; next } /^## / { on = 0 } on && NF' "$WORK/out")
grep -qF 'Harbour Wire reports: "The operators of the Valdoria container port' <<<"$what" || fail "no lede in What: $what"
grep -qF 'People familiar' <<<"$what" && fail "What repeats the lede's sentence as a claim: $what"

expect_ok brief port --json
python3 - "$WORK/out" <<'PY' || fail "the quote marks in JSON"
import json, sys
b = json.load(open(sys.argv[1]))
lines = [l for p in b["narrative"] for l in p["sentences"]]
unnamed = next(l for l in lines if l["text"].startswith("People familiar with the talks"))
mark = unnamed["quotes"][0]
text = unnamed["text"].encode()
assert text[mark["begin"]:mark["end"]].startswith(b"operators of the Valdoria"), text[mark["begin"]:mark["end"]]
assert mark["named_as"] == "people familiar with the talks", mark
PY
expect_ok brief check port
out_has 'ok:'

cat >"$WORK/power.jsonl" <<'JSONL'
{"id":"port-power","title":"Port pays more for power","outlet":"Coast Ledger","published":"2026-03-06T09:00:00Z","language":"en","text":"Port pays more for power\nDay-ahead power prices at the port were 48 euros a megawatt hour at 8 a.m. CET (7 a.m. GMT) on Thursday, according to Reuters.\nThe day-ahead price rose as the cranes ran through the night.\nThe cranes ran all night to clear the waiting ships, Bloomberg says.\nThe Bloomberg op-ed argues the port needs turbines of its own."}
JSONL
expect_ok ingest "$WORK/power.jsonl" --story power --story-title "Port power" --quiet
expect_ok brief power
out_has 'According to Reuters (unconfirmed), as Coast Ledger reports it, day-ahead power prices at the port were 48 euros a megawatt hour at 8 a.m. CET (7 a.m. GMT) on Thursday.'
out_has 'Bloomberg (unconfirmed), as Coast Ledger reports it, says the cranes ran all night'
out_lacks 'the Bloomberg'
out_lacks 'The Bloomberg'
expect_ok brief check power

cat >"$WORK/zh.jsonl" <<'JSONL'
{"id": "port-zh", "title": "港口电价上涨", "outlet": "港口日报", "published": "2026-03-07T09:00:00Z", "language": "zh", "text": "港口电价上涨\n“夜班延长以后，港口的用电量明显增加。”港务局副局长林海说。\n市电力公司经理王芳表示，港口将在五月以前完成变电站的改造工程，电价压力会逐步缓解。\n港口日报表示，港口电价的上涨将持续到今年夏天结束，企业需要提前做好准备。"}
JSONL
expect_ok ingest "$WORK/zh.jsonl" --story port-zh --story-title "Port power in Chinese" --quiet
expect_ok brief port-zh
out_has '林海 (unconfirmed) said: "夜班延长以后，港口的用电量明显增加'
out_has '王芳 (unconfirmed), as 港口日报 reports it, said 港口将在五月以前完成变电站的改造工程'
out_lacks "words,"
out_has '港口日报 (unconfirmed) said 港口电价的上涨将持续到今年夏天结束'
out_lacks 'as 港口日报 reports it, said 港口电价'
expect_ok brief check port-zh
expect_ok draft port-zh --output "$WORK/draft-zh.json"
grep -qF '"summary":"Said 港口将在五月以前' "$WORK/draft-zh.json" || fail "draft summary: $(grep -o '"summary":"[^"]*' "$WORK/draft-zh.json")"
grep -qF '"name":"林海","kind":"person"' "$WORK/draft-zh.json" || fail "a Chinese personal name as a person: $(grep -o '"name":"[^}]*' "$WORK/draft-zh.json")"

# The editor's draft words its summaries as reported speech too.
expect_ok draft port --output "$WORK/draft.json"
grep -qF '"summary":"Said overtime pay for tug crews' "$WORK/draft.json" || fail "draft summary: $(grep -o '"summary":"[^"]*' "$WORK/draft.json")"
grep -qF '"summary":"Holds that as of Thursday' "$WORK/draft.json" || fail "draft summary: $(grep -o '"summary":"[^"]*' "$WORK/draft.json")"

# The first sentence of a longer quotation is quoted, not turned into reported speech in the first
# person; a connective opening reported words ("However, ") is left out; an outlet whose name has
# digits ("alt1051") is no unmarked number.
cat >"$WORK/drug.jsonl" <<'JSONL'
{"id":"drug-radio","title":"New drug offers hope","outlet":"alt1051","published":"2026-01-11T09:00:00Z","language":"en","text":"New drug offers hope\nThe regulator approved the drug on Friday.\nDr. Tomas Veld, a professor of neurology at Harbour University, told reporters: \"Until now we have had nothing that slowed the disease down. What we had eased some symptoms and nothing else.\"\nThe drug slows the disease in a trial, says its maker, Corvane Bio. However, it carries risks of brain swelling, the drug company reports."}
JSONL
expect_ok ingest "$WORK/drug.jsonl" --story drug --story-title "Drug" --quiet
expect_ok brief drug
out_has 'Tomas Veld (unconfirmed) said: "Until now we have had nothing that slowed the disease down".'
out_lacks 'reports However'
out_has 'reports it carries risks of brain swelling'
expect_ok brief check drug

# The draft's summaries leave a connective out too, and lowercase a clause's opener ("Added
# However, …" and "Holds that Despite …" were read on a real page).
cat >"$WORK/peg.jsonl" <<'JSONL'
{"id":"peg-wire","title":"Peso peg holds","outlet":"Rio Ledger","published":"2026-02-11T09:00:00Z","language":"en","text":"Peso peg holds\n\"Inflation is slowing sharply,\" said analyst Tomas Vell. However, the bank was \"nipping in the bud\" the risk of a run, he added.\nDespite the slowdown, prices rose 3% in March, according to the Velstat statistics bureau."}
JSONL
expect_ok ingest "$WORK/peg.jsonl" --story peg --story-title "Peg" --quiet
expect_ok draft peg --output "$WORK/peg-draft.json"
grep -qF '"summary":"Added the bank was' "$WORK/peg-draft.json" || fail "draft summary: $(grep -o '"summary":"[^"]*' "$WORK/peg-draft.json")"
grep -qF '"summary":"Holds that despite the slowdown' "$WORK/peg-draft.json" || fail "draft summary: $(grep -o '"summary":"[^"]*' "$WORK/peg-draft.json")"

# A claim whose sentence ends inside a quotation it opens ("was “the best night in forty years”.")
# ends before the source's closing mark; the briefing and the draft close the quotation themselves.
cat >"$WORK/quip.jsonl" <<'JSONL'
{"id":"quip-wire","title":"Rivertown party wins count","outlet":"Rivertown Wire","published":"2026-07-05T06:00:00Z","language":"en","text":"Rivertown party wins count\nThe Rivertown Party won 41 of the 60 council seats on Thursday.\nFormer party leader Ned Marlow said the result was “the best night in forty years”."}
JSONL
expect_ok ingest "$WORK/quip.jsonl" --story quip --story-title "Rivertown count" --quiet
expect_ok brief quip
out_has 'the result was “the best night in forty years”.'
expect_ok brief check quip
expect_ok draft quip --output "$WORK/quip-draft.json"
grep -qF 'the result was “the best night in forty years”.' "$WORK/quip-draft.json" || fail "the draft leaves the quotation open: $(cat "$WORK/quip-draft.json")"

# A figure's hedge opening the source's sentence is lowercased in reported speech; a share's "of"
# names its base, which the draft does not propose as the figure's metric.
cat >"$WORK/vote.jsonl" <<'JSONL'
{"id":"port-vote","title":"Crane crews reject offer","outlet":"Coast Ledger","published":"2026-03-08T09:00:00Z","language":"en","text":"Crane crews reject offer\nAbout 64 per cent of the crane crews who cast ballots voted against the offer, according to the Valdoria Dockers Guild."}
JSONL
expect_ok ingest "$WORK/vote.jsonl" --story vote --story-title "Crane vote" --quiet
expect_ok brief vote
out_has 'as Coast Ledger reports it, about 64 per cent of the crane crews who cast ballots voted against the offer.'
expect_ok brief check vote
expect_ok draft vote --output "$WORK/draft-vote.json"
grep -qF '"metric":"the crane crews' "$WORK/draft-vote.json" && fail "a share's base proposed as its metric"

# Two outlets quote one statement with words changed, one misspelling the speaker's name (a second
# actor): What and the Narrative quote it once.
cat >"$WORK/divers.jsonl" <<'JSONL'
{"id":"divers-wire","title":"Search for divers called off","outlet":"Harbour Wire","published":"2026-04-02T21:00:00Z","language":"en","text":"Search for divers called off\nThe search for three divers missing off the Orsk breakwater was called off on Thursday evening.\n\"Based on the length of time we have searched and the water temperature, we do not believe we will find any of these divers alive,\" Commander Ilse Varga told reporters."}
{"id":"divers-paper","title":"No hope left for Orsk divers","outlet":"Valdoria Post","published":"2026-04-03T07:00:00Z","language":"en","text":"No hope left for Orsk divers\nRescuers stopped searching for the three divers on Thursday night.\n\"Based on the length of time gone in the search and the water temperature, we do not believe that we're going to find any of these divers still alive,\" Commander Ilse Vargas said.\n\"The currents off the breakwater are the strongest we have seen this spring, and our boats will stay out overnight,\" harbour master Teo Brandt said."}
JSONL
expect_ok ingest "$WORK/divers.jsonl" --story divers --story-title "Orsk divers" --quiet
expect_ok brief divers
[ "$(grep -o 'Based on the length of time' "$WORK/out" | wc -l)" = 2 ] || fail "the statement is quoted more than once in What and the Narrative: $(cat "$WORK/out")"
out_has 'Teo Brandt (unconfirmed) said: "The currents off the breakwater'
expect_ok brief check divers

# Reported speech whose words end a sentence inside a quotation they close (`… the doses.”`) takes no
# second stop after the mark, in the briefing and the draft (a real report's line ended `doses.”.`).
cat >"$WORK/trial.jsonl" <<'JSONL'
{"id":"trial-wire","title":"Orlan trial agreed","outlet":"Harbour Wire","published":"2026-04-05T09:00:00Z","language":"en","text":"Orlan trial agreed\nThe Kestrel Vaccine Foundation said it had “signed a trial agreement with the county hospital to supply the first doses.” The doses arrive next week."}
JSONL
expect_ok ingest "$WORK/trial.jsonl" --story trial --story-title "Orlan trial" --quiet
expect_ok brief trial
out_has 'to supply the first doses.” [1]'
out_lacks 'doses.”.'
expect_ok brief check trial
expect_ok draft trial --output "$WORK/trial-draft.json"
grep -qF 'doses.”.' "$WORK/trial-draft.json" && fail "the draft's summary stops twice: $(grep -o '"summary":"[^"]*' "$WORK/trial-draft.json")"
grep -qF 'to supply the first doses.”' "$WORK/trial-draft.json" || fail "the draft's summary: $(grep -o '"summary":"[^"]*' "$WORK/trial-draft.json")"

# A telling verb whose words begin with the ones told keeps its own form: "urged households to …",
# not "said households to …" (a real regulator's line and its draft summary).
cat >"$WORK/tariff.jsonl" <<'JSONL'
{"id":"tariff-wire","title":"Orlan power cap rises","outlet":"Harbour Wire","published":"2026-04-06T09:00:00Z","language":"en","text":"Orlan power cap rises\nThe Orlan power cap will rise on Monday.\nRegulator chief Ada Lund urged households to compare their tariffs before the cold months begin."}
JSONL
expect_ok ingest "$WORK/tariff.jsonl" --story tariff --story-title "Orlan tariff" --quiet
expect_ok brief tariff
out_has 'urged households to compare their tariffs before the cold months begin.'
out_lacks 'said households'
expect_ok brief check tariff
expect_ok draft tariff --output "$WORK/tariff-draft.json"
grep -qF '"summary":"Urged households to compare' "$WORK/tariff-draft.json" || fail "the draft's summary: $(grep -o '"summary":"[^"]*' "$WORK/tariff-draft.json")"

# What gives a speaker the statement the most sources carry among those of their latest source, not
# its longest: outlets quote the words that made the news (a real regulator's "this rise … is going
# to be extremely difficult" had lost to a longer line on working with suppliers).
cat >"$WORK/lund.jsonl" <<'JSONL'
{"id":"lund-wire","title":"Orlan heating costs climb","outlet":"Harbour Wire","published":"2026-04-01T09:00:00Z","language":"en","text":"Orlan heating costs climb\nRegulator chief Ada Lund said: \"This rise will be very hard for many families in the county.\""}
{"id":"lund-post","title":"Lund warns families","outlet":"Valdoria Post","published":"2026-04-02T09:00:00Z","language":"en","text":"Lund warns families\nRegulator chief Ada Lund said: \"This rise will be very hard for many families in the county.\"\n\"We are working with suppliers, charities and consumer groups on everything we can do to support customers over the long winter months ahead,\" Ada Lund added."}
JSONL
expect_ok ingest "$WORK/lund.jsonl" --story lund --story-title "Orlan heating" --quiet
expect_ok brief lund
what=$(awk '$0 == "## What" { on = 1; next } /^## / { on = 0 } on && NF' "$WORK/out")
grep -qF 'Ada Lund (unconfirmed) said: "This rise will be very hard for many families in the county".' <<<"$what" ||
  fail "What does not give the statement both sources carry: $what"
expect_ok brief check lund

# A title opening the source's sentence reads in lowercase in reported speech: "reports former
# harbour chief …" (a real wire's "reports Former Mexico City Mayor …").
cat >"$WORK/former.jsonl" <<'JSONL'
{"id":"former-1","title":"Orlan count","outlet":"Eastwire","published":"2026-06-08T07:00:00Z","language":"en","text":"Orlan count\nVoters in Orlan chose a new mayor on Sunday. Former harbour chief Ines Morrow is leading in very early returns from the county's mayoral race, but only 10% of the tallies have been counted, the AP reports."}
JSONL
expect_ok ingest "$WORK/former.jsonl" --story former --story-title "Orlan count" --quiet
expect_ok brief former
out_has 'reports former harbour chief Ines Morrow is leading'
out_lacks 'reports Former'
expect_ok brief check former
true
