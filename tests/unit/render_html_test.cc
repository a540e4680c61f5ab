#include <catch2/catch.hpp>

#include <regex>

#include "brief/render_html.h"
#include "brief/render_markdown.h"
#include "util/utf8.h"

using namespace dossier;

namespace {

const std::string kScript = "<script>alert(1)</script>";
const std::string kImg = "\"><img src=x onerror=alert(1)>";

// The page before its Figures section: the briefing's lines.
std::string Lines(const std::string& html) { return html.substr(0, html.find("<section id=\"figures\">")); }

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// A line whose figure is the first occurrence of `surface` in `text`.
BriefText Marked(const std::string& text, const std::string& surface, const std::string& figure_id,
                 std::vector<int> citations) {
  const size_t at = text.find(surface);
  REQUIRE(at != std::string::npos);
  return BriefText{text, {{at, at + surface.size(), figure_id}}, std::move(citations), "extracted", {}};
}

BriefFigure Figure(const std::string& id, int source_number, const std::string& surface, const std::string& sentence) {
  BriefFigure f;
  f.id = id;
  f.source_id = "3f2a00000000000" + std::to_string(source_number);
  f.source_version = 2;
  f.source_number = source_number;
  f.begin = 120;
  f.end = 120 + surface.size();
  f.surface = surface;
  f.kind = "money";
  f.sentence = sentence;
  return f;
}

// Two sources (one hostile), a figure in What, one in the narrative in the middle of Chinese text,
// hostile text in every kind of section, and a perspective with three stance points.
Briefing HostileBriefing() {
  Briefing b;
  b.story = "ai-roi";
  b.title = "AI " + kScript + " ROI";
  b.version = 3;
  b.timestamp = "2026-05-23 18:15 UTC";
  b.log_position = 812;
  b.sources.push_back({1, "3f2a000000000001", 1, std::string(64, 'a'), "Cuban " + kImg, std::string("Outlet <b>"),
                       std::nullopt, std::string("2026-05-23"), std::string("javascript:alert(1)")});
  b.sources.push_back({2, "3f2a000000000002", 2, std::string(64, 'b'), "\xe9\xa6\xac\xe5\x85\x8b on AI",
                       std::nullopt, std::string("A \"writer\""), std::nullopt,
                       std::string("https://example.com/a?b=1&c=\"><script>alert(1)</script>")});
  const std::string sentence = "He said " + kScript + " it cost $5 billion " + kImg + ".";
  b.figures.push_back(Figure("fig-0123456789abcdef", 1, "$5 billion", sentence));
  // 馬克說五十億美元已經花掉 ("Mark said five billion dollars has been spent"): the figure is 五十億美元.
  const std::string chinese = "\xe9\xa6\xac\xe5\x85\x8b\xe8\xaa\xaa\xe4\xba\x94\xe5\x8d\x81\xe5\x84\x84\xe7\xbe\x8e\xe5\x85\x83"
                              "\xe5\xb7\xb2\xe7\xb6\x93\xe8\x8a\xb1\xe6\x8e\x89";
  const std::string chinese_figure = "\xe4\xba\x94\xe5\x8d\x81\xe5\x84\x84\xe7\xbe\x8e\xe5\x85\x83";
  b.figures.push_back(Figure("fig-fedcba9876543210", 2, chinese_figure, chinese));
  b.what.push_back(Marked("Cuban says " + kScript + " the bill is $5 billion " + kImg, "$5 billion",
                          "fig-0123456789abcdef", {1}));
  b.what.push_back(BriefText{"Andreessen disagrees.", {}, {2, 1}, "curated", {}});
  b.why_it_matters.push_back(BriefText{"Because " + kImg, {}, {}, "curated", {}});
  b.open_questions.push_back(BriefText{"Will " + kScript + " pay?", {}, {2}, "curated", {}});
  b.narrative.push_back({Marked(chinese, chinese_figure, "fig-fedcba9876543210", {2})});
  b.timeline.push_back({"2026-05-23", BriefText{"Cuban speaks " + kImg, {}, {1}, "extracted", {}}});
  BriefPerspective p;
  p.actor_id = "mark-cuban";
  p.name = "Mark " + kImg;
  p.summary = BriefText{"Skeptical " + kScript, {}, {1}, "curated", {}};
  p.evolution = BriefText{"Shifted from against to strongly against.", {}, {1}, "curated", {}};
  p.points.push_back({"2026-05-16", "ai-capex " + kScript, "against", "first", {}});
  p.points.push_back({"2026-05-23", "ai-capex " + kScript, "strongly_against", "hardened", {}});
  p.points.push_back({"2026-05-23", "token-prices", "neutral", "first", {}});
  b.perspectives.push_back(p);
  b.tensions.push_back(BriefText{"Cuban vs. " + kScript, {}, {1, 2}, "curated", {}});
  return b;
}

}  // namespace

