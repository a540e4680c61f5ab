#!/usr/bin/env bash
# The HTML briefing in a real browser: Debian's headless Chromium, driven by playwright-core
# (tests/browser/hover_figure.js). On the corpus story with the hostile article
# (tests/fixtures/html/hostile-article.json) added, hovering or clicking the page's first figure
# shows its trace with the sentence `dossier trace` gives; the hostile article's figure does too,
# its markup as text; and no script runs, no dialog opens, nothing but the page is loaded.
source "$(dirname "$0")/lib.sh"

BROWSER_TEST="$DOSSIER_SOURCE_DIR/tests/browser"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is not installed (tools/setup.sh installs it)"
command -v node >/dev/null || fail "node is not installed (tools/setup.sh installs it)"
if [ ! -d "$BROWSER_TEST/node_modules" ]; then
  (cd "$BROWSER_TEST" && npm ci --no-audit --no-fund --loglevel=error) >&2 || fail "npm ci in tests/browser failed"
fi

expect_ok init
record_corpus_story
expect_ok ingest "$DOSSIER_SOURCE_DIR/tests/fixtures/html/hostile-article.json" --story ai-roi
expect_ok brief ai-roi --format html
cp "$WORK/out" "$WORK/page.html"

# sentence_of ID: the sentence `dossier trace ID` reads from the stored text.
sentence_of() {
  expect_ok trace "$1" --json
  json 'd["citations"][0]["sentence"]'
}
first=$(grep -o 'data-figure="[^"]*"' "$WORK/page.html" | head -n 1 | cut -d'"' -f2)
[ -n "$first" ] || fail "the page marks no figure"
expect_ok figures --source hostile-markup --json
hostile=$(json '[f["id"] for f in d if f["surface"] == "$5 billion"][0]')
grep -qF "data-figure=\"$hostile\"" "$WORK/page.html" || fail "the page does not mark the hostile article's figure $hostile"

node "$BROWSER_TEST/hover_figure.js" "$WORK/page.html" \
  "$first" "$(sentence_of "$first")" \
  "$hostile" "$(sentence_of "$hostile")" >&2 || fail "the browser test failed"

pass
