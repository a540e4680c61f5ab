#include "brief/render_markdown.h"

#include <fmt/format.h>

#include "brief/render_empty_note.h"
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

// Why the section `key` is empty and what to run, when `empty`.
void NoteIfEmpty(std::string& out, bool empty, const char* key, const Briefing& b) {
  if (empty) out += EmptySectionNote(key, b) + "\n";
}

void Paragraphs(std::string& out, const std::vector<BriefText>& lines) {
  for (const BriefText& line : lines) out += Cited(line, /*starts_line=*/true) + "\n\n";
}

void Items(std::string& out, const std::vector<BriefText>& lines) {
  for (const BriefText& line : lines) out += "- " + Cited(line, /*starts_line=*/true) + "\n";
}

// Dated items by date, then the undated under their own heading, in the order they were recorded.
void Timeline(std::string& out, const std::vector<BriefTimelineItem>& items) {
  bool undated = false;
  for (const BriefTimelineItem& item : items) {
    if (!item.date.empty()) {
      out += fmt::format("- {}: {}\n", item.date, Cited(item.text));
      continue;
    }
    if (!undated) out += "\n### Undated, in the order recorded\n\n";
    undated = true;
    out += "- " + Cited(item.text, /*starts_line=*/true) + "\n";
  }
}

}  // namespace

std::string RenderBriefingMarkdown(const Briefing& b) {
  std::string out = fmt::format("# {}\n\n", EscapeMarkdown(b.title));
  out += b.version == 0 ? "Draft (not published)\n" : fmt::format("Version {}\n", b.version);
  out += fmt::format("{} · {} item{}", b.timestamp, b.item_count(), b.item_count() == 1 ? "" : "s");
  if (b.as_of) out += fmt::format(" · as of {}", *b.as_of);
  out += "\n";

  Section(out, "What");
  Paragraphs(out, b.what);
  NoteIfEmpty(out, b.what.empty(), "what", b);
  Section(out, "Why it matters");
  Paragraphs(out, b.why_it_matters);
  NoteIfEmpty(out, b.why_it_matters.empty(), "why_it_matters", b);
  Section(out, "Open questions");
  Items(out, b.open_questions);
  NoteIfEmpty(out, b.open_questions.empty(), "open_questions", b);
  Section(out, "Narrative");
  NoteIfEmpty(out, b.narrative.empty(), "narrative", b);
  for (const std::vector<BriefText>& paragraph : b.narrative) {
    std::string line;
    for (const BriefText& sentence : paragraph) line += line.empty() ? Cited(sentence, true) : " " + Cited(sentence);
    out += line + "\n\n";
  }
  Section(out, "Timeline");
  Timeline(out, b.timeline);
  NoteIfEmpty(out, b.timeline.empty(), "timeline", b);
  Section(out, "Perspectives");
  NoteIfEmpty(out, b.perspectives.empty(), "perspectives", b);
  for (const BriefPerspective& p : b.perspectives) {
    out += fmt::format("### {}\n\n{}\n\nEvolution: {}\n\n", EscapeMarkdown(p.name), Cited(p.summary, true),
                       Cited(p.evolution));
  }
  Section(out, "Tensions");
  Items(out, b.tensions);
  NoteIfEmpty(out, b.tensions.empty(), "tensions", b);
  Section(out, "Sources");
  NoteIfEmpty(out, b.sources.empty(), "sources", b);
  for (const BriefSource& s : b.sources) {
    out += fmt::format("- [{}] {}", s.number, EscapeMarkdown(s.title));
    if (s.outlet) out += " — " + EscapeMarkdown(*s.outlet);
    if (s.published) out += fmt::format(" ({})", EscapeMarkdown(*s.published));
    out += "\n";
  }
  Section(out, "Figures");
  NoteIfEmpty(out, b.figures.empty(), "figures", b);
  for (const BriefFigure& f : b.figures) {
    out += fmt::format("- {} {} — [{}] bytes {}–{}\n", f.id, EscapeMarkdown(f.surface), f.source_number, f.begin, f.end);
  }
  return out;
}

}  // namespace dossier
