#!/usr/bin/env bash
# dossier brief --format html on the corpus story: one page with every section in order, every
# citation linking to a listed source, every figure carrying the trace that `dossier trace ID`
# gives (source, version, bytes, sentence), a stance chart per person; and an article full of
# markup (tests/fixtures/html/hostile-article.json) rendered inert: no element of it survives, in
# text or in attributes, and its javascript: url is not linked; a published version as HTML.
source "$(dirname "$0")/lib.sh"

expect_ok init
record_corpus_story

# check_page: the page in $WORK/out, its structure, citations and figures checked against the store.
check_page() {
  cp "$WORK/out" "$WORK/page.html"
  out_has '<meta http-equiv="Content-Security-Policy" content="default-src '"'none'"
  out_has '<h1>AI Infrastructure Spending ROI Debate</h1>'
  ! grep -qi '<script' "$WORK/page.html" || fail "the page holds a <script"
  ! grep -qi '<img' "$WORK/page.html" || fail "the page holds an <img"
  python3 - "$WORK/page.html" "$DOSSIER" <<'PY' || fail "the page's citations or figures do not match the store"
import html, json, re, subprocess, sys
page = open(sys.argv[1], encoding="utf-8").read()
sections = re.findall(r'<section id="([a-z-]+)">', page)
assert sections == ["what", "why-it-matters", "open-questions", "narrative", "timeline", "perspectives",
                    "tensions", "sources", "figures"], sections
assert "None recorded." not in page, "a section of the corpus briefing is empty"
listed = set(re.findall(r'<li id="source-(\d+)">', page))
cited = set(re.findall(r'<a class="cite" href="#source-(\d+)">', page))
assert listed and cited <= listed and not re.search(r'<span class="cite">', page), (cited, listed)
# Each figure: its trace in the page is what `dossier trace ID` says.
figure = re.compile(r'<span class="figure" tabindex="0" data-figure="([^"]+)">(.*?)<span class="trace" role="tooltip">\n'
                    r'<span class="trace-source">(?:<a href="#source-(\d+)">\[\d+\]</a> )?.*?</span>\n'
                    r'<span class="trace-span">source <code>([0-9a-f]{16})</code> v(\d+) · bytes (\d+)–(\d+)</span>\n'
                    r'<span class="trace-sentence">“(.*?)”</span>\n'
                    r'<code class="trace-command">dossier trace ([^<]+)</code></span></span>', re.S)
marks = page.count('<span class="figure"')
found = figure.findall(page)
assert found and len(found) == marks, (len(found), marks)
traced = {}
for fid, marked, number, source_id, version, begin, end, sentence, command_id in found:
    assert command_id == fid and number in listed, (fid, number)
    if fid not in traced:
        run = subprocess.run([sys.argv[2], "trace", html.unescape(fid), "--json"], capture_output=True, text=True)
        assert run.returncode == 0, (fid, run.stderr)
        traced[fid] = json.loads(run.stdout)
    report = traced[fid]
    assert report["ok"] and report["matched_by"] == "id" and len(report["citations"]) == 1, report
    c = report["citations"][0]
    assert (c["figure"]["source_id"], c["figure"]["source_version"], c["figure"]["start"], c["figure"]["end"]) == \
        (source_id, int(version), int(begin), int(end)), (fid, c["figure"])
    shown = html.unescape(re.sub(r"</?mark>", "", sentence))
    assert shown == c["sentence"], (fid, shown, c["sentence"])
    assert f'<mark>{html.escape(c["figure"]["surface"], quote=False)}</mark>' in sentence, (fid, sentence)
print(f"{len(found)} figure marks, {len(traced)} figures traced, {len(cited)} sources cited of {len(listed)}")
PY
}

expect_ok brief ai-roi --format html
check_page
charts=$(grep -c '<svg class="stance-chart"' "$WORK/page.html")
people=$(grep -c '<div class="perspective">' "$WORK/page.html")
[ "$charts" -ge 1 ] && [ "$charts" -le "$people" ] || fail "$charts stance charts for $people people"

# The hostile article joins the story: its markup is shown as text, never as elements.
expect_ok ingest "$DOSSIER_SOURCE_DIR/tests/fixtures/html/hostile-article.json" --story ai-roi
expect_ok brief ai-roi --format html
check_page
out_has 'Cuban &lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt;'
out_has '&lt;b onmouseover=alert(1)&gt;Outlet&lt;/b&gt;'
out_has '(not linked: javascript://example.com/%0aalert(1))'
out_lacks 'href="javascript'
out_lacks '<b onmouseover'
out_lacks '<svg onload'
# Its claim dates itself the day before its publication, so the Timeline quotes it, figure marked.
out_has 'data center plan "&gt;&lt;img src=x onerror=alert(1)&gt; would cost <mark>$5 billion</mark>'

# A published version renders as HTML from its stored JSON alone: the same page, traces included.
expect_ok brief ai-roi --publish --format html
out_has '<p class="version">Version 1</p>'
cp "$WORK/out" "$WORK/published.html"
expect_ok brief show ai-roi --version 1 --format html
check_page
cmp -s "$WORK/page.html" "$WORK/published.html" || fail "Version 1 shown as HTML differs from the page printed when it was published"

pass
