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

// Why the section `key` is empty and what to run, when `empty` (renderer 1 left it blank).
void NoteIfEmpty(std::string& out, bool empty, const char* key, const Briefing& b, int renderer) {
  if (empty && renderer >= 2) out += EmptySectionNote(key, b) + "\n";
}

void Paragraphs(std::string& out, const std::vector<BriefText>& lines) {
  for (const BriefText& line : lines) out += Cited(line, /*starts_line=*/true) + "\n\n";
}

void Items(std::string& out, const std::vector<BriefText>& lines) {
  for (const BriefText& line : lines) out += "- " + Cited(line, /*starts_line=*/true) + "\n";
}

// Dated items by date, then the undated under their own heading, in the order they were recorded.
// Renderer 1 wrote every item as "- date: text", an undated one with an empty date.
void Timeline(std::string& out, const std::vector<BriefTimelineItem>& items, int renderer) {
  bool undated = false;
  for (const BriefTimelineItem& item : items) {
    if (!item.date.empty() || renderer == 1) {
      out += fmt::format("- {}: {}\n", item.date, Cited(item.text));
      continue;
    }
    if (!undated) out += "\n### Undated, in the order recorded\n\n";
    undated = true;
    out += "- " + Cited(item.text, /*starts_line=*/true) + "\n";
  }
}

}  // namespace

std::string RenderBriefingMarkdown(const Briefing& b) { return RenderBriefingMarkdown(b, kMarkdownRenderer); }

std::string RenderBriefingMarkdown(const Briefing& b, int renderer) {
  std::string out = fmt::format("# {}{}\n\n", EscapeMarkdown(b.title), renderer == 1 ? " · history" : "");
  out += b.version == 0 ? "Draft (not published)\n" : fmt::format("Version {}\n", b.version);
  out += fmt::format("{} · {} item{}", b.timestamp, b.item_count(), b.item_count() == 1 ? "" : "s");
  if (b.as_of) out += fmt::format(" · as of {}", *b.as_of);
  out += "\n";

  Section(out, "What");
  Paragraphs(out, b.what);
  NoteIfEmpty(out, b.what.empty(), "what", b, renderer);
  Section(out, "Why it matters");
  Paragraphs(out, b.why_it_matters);
  NoteIfEmpty(out, b.why_it_matters.empty(), "why_it_matters", b, renderer);
  Section(out, "Open questions");
  Items(out, b.open_questions);
  NoteIfEmpty(out, b.open_questions.empty(), "open_questions", b, renderer);
  Section(out, "Narrative");
  NoteIfEmpty(out, b.narrative.empty(), "narrative", b, renderer);
  for (const std::vector<BriefText>& paragraph : b.narrative) {
    std::string line;
    for (const BriefText& sentence : paragraph) line += line.empty() ? Cited(sentence, true) : " " + Cited(sentence);
    out += line + "\n\n";
  }
  Section(out, "Timeline");
  Timeline(out, b.timeline, renderer);
  NoteIfEmpty(out, b.timeline.empty(), "timeline", b, renderer);
  Section(out, "Perspectives");
  NoteIfEmpty(out, b.perspectives.empty(), "perspectives", b, renderer);
  for (const BriefPerspective& p : b.perspectives) {
    out += fmt::format("### {}\n\n{}\n\nEvolution: {}\n\n", EscapeMarkdown(p.name), Cited(p.summary, true),
                       Cited(p.evolution));
  }
  Section(out, "Tensions");
  Items(out, b.tensions);
  NoteIfEmpty(out, b.tensions.empty(), "tensions", b, renderer);
  Section(out, "Sources");
  NoteIfEmpty(out, b.sources.empty(), "sources", b, renderer);
  for (const BriefSource& s : b.sources) {
    out += fmt::format("- [{}] {}", s.number, EscapeMarkdown(s.title));
    if (s.outlet) out += " — " + EscapeMarkdown(*s.outlet);
    if (s.published) out += fmt::format(" ({})", EscapeMarkdown(*s.published));
    out += "\n";
  }
  Section(out, "Figures");
  NoteIfEmpty(out, b.figures.empty(), "figures", b, renderer);
  for (const BriefFigure& f : b.figures) {
    out += fmt::format("- {} {} — [{}] bytes {}–{}\n", f.id, EscapeMarkdown(f.surface), f.source_number, f.begin, f.end);
  }
  return out;
}

}  // namespace dossier
