#!/usr/bin/env bash
# gen_story: the same seed writes the same bytes, another seed other bytes; what it writes is
# ingested and annotated cleanly, the extractor finds the figures and claims it wrote, and the
# story's briefing passes `dossier brief check`.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

GEN="$DOSSIER_BUILD_DIR/gen_story"
[ -x "$GEN" ] || fail "$GEN is not built (cmake --build build --target gen_story)"
SOURCES=30
PER_SOURCE=12
gen() { "$GEN" --seed "$1" --sources $SOURCES --figures-per-source $PER_SOURCE --out "$2" >"$2.out"; }

gen 11 "$WORK/a"
gen 11 "$WORK/b"
gen 12 "$WORK/c"
for f in articles.jsonl actors.json annotations.json; do
  cmp -s "$WORK/a/$f" "$WORK/b/$f" || fail "seed 11 wrote two different $f"
done
! cmp -s "$WORK/a/articles.jsonl" "$WORK/c/articles.jsonl" || fail "seeds 11 and 12 wrote the same articles"
! cmp -s "$WORK/a/annotations.json" "$WORK/c/annotations.json" || fail "seeds 11 and 12 wrote the same annotations"
[ "$(wc -l <"$WORK/a/articles.jsonl")" = $SOURCES ] || fail "expected $SOURCES articles"

# Bad options are refused.
"$GEN" --seed 1 >/dev/null 2>"$WORK/err" && fail "gen_story without --out should fail"
err_has "--seed and --out are required"
"$GEN" --seed x --out "$WORK/d" >/dev/null 2>"$WORK/err" && fail "a seed that is not a number should fail"
err_has "--seed: \`x\` is not a number"

# The output ingests and annotates cleanly.
expect_ok init
expect_ok annotate "$WORK/a/actors.json"
expect_ok ingest "$WORK/a/articles.jsonl" --story synthetic --story-title "Synthetic story"
out_has "$SOURCES new, 0 revised, 0 unchanged, 0 rejected"
expect_ok annotate "$WORK/a/annotations.json" --json
[ "$(json 'd["unchanged"]')" = 0 ] || fail "nothing should be unchanged the first time"
expect_ok annotate "$WORK/a/annotations.json" --json
[ "$(json 'd["recorded"]')" = 0 ] || fail "annotating again should record nothing"

# Every figure written is found, and almost every claim.
expect_ok figures --json
[ "$(json 'len(d)')" = $((SOURCES * PER_SOURCE)) ] || fail "expected $((SOURCES * PER_SOURCE)) figures, found $(json 'len(d)')"
[ "$(json 'sorted({f["kind"] for f in d})')" = '["count", "duration", "money", "multiple", "percent", "quantity", "rate"]' ] ||
  fail "figure kinds: $(json 'sorted({f["kind"] for f in d})')"
claims=$(sed -n 's/.* and \([0-9]*\) attributed claims .*/\1/p' "$WORK/a.out")
[ -n "$claims" ] || fail "gen_story did not say how many claims it wrote: $(cat "$WORK/a.out")"
expect_ok claims --json
found=$(json 'len(d)')
[ $((found * 100)) -ge $((claims * 95)) ] && [ "$found" -le "$claims" ] || fail "wrote $claims claims, found $found"

# The curated items are there as written.
count() { python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))[sys.argv[2]]))' "$WORK/a/annotations.json" "$1"; }
expect_ok tensions --json
[ "$(json 'len(d)')" = "$(count tensions)" ] || fail "expected $(count tensions) tensions"
expect_ok questions --all --json
out_has "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["questions"][0]["text"])' "$WORK/a/annotations.json")"

# The briefing of the generated story: every number marked, every citation resolving.
expect_ok brief check synthetic
out_has "every number marked and every citation among the $SOURCES sources"
expect_ok brief synthetic
out_has "# Synthetic story"
out_has "## Perspectives"

pass
