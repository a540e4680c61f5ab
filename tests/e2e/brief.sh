#!/usr/bin/env bash
# `dossier brief` on the corpus story, as tools/run-corpus.sh records it: every section present and
# in order, every citation [n] an entry of Sources, every figure of the Figures section traced back
# to its bytes, `brief check` passing; --as-of leaving later sources out; clear errors; and a
# stored text altered underneath making `brief check` fail, naming the figure.
source "$(dirname "$0")/lib.sh"

expect_ok init
expect_ok annotate "$CORPUS/actors.json" --quiet
expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate" --quiet
expect_ok annotate "$CORPUS/annotations/ai-roi.json" --quiet

expect_ok brief ai-roi
cp "$WORK/out" "$WORK/brief.md"
head -1 "$WORK/brief.md" | grep -qxF '# AI Infrastructure Spending ROI Debate' || fail "title line: the story's title"
sed -n 3p "$WORK/brief.md" | grep -qxF 'Draft (not published)' || fail "an unpublished briefing is a draft"
sed -n 4p "$WORK/brief.md" | grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC · 5 items$' \
  || fail "timestamp and item count: $(sed -n 4p "$WORK/brief.md")"

# The sections, each once and in the reference briefing's order, then Figures.
[ "$(grep '^## ' "$WORK/brief.md" | tr '\n' '|')" = \
  "## What|## Why it matters|## Open questions|## Narrative|## Timeline|## Perspectives|## Tensions|## Sources|## Figures|" ] \
  || fail "sections out of order: $(grep '^## ' "$WORK/brief.md" | tr '\n' '|')"
section() { awk -v h="## $1" '$0 == h { on = 1; next } /^## / { on = 0 } on' "$WORK/brief.md"; }
for s in "What" "Why it matters" "Open questions" "Narrative" "Timeline" "Perspectives" "Tensions"; do
  [ -n "$(section "$s" | tr -d '\n')" ] || fail "section $s is empty"
done
# The editor's notes make What and Why it matters.
grep -qF 'roughly $3 trillion put into AI infrastructure' <(section "What") || fail "What is not the editor's note"
grep -qxF '### Mark Cuban' <(section "Perspectives") || fail "Mark Cuban has no perspective"
grep -qF 'Evolution: ai-infrastructure-roi: First appearance on 2026-05-23. token-cost-benchmarks: First appearance on 2026-05-16.' <(section "Perspectives") \
  || fail "Cuban's evolution"

# Narrative: perspectives as prose with the actor as subject, at most one quotation per actor (a
# finite reporting verb of the lexicon), then one paragraph of at most six actors with only claims.
grep -qF 'Chamath Palihapitiya points out that about $3 trillion' <(section "Narrative") || fail "verb summary not as prose"
grep -qF 'Aaron Levie: A year earlier' <(section "Narrative") || fail "a non-verb summary keeps Name: summary"
grep -qE '(posed by|For him|conclusion|[Aa]ccording to|worry|framing|forecasting|projecting|saying|challenge|uncovered): "' \
  <(section "Narrative") && fail "a quotation without a finite reporting verb: $(section "Narrative" | grep -oE '[A-Za-z]+: "' | head -3)"
grep -qF '\[' <(section "Narrative") && fail "a quotation with a reference marker"
# A claim is a quotation ("…") only where its source quotes the speaker; a paraphrase is reported
# speech, "as reported" (or "as OUTLET reports it"), without quotation marks.
section "Narrative" | python3 -c '
import re, sys
paragraphs = [p for p in sys.stdin.read().split("\n\n") if p.strip()]
claims = [len(re.findall(r"(?:\"\.|, as reported, [^\[]*\.|, as [A-Z][^\[]* reports it, [^\[]*\.) (?:\[\d+\])+", p)) for p in paragraphs]
assert all(c <= 1 for c in claims[:-1]), claims
last = paragraphs[-1]
sentences = re.findall(r"[^\[\]]+?(?: (?:\[\d+\])+)", last)
assert 1 <= len(sentences) <= 6, sentences
assert "According to the Financial Times, as reported, Google" in last, last
assert "Arm, as reported, argued that CPU core counts" in last, last
assert "Morgan Stanley, as reported, expects hyperscaler debt issuance to exceed" in last, last
assert "\"" not in last, last  # none of these sources quotes its speaker
' || fail "Narrative quotations"
grep -qF 'Mark Cuban took a price of $0.50 per million tokens' <(section "Narrative") || fail "a past-tense summary as prose"

# Timeline: publications, first perspectives and shifts, tensions, resolved questions, and claims
# only where their own sentence dates them (not their source's published date); the four undated
# sources under their own heading; the corpus gives no more than 40 entries.
entries=$(section "Timeline" | grep -c '^- ')
[ "$entries" -le 40 ] && [ "$entries" -ge 24 ] || fail "timeline entries: $entries"
[ "$(section "Timeline" | sed -n '/^### Undated, in the order recorded$/,$p' | grep -c '^- Published: ')" = 4 ] \
  || fail "the undated sources are not on the timeline under their heading"
grep -qF -- '- 2026-05-23: Aaron Levie shifted from neutral to against: Now reads' <(section "Timeline") \
  || fail "Levie's shift is not on the timeline"