TEST_CASE("RenderBriefingHtml: hostile text is inert in text and in attributes", "[html]") {
  const std::string html = RenderBriefingHtml(HostileBriefing());
  REQUIRE_FALSE(std::regex_search(html, std::regex("<script", std::regex::icase)));
  REQUIRE_FALSE(std::regex_search(html, std::regex("<img", std::regex::icase)));
  REQUIRE(html.find("onerror=alert(1)&gt;") != std::string::npos);
  REQUIRE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  REQUIRE(html.find("<title>AI &lt;script&gt;alert(1)&lt;/script&gt; ROI</title>") != std::string::npos);
  // In an attribute a quote cannot end it: the url's quote and markup are escaped.
  REQUIRE(html.find("<a href=\"https://example.com/a?b=1&amp;c=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">") !=
          std::string::npos);
  REQUIRE(html.find("aria-label=\"Mark &quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;s stance by date\"") !=
          std::string::npos);
  REQUIRE_FALSE(FindInvalidUtf8(html).has_value());
}

TEST_CASE("RenderBriefingHtml: the page forbids scripts and loads nothing from elsewhere", "[html]") {
  const std::string html = RenderBriefingHtml(HostileBriefing());
  REQUIRE(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  REQUIRE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                    "'unsafe-inline'; base-uri 'none'; form-action 'none'\">") != std::string::npos);
  REQUIRE(html.find("src=") == html.find("src=x onerror"));  // the only src= is escaped article text
  REQUIRE(html.find("<link") == std::string::npos);
  REQUIRE(html.find("url(") == std::string::npos);
}

TEST_CASE("RenderBriefingHtml: the sections, in the reference briefing's order", "[html]") {
  const std::string html = RenderBriefingHtml(HostileBriefing());
  size_t last = 0;
  for (const char* id : {"<h1>", "Version 3", "2026-05-23 18:15 UTC · 2 items", "id=\"what\"", "id=\"why-it-matters\"",
                         "id=\"open-questions\"", "id=\"narrative\"", "id=\"timeline\"", "id=\"perspectives\"",
                         "id=\"tensions\"", "id=\"sources\"", "id=\"figures\""}) {
    const size_t at = html.find(id);
    INFO(id);
    REQUIRE(at != std::string::npos);
    REQUIRE(at > last);
    last = at;
  }
  Briefing draft;
  draft.title = "Empty";
  const std::string empty = RenderBriefingHtml(draft);
  REQUIRE(empty.find("Draft (not published)") != std::string::npos);
  // Each empty section says why and what to run: with no source listed, how to add one.
  REQUIRE(Count(empty, "<p class=\"none\">None: no source of this story is listed. Add articles with `dossier "
                       "ingest FILE --story ") == 9);
  draft.story = "ai-roi";
  draft.sources.push_back({1, "3f2a", 1, "", "A source", {}, {}, {}, {}});
  const std::string sourced = RenderBriefingHtml(draft);
  REQUIRE(Count(sourced, "`dossier draft ai-roi --output draft.json`") == 6);  // all but timeline, sources, figures
  REQUIRE(Count(sourced, "None: no line states a number.") == 1);
}

