#include "brief/briefing_check.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "audit/trace.h"
#include "brief/quoted_metadata.h"
#include "util/sha256.h"

namespace dossier {
namespace {

// Calls `visit` with every line of the briefing and where it is.
void ForEachLine(const Briefing& b, const std::function<void(const BriefText&, const std::string&)>& visit) {
  auto list = [&](const std::vector<BriefText>& lines, const char* section, const char* item) {
    for (size_t i = 0; i < lines.size(); ++i) visit(lines[i], fmt::format("{}, {} {}", section, item, i + 1));
  };
  list(b.what, "What", "paragraph");
  list(b.why_it_matters, "Why it matters", "paragraph");
  list(b.open_questions, "Open questions", "item");
  for (size_t p = 0; p < b.narrative.size(); ++p) {
    for (size_t s = 0; s < b.narrative[p].size(); ++s) {
      visit(b.narrative[p][s], fmt::format("Narrative, paragraph {}, sentence {}", p + 1, s + 1));
    }
  }
  for (size_t i = 0; i < b.timeline.size(); ++i) {
    visit(b.timeline[i].text, fmt::format("Timeline, item {} ({})", i + 1, b.timeline[i].date));
  }
  for (const BriefPerspective& p : b.perspectives) {
    visit(p.summary, fmt::format("Perspectives, {}, summary", p.name));
    visit(p.evolution, fmt::format("Perspectives, {}, evolution", p.name));
    for (size_t i = 0; i < p.points.size(); ++i) {
      visit(p.points[i].summary, fmt::format("Perspectives, {}, point {} ({})", p.name, i + 1, p.points[i].date));
    }
  }
  list(b.tensions, "Tensions", "item");
}

// Why the figure's recorded bytes do not check, or "" when they do.
std::string BytesProblem(const TraceCitation& c) {
  const Figure& f = c.ref.figure->figure;
  const FiguresExtracted& e = c.ref.source->extracted;
  if (!c.text_found) return fmt::format("the stored text of {}@{} is missing", e.source_id, e.source_version);
  if (!c.text_matches_hash) {
    return fmt::format("the stored text of {}@{} no longer matches its SHA-256", e.source_id, e.source_version);
  }
  if (!c.span_matches_surface) {
    return fmt::format("bytes {}–{} of {}@{} no longer read `{}`", f.span.begin, f.span.end, e.source_id,
                       e.source_version, f.surface);
  }
  return "";
}

// The stored texts of a briefing's sources, each read and hashed once.
class SourceTexts {
 public:
  SourceTexts(const Briefing& b, const EventStore& store) : b_(b), store_(store) {}

  // The text of source [n] as its recorded hash names it, or why it cannot be had.
  Result<std::string_view> Text(int n) {
    auto found = texts_.find(n);
    if (found == texts_.end()) {
      const BriefSource& s = b_.sources[n - 1];
      Result<std::string> text = store_.GetBlob(s.text_sha256);
      if (text.ok() && Sha256Hex(*text) != s.text_sha256) {
        text = Status::Corruption(fmt::format("the stored text of {} no longer hashes to {}", s.source_id, s.text_sha256));
      }
      found = texts_.emplace(n, std::move(text)).first;
    }
    if (!found->second.ok()) return found->second.status();
    return std::string_view(*found->second);
  }

