// Hand-built briefings for the tests of the briefing's JSON and of briefing diffs.
#pragma once

#include "brief/briefing.h"

namespace dossier::test {

inline BriefText Text(std::string text, std::vector<int> citations, std::vector<FigureMark> figures = {},
                      std::string origin = "extracted") {
  return {std::move(text), std::move(figures), std::move(citations), std::move(origin), {}};
}

inline BriefFigure MakeFigure(std::string id, std::string source_id, int number, std::string surface, double value,
                          std::optional<std::string> metric = std::nullopt) {
  BriefFigure f;
  f.id = std::move(id);
  f.source_id = std::move(source_id);
  f.source_version = 1;
  f.source_number = number;
  f.begin = 10;
  f.end = 10 + surface.size();
  f.surface = std::move(surface);
  f.kind = "money";
  f.value = value;
  f.unit = "USD";
  f.approx = "approximate";
  f.metric = std::move(metric);
  f.sentence = "It cost " + f.surface + ".";
  return f;
}

inline BriefSource Source(int number, std::string id, std::string title, uint64_t version = 1) {
  BriefSource s;
  s.number = number;
  s.source_id = std::move(id);
  s.version = version;
  s.text_sha256 = std::string(64, 'a');
  s.title = std::move(title);
  s.outlet = "Outlet";
  s.published = "2026-05-16";
  return s;
}

inline BriefStancePoint Point(std::string date, std::string topic, std::string stance, std::string change,
                              std::string summary, int citation) {
  return {std::move(date), std::move(topic), std::move(stance), std::move(change), Text(std::move(summary), {citation})};
}

// Every section filled, with strings a hostile article could bring: quotes, backslashes, control
// characters, U+2028, markup, characters outside the BMP, and numbers that test shortest forms.
inline Briefing HostileBriefing() {
  Briefing b;
  b.story = "ai-roi";
  b.title = "AI \"ROI\" \\ debate </script><img onerror=alert(1)>";
  b.version = 3;
  b.timestamp = "2026-05-23 18:15 UTC";
  b.log_position = 52;
  b.as_of = "2026-05-20";
  b.what = {Text("Say $3.1 trillion\x01 \xe2\x80\xa8 then \xf0\x9f\x93\x88 up.", {1},
                 {{4, 8, "fig-000000000001"}}, "curated")};
  b.why_it_matters = {Text("Tab\there, newline\nthere, \x7f and \xe4\xb8\xad\xe6\x96\x87.", {1, 2})};
  b.open_questions = {Text("Who pays?", {2}), Text("When? \"Soon\"", {1})};
  b.narrative = {{Text("First.", {1}), Text("Second.", {2})}, {Text("Paragraph \xf0\x90\x8d\x88 two.", {})}};
  // Quoted words: a claim's, with where the source names its speaker, and a lede's (no claim).
  b.narrative[0][0].quotes = {{0, 5, 1, 120, 125, "clm-000000000007", "\"Roe\" \\ \xe4\xb8\xad", 100, 109}};
  b.narrative[0][1].quotes = {{0, 6, 2, 0, 6, "", "", 0, 0}};
  b.timeline = {{"2026-05-16", Text("Chamath asks.", {1})}, {"2026-05-23", Text("Cuban answers.", {2})}};
  BriefPerspective cuban;
  cuban.actor_id = "mark-cuban";
  cuban.name = "Mark Cuban";
  cuban.summary = Text("Skeptical.", {2});
  cuban.evolution = Text("Reversed from for to against on 2026-05-23.", {1, 2});
  cuban.points = {Point("2026-05-16", "ai-capex", "for", "first", "Liked it.", 1),
                  Point("2026-05-23", "ai-capex", "strongly_against", "reversed", "Money wasted.", 2)};
  b.perspectives = {cuban};
  b.tensions = {Text("Cuban vs. Andreessen.", {2, 1})};
  b.sources = {Source(1, "0d827614d770bf83", "Chamath's question"), Source(2, "1e827614d770bf84", "Cuban \"unfiltered\"")};
  b.sources[1].outlet.reset();
  b.sources[1].url = "https://example.com/a?b=c&d=\"e\"";
  BriefFigure range = MakeFigure("fig-000000000002", "1e827614d770bf84", 2, "$0.1–0.3 per Mtok", 0.1);
  range.value_high = 0.30000000000000004;
  range.per = "Mtok";
  range.kind = "rate";
  b.figures = {MakeFigure("fig-000000000001", "0d827614d770bf83", 1, "$3.1 trillion", 3.1e12, "ai-capex"), range};
  return b;
}

}  // namespace dossier::test