TEST_CASE("RenderBriefingHtml: every mark is a focusable figure with its trace", "[html]") {
  const std::string html = RenderBriefingHtml(HostileBriefing());
  REQUIRE(Count(Lines(html), "<span class=\"figure\" tabindex=\"0\"") == 2);
  REQUIRE(html.find("<span class=\"figure\" tabindex=\"0\" data-figure=\"fig-0123456789abcdef\">$5 billion"
                    "<span class=\"trace\" role=\"tooltip\">") != std::string::npos);
  // Its source, id, version and bytes, the sentence with the figure highlighted, and the command.
  REQUIRE(html.find("<a href=\"#source-1\">[1]</a> Cuban \"&gt;&lt;img src=x onerror=alert(1)&gt;</span>") !=
          std::string::npos);
  REQUIRE(html.find("source <code>3f2a000000000001</code> v2 · bytes 120–130") != std::string::npos);
  REQUIRE(html.find("“He said &lt;script&gt;alert(1)&lt;/script&gt; it cost <mark>$5 billion</mark> \"&gt;&lt;img") !=
          std::string::npos);
  REQUIRE(html.find("<code class=\"trace-command\">dossier trace fig-0123456789abcdef</code>") != std::string::npos);
  // The Figures section lists each with its trace too.
  REQUIRE(Count(html, "<span class=\"figure\" tabindex=\"0\"") == 4);
  REQUIRE(html.find("<li><code>fig-0123456789abcdef</code> <span class=\"figure\" tabindex=\"0\" "
                    "data-figure=\"fig-0123456789abcdef\">$5 billion<span class=\"trace\"") != std::string::npos);
  REQUIRE(html.find("dossier trace fig-fedcba9876543210</code></span></span> — [2] bytes 120–135</li>") !=
          std::string::npos);
  // Shown on hover, on focus and on a click (which focuses it).
  REQUIRE(html.find(".figure:hover>.trace,.figure:focus>.trace,.figure:focus-within>.trace{display:block}") !=
          std::string::npos);
}

TEST_CASE("RenderBriefingHtml: a mark in the middle of multibyte text", "[html]") {
  const std::string html = RenderBriefingHtml(HostileBriefing());
  // 馬克說 before, 已經花掉 after, the marked 五十億美元 whole.
  REQUIRE(html.find("<p>\xe9\xa6\xac\xe5\x85\x8b\xe8\xaa\xaa<span class=\"figure\" tabindex=\"0\" "
                    "data-figure=\"fig-fedcba9876543210\">\xe4\xba\x94\xe5\x8d\x81\xe5\x84\x84\xe7\xbe\x8e\xe5\x85\x83"
                    "<span class=\"trace\"") != std::string::npos);
  REQUIRE(html.find("</span></span>\xe5\xb7\xb2\xe7\xb6\x93\xe8\x8a\xb1\xe6\x8e\x89 <a class=\"cite\" href=\"#source-2\">[2]</a></p>") !=
          std::string::npos);
}

TEST_CASE("RenderBriefingHtml: a bad mark is skipped and its text shown whole", "[html]") {
  Briefing b = HostileBriefing();
  const std::string text = b.narrative[0][0].text;
  const std::string id = "fig-fedcba9876543210";
  for (FigureMark bad : {FigureMark{10, 24, id},            // begins inside 五 (bytes 9–12)
                         FigureMark{9, 13, id},             // ends inside 十 (12–15)
                         FigureMark{9, 9, id},              // empty
                         FigureMark{30, 40, id},            // past the end (36 bytes)
                         FigureMark{9, 24, "fig-unknown"}}) {  // a figure the briefing lacks
    b.narrative[0][0].figures = {bad};
    const std::string html = RenderBriefingHtml(b);
    INFO(bad.begin << "–" << bad.end << " " << bad.figure_id);
    REQUIRE(Count(Lines(html), "<span class=\"figure\"") == 1);  // only What's figure
    REQUIRE(html.find("<p>" + text + " <a class=\"cite\" href=\"#source-2\">[2]</a></p>") != std::string::npos);
    REQUIRE_FALSE(FindInvalidUtf8(html).has_value());
  }
  // A second mark overlapping the first is skipped; the first stays.
  b.narrative[0][0].figures = {FigureMark{9, 24, id}, FigureMark{12, 18, id}};
  REQUIRE(Count(Lines(RenderBriefingHtml(b)), "<span class=\"figure\"") == 2);
}