 private:
  const Briefing& b_;
  const EventStore& store_;
  std::map<int, Result<std::string>> texts_;
};

// Checks the line's quote marks: each cites a source of the line and stands for its bytes, and
// the claim's speaker is named where the mark says.
void CheckQuotes(const Briefing& b, const BriefText& line, const std::string& where, SourceTexts& texts,
                 std::vector<BriefingProblem>* problems) {
  for (const QuoteMark& q : line.quotes) {
    const std::string label = fmt::format("the words at bytes {}–{} of the line", q.begin, q.end);
    const bool listed = q.source_number >= 1 && static_cast<size_t>(q.source_number) <= b.sources.size();
    if (!listed || std::find(line.citations.begin(), line.citations.end(), q.source_number) == line.citations.end()) {
      problems->push_back({BriefingProblem::Kind::kMisquoted, where,
                           fmt::format("{} are marked as source [{}]'s, which the line does not cite", label, q.source_number)});
      continue;
    }
    Result<std::string_view> text = texts.Text(q.source_number);
    if (!text.ok()) {
      problems->push_back({BriefingProblem::Kind::kAlteredText, where, label + ": " + text.status().message()});
      continue;
    }
    auto bytes = [&](uint64_t begin, uint64_t end) -> std::optional<std::string_view> {
      if (begin > end || end > text->size()) return std::nullopt;
      return text->substr(begin, end - begin);
    };
    const std::optional<std::string_view> said = bytes(q.source_begin, q.source_end);
    if (q.end > line.text.size() || q.begin > q.end || !said ||
        *said != std::string_view(line.text).substr(q.begin, q.end - q.begin)) {
      problems->push_back({BriefingProblem::Kind::kMisquoted, where,
                           fmt::format("{} are not bytes {}–{} of source [{}]", label, q.source_begin, q.source_end,
                                       q.source_number)});
    }
    if (q.claim_id.empty()) continue;
    const std::optional<std::string_view> named = bytes(q.named_begin, q.named_end);
    if (!named || *named != q.named_as) {
      problems->push_back({BriefingProblem::Kind::kMisattributed, where,
                           fmt::format("claim {}: source [{}] does not name its speaker `{}` at bytes {}–{}", q.claim_id,
                                       q.source_number, q.named_as, q.named_begin, q.named_end)});
    }
  }
}

}  // namespace

bool BriefingCheck::altered() const {
  return std::any_of(problems.begin(), problems.end(),
                     [](const BriefingProblem& p) { return p.kind == BriefingProblem::Kind::kAlteredText; });
}

BriefingCheck CheckBriefing(const Briefing& b, const EventStore& store, const FigureIndex& figures,
                            const SourcesProjection& sources) {
  BriefingCheck check;
  std::map<std::string, TraceCitation> checked;  // figure id → its bytes, checked once
  std::map<std::string, FigureRef> index;       // figure id → the figure index's
  for (const FigureRef& ref : figures.Figures()) index.emplace(ref.figure->id, ref);
  std::set<std::string> listed;                 // the ids of Briefing::figures
  for (const BriefFigure& f : b.figures) listed.insert(f.id);
  SourceTexts texts(b, store);
  ForEachLine(b, [&](const BriefText& line, const std::string& where) {
    ++check.lines;
    CheckQuotes(b, line, where, texts, &check.problems);
    check.quotes += line.quotes.size();
    std::set<std::string> cited_sources;  // the ids of the sources the line cites
    for (int n : line.citations) {
      if (n >= 1 && static_cast<size_t>(n) <= b.sources.size()) cited_sources.insert(b.sources[n - 1].source_id);
    }
    const std::vector<Figure> read = ExtractFigures(line.text);
    for (int n : line.citations) {
      if (n < 1 || static_cast<size_t>(n) > b.sources.size()) {
        check.problems.push_back({BriefingProblem::Kind::kUnknownCitation, where,
                                  fmt::format("citation [{}] is not among the {} sources", n, b.sources.size())});
      }
    }
    for (const FigureMark& mark : line.figures) {
      const std::string label = fmt::format("figure {} (bytes {}–{} of the line)", mark.figure_id, mark.begin, mark.end);
      auto found = index.find(mark.figure_id);
      const bool known_figure = found != index.end(), in_briefing = listed.count(mark.figure_id) != 0;
      if (mark.end > line.text.size() || mark.begin >= mark.end || !known_figure || !in_briefing) {
        check.problems.push_back({BriefingProblem::Kind::kUnknownFigure, where,
                                  label + (!known_figure  ? ": the figure index does not know it"
                                           : !in_briefing ? ": not in the briefing's figures"
                                                          : ": its bytes lie outside the line")});
        continue;
      }
      // Provenance: the figure must come from a source the line cites, and measure what the line
      // says the number measures.
      const std::string& source_id = found->second.source->extracted.source_id;
      if (cited_sources.count(source_id) == 0) {
        check.problems.push_back({BriefingProblem::Kind::kUncitedSource, where,
                                  label + fmt::format(": it is a figure of source {}, which the line does not cite", source_id)});
      }
      auto known = checked.find(mark.figure_id);
      if (known == checked.end()) {
        Result<TraceCitation> bytes = CheckFigureBytes(store, sources, found->second);
        const std::string problem = bytes.ok() ? BytesProblem(*bytes) : bytes.status().message();
        known = checked.emplace(mark.figure_id, bytes.ok() ? std::move(*bytes) : TraceCitation()).first;
        if (!problem.empty()) {
          check.problems.push_back({BriefingProblem::Kind::kAlteredText, where, label + ": " + problem});
        }
      }
      const Figure& f = found->second.figure->figure;
      for (const Figure& number : read) {
        if (number.span.begin < mark.end && mark.begin < number.span.end &&
            (ContradictsMeaning(number, f) || ContradictsSubject(number, line.text, f, known->second.sentence))) {
          check.problems.push_back({BriefingProblem::Kind::kContradicted, where,
                                    label + fmt::format(": the line reads `{}` as {}, the figure measures {}", number.surface,
                                                        DescribeMeaning(number), DescribeMeaning(f))});
        }
      }
    }
    std::vector<const BriefSource*> cited;
    for (int n : line.citations) {
      if (n >= 1 && static_cast<size_t>(n) <= b.sources.size()) cited.push_back(&b.sources[n - 1]);
    }
    const QuotedMetadata metadata(line.text, cited);
    for (const Figure& number : read) {
      const bool covered = std::any_of(line.figures.begin(), line.figures.end(), [&](const FigureMark& m) {
        return m.begin < number.span.end && number.span.begin < m.end;
      });
      if (!covered && !metadata.Holds(number.span.begin)) {
        check.problems.push_back({BriefingProblem::Kind::kUnmarkedNumber, where,
                                  fmt::format("`{}` (bytes {}–{} of the line) has no figure behind it", number.surface,
                                              number.span.begin, number.span.end)});
      }
    }
  });
  check.figures = checked.size();
  return check;
}

}  // namespace dossier