grep -qF -- '- 2026-05-16: SemiAnalysis, as reported, challenges Mark Cuban' <(section "Timeline") || fail "a self-dated claim is missing"
grep -qF 'Question resolved: Not at present' <(section "Timeline") || fail "the resolved question"
grep -qF 'Question opened: Will any large AI deployment' <(section "Timeline") && fail "a still-open question on the timeline"
python3 - "$WORK/brief.md" <<'PY' || fail "a timeline claim dated by its source only"
import re, sys
text = open(sys.argv[1]).read()
published = dict(re.findall(r"^- \[(\d+)\] .*\((\d{4}-\d{2}-\d{2})\)$", text, re.M))
timeline = text.split("## Timeline\n")[1].split("\n## ")[0]
for date, line in re.findall(r"^- (\d{4}-\d{2}-\d{2}): (.*)$", timeline, re.M):
    m = re.search(r"\"\.? ((?:\[\d+\])+)$", line)
    if m and line[0] != "T":  # a quotation (tensions quote no one)
        for n in re.findall(r"\d+", m.group(1)):
            assert published.get(n) != date, (date, line)
PY

# Every [n] outside Sources and Figures is a numbered source.
sources=$(section "Sources" | grep -c '^- \[[0-9]*\] ')
[ "$sources" = 5 ] || fail "expected 5 sources, got $sources"
cited=$(sed -n '/^## What$/,/^## Sources$/p' "$WORK/brief.md" | grep -v '^## Sources$' \
        | grep -oE '(^| )(\[[0-9]+\])+$' | grep -oE '[0-9]+' | sort -un)
[ -n "$cited" ] || fail "no citations"
for n in $cited; do
  grep -q "^- \[$n\] " <(section "Sources") || fail "citation [$n] has no source"
done

# Every figure listed traces back to its bytes, and is the figure it says.
ids=$(section "Figures" | grep -oE '^- fig-[0-9a-f]{12}' | cut -c3-)
[ "$(echo "$ids" | wc -l)" -ge 10 ] || fail "expected at least 10 marked figures"
for id in $ids; do
  expect_ok trace "$id"
  out_has "$id"
done
grep -qF '$3 trillion — [1] bytes ' <(section "Figures") || fail "the \$3 trillion of source 1 is not listed"

expect_ok brief check ai-roi
out_has 'ok: '

# Deterministic: the same store gives the same bytes.
expect_ok brief ai-roi --format md
cmp -s "$WORK/out" "$WORK/brief.md" || fail "a second rendering differs"

# --as-of: the sources published by then, and the undated ones (the corpus dates one of five), which
# --dated-only leaves out; check still passes.
sources_listed() { awk '/^## Sources$/{on=1;next} /^## /{on=0} on' "$WORK/out" | grep -c '^- \['; }
expect_ok brief ai-roi --as-of 2026-05-23
[ "$(sources_listed)" = 5 ] || fail "--as-of 2026-05-23: sources"
out_has '· 5 items · as of 2026-05-23'
expect_ok brief ai-roi --as-of 2026-05-16
[ "$(sources_listed)" = 4 ] || fail "--as-of 2026-05-16: the undated sources stay"
expect_ok brief ai-roi --as-of 2026-05-23 --dated-only
[ "$(sources_listed)" = 1 ] || fail "--as-of 2026-05-23 --dated-only: sources"
out_has '· 1 item · as of 2026-05-23'
expect_ok brief ai-roi --as-of 2026-05-16 --dated-only
[ "$(sources_listed)" = 0 ] || fail "--as-of 2026-05-16 --dated-only: sources"
out_has 'None: no source of this story is listed as of 2026-05-16.'
expect_ok brief check ai-roi --as-of 2026-05-23
expect_ok brief check ai-roi --as-of 2026-05-16 --dated-only

# --known-at before the annotations: no notes yet, What is assembled from the claims.
expect_ok brief ai-roi --known-at 60
out_lacks 'roughly $3 trillion put into AI infrastructure'

# Bad input.
expect_exit 1 brief no-such-story
err_has 'no story `no-such-story`'
expect_exit 1 brief check no-such-story
expect_exit 2 brief ai-roi --format pdf
err_has 'unknown format `pdf`'
expect_exit 2 brief ai-roi --as-of 2026-13-01
expect_exit 2 brief
expect_exit 2 brief check

# A headline and an outlet with numbers the text never states ("5 things", "Channel 4") are the
# source's own metadata, quoted on its "Published" line: check passes without a mark for them.
printf 'Mara Quill said the grid upgrade will cost $40 billion over five years.\n' >"$WORK/listicle.txt"
expect_ok ingest "$WORK/listicle.txt" --story listicle --title "5 things to know about the grid deal" \
  --outlet "Channel 4 News" --published 2026-05-20 --url https://example.org/listicle
expect_ok brief listicle
out_has 'Published: 5 things to know about the grid deal (Channel 4 News) [1]'
expect_ok brief check listicle

# A stored text altered underneath: check fails with 4 and names the figure.
sha=$(python3 -c 'import json,hashlib,sys; print(hashlib.sha256(json.load(open(sys.argv[1]))["text"].encode()).hexdigest())' \
      "$CORPUS"/000_*.json)
fig=$(section "Figures" | grep -F '$3 trillion — [1] bytes ' | grep -oE 'fig-[0-9a-f]{12}')
"$DOSSIER_TAMPER" "$DOSSIER_STORE" text "$sha" 'roughly $3 trillion' 'roughly $4 trillion'
expect_exit 4 brief check ai-roi
out_has "figure $fig"
out_has 'no longer matches its SHA-256'

pass