TEST_CASE("RenderBriefingHtml: citations link to their numbered sources", "[html]") {
  Briefing b = HostileBriefing();
  b.tensions[0].citations = {1, 2, 7};  // 7 is not a source: shown, not linked
  const std::string html = RenderBriefingHtml(b);
  REQUIRE(html.find("<li id=\"source-1\">[1] ") != std::string::npos);
  REQUIRE(html.find("<li id=\"source-2\">[2] <a href=") != std::string::npos);
  REQUIRE(html.find("Andreessen disagrees. <a class=\"cite\" href=\"#source-2\">[2]</a><a class=\"cite\" "
                    "href=\"#source-1\">[1]</a>") != std::string::npos);
  REQUIRE(html.find("Cuban vs. &lt;script&gt;alert(1)&lt;/script&gt; <a class=\"cite\" href=\"#source-1\">[1]</a>"
                    "<a class=\"cite\" href=\"#source-2\">[2]</a><span class=\"cite\">[7]</span>") != std::string::npos);
  REQUIRE(html.find("href=\"#source-7\"") == std::string::npos);
}

TEST_CASE("RenderBriefingHtml: a javascript: url is refused and shown as text", "[html]") {
  const std::string html = RenderBriefingHtml(HostileBriefing());
  REQUIRE_FALSE(std::regex_search(html, std::regex("href=\"\\s*javascript", std::regex::icase)));
  REQUIRE(html.find("<li id=\"source-1\">[1] Cuban \"&gt;&lt;img src=x onerror=alert(1)&gt; — Outlet &lt;b&gt; "
                    "(2026-05-23) <span class=\"url\">(not linked: javascript:alert(1))</span>") != std::string::npos);
}

TEST_CASE("RenderBriefingHtml: a stance chart per person, one point per dated stance", "[html]") {
  Briefing b = HostileBriefing();
  std::string html = RenderBriefingHtml(b);
  REQUIRE(Count(html, "<svg class=\"stance-chart\"") == 1);
  REQUIRE(Count(html, "<circle ") == 3);
  REQUIRE(Count(html, "<polyline ") == 2);  // two topics
  // The first date at the left edge, the last at the right; each stance on its row.
  REQUIRE(html.find("<circle class=\"t0\" cx=\"112\" cy=\"74\" r=\"3.5\"><title>2026-05-16 · ai-capex "
                    "&lt;script&gt;alert(1)&lt;/script&gt;: against (first)</title></circle>") != std::string::npos);
  REQUIRE(html.find("<circle class=\"t0\" cx=\"392\" cy=\"90\" r=\"3.5\"><title>2026-05-23") != std::string::npos);
  REQUIRE(html.find("<circle class=\"t1\" cx=\"392\" cy=\"42\" r=\"3.5\"><title>2026-05-23 · token-prices: neutral") !=
          std::string::npos);
  b.perspectives[0].points[2].stance = "enthusiastic";  // not on the scale: left out
  b.perspectives[0].points[1].date = "2026-02-30";      // not a date: left out
  REQUIRE(Count(RenderBriefingHtml(b), "<circle ") == 1);
  b.perspectives[0].points.clear();
  REQUIRE(RenderBriefingHtml(b).find("<svg") == std::string::npos);
}

TEST_CASE("Renderers: undated Timeline items follow the dated under their own heading", "[html]") {
  Briefing b;
  b.story = "ai-roi";
  b.title = "AI ROI";
  b.sources.push_back({1, "3f2a", 1, "", "Dated", {}, {}, std::string("2026-05-16"), {}});
  b.sources.push_back({2, "4b7c", 1, "", "Undated", {}, {}, {}, {}});
  b.timeline.push_back({"2026-05-16", {"Published: Dated", {}, {1}, "ingested", {}}});
  b.timeline.push_back({"", {"Published: Undated", {}, {2}, "ingested", {}}});
  const std::string md = RenderBriefingMarkdown(b);
  REQUIRE(md.find("- 2026-05-16: Published: Dated [1]\n\n### Undated, in the order recorded\n\n- Published: Undated [2]\n") !=
          std::string::npos);
  REQUIRE(md.rfind("# AI ROI\n", 0) == 0);  // the story's title, nothing added
  const std::string html = RenderBriefingHtml(b);
  const size_t dated = html.find("<time>2026-05-16</time>: Published: Dated");
  const size_t heading = html.find("<h3>Undated, in the order recorded</h3>");
  const size_t undated = html.find("<li>Published: Undated");
  REQUIRE(dated != std::string::npos);
  REQUIRE(heading > dated);
  REQUIRE(undated > heading);
  REQUIRE(html.find("<time></time>") == std::string::npos);
}
