#include "brief/render_markdown.h"

#include <fmt/format.h>

#include "util/markdown_escape.h"

namespace dossier {
namespace {

// The line and its citations; `starts_line` when nothing precedes it on its line of Markdown.
std::string Cited(const BriefText& line, bool starts_line = false) {
  std::string out = EscapeMarkdown(line.text, starts_line);
  if (!line.citations.empty()) out += ' ';
  for (int n : line.citations) out += fmt::format("[{}]", n);
  return out;
}

void Section(std::string& out, const char* heading) {
  if (out.size() < 2 || out.compare(out.size() - 2, 2, "\n\n") != 0) out += '\n';
  out += fmt::format("## {}\n\n", heading);
}

void Paragraphs(std::string& out, const std::vector<BriefText>& lines) {
  for (const BriefText& line : lines) out += Cited(line, /*starts_line=*/true) + "\n\n";
}

void Items(std::string& out, const std::vector<BriefText>& lines) {
  for (const BriefText& line : lines) out += "- " + Cited(line, /*starts_line=*/true) + "\n";
}

}  // namespace

std::string RenderBriefingMarkdown(const Briefing& b) {
  std::string out = fmt::format("# {} · history\n\n", EscapeMarkdown(b.title));
  out += b.version == 0 ? "Draft (not published)\n" : fmt::format("Version {}\n", b.version);
  out += fmt::format("{} · {} item{}", b.timestamp, b.item_count(), b.item_count() == 1 ? "" : "s");
  if (b.as_of) out += fmt::format(" · as of {}", *b.as_of);
  out += "\n";

  Section(out, "What");
  Paragraphs(out, b.what);
  Section(out, "Why it matters");
  Paragraphs(out, b.why_it_matters);
  Section(out, "Open questions");
  Items(out, b.open_questions);
  Section(out, "Narrative");
  for (const std::vector<BriefText>& paragraph : b.narrative) {
    std::string line;
    for (const BriefText& sentence : paragraph) line += line.empty() ? Cited(sentence, true) : " " + Cited(sentence);
    out += line + "\n\n";
  }
  Section(out, "Timeline");
  for (const BriefTimelineItem& item : b.timeline) out += fmt::format("- {}: {}\n", item.date, Cited(item.text));
  Section(out, "Perspectives");
  for (const BriefPerspective& p : b.perspectives) {
    out += fmt::format("### {}\n\n{}\n\nEvolution: {}\n\n", EscapeMarkdown(p.name), Cited(p.summary, true),
                       Cited(p.evolution));
  }
  Section(out, "Tensions");
  Items(out, b.tensions);
  Section(out, "Sources");
  for (const BriefSource& s : b.sources) {
    out += fmt::format("- [{}] {}", s.number, EscapeMarkdown(s.title));
    if (s.outlet) out += " — " + EscapeMarkdown(*s.outlet);
    if (s.published) out += fmt::format(" ({})", EscapeMarkdown(*s.published));
    out += "\n";
  }
  Section(out, "Figures");
  for (const BriefFigure& f : b.figures) {
    out += fmt::format("- {} {} — [{}] bytes {}–{}\n", f.id, EscapeMarkdown(f.surface), f.source_number, f.begin, f.end);
  }
  return out;
}

}  // namespace dossier
