// BriefLineWriter: makes the lines of a briefing. It numbers a line's citations against the
// Sources list and marks the figures the line states: every number the figure extractor reads in
// the line is matched to a recorded figure of the same quantity, preferring one inside the cited
// spans, then one elsewhere in the cited sources, then one of any listed source (whose number the
// line then cites too); figures of the cited spans whose surface appears word for word are marked
// as well. A number inside a cited source's quoted title or outlet is that source's metadata and
// is not marked (QuotedMetadata). It remembers every figure it marked, for Briefing::figures.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "brief/briefing.h"
#include "dossier/event_store.h"
#include "project/citations.h"
#include "project/proj_figures.h"

namespace dossier {

class BriefLineWriter {
 public:
  // Figures are those of `figures` at the listed version of each source, less `retracted` (ids).
  // REQUIRES: all arguments outlive the writer.
  BriefLineWriter(const std::vector<BriefSource>& sources, const FigureIndex& figures,
                  const std::set<std::string>& retracted, const EventStore& store);

  // The line `text` citing `cited`, with `marks` already known (e.g. a claim's own figures); the
  // rest marked as above. Nullopt when none of `cited` is a listed source (a line must cite one),
  // or when some are not and the line states a number that no listed source's figure backs.
  std::optional<BriefText> Line(std::string text, const std::vector<CitedSpan>& cited, const char* origin,
                                std::vector<FigureMark> marks = {});

  // Whether a listed figure backs every number the figure extractor reads in `text`, as Line
  // would mark it: a caller with a choice of lines writes one that `brief check` passes.
  bool Backed(std::string_view text, const std::vector<CitedSpan>& cited) const;

  // The figure `id` if it is one of a listed source's (at its listed version), else null.
  const ExtractedFigure* Figure(std::string_view id) const;
  // The listed number of `source_id`, or 0.
  int SourceNumber(std::string_view source_id) const;
  // The publication date of a listed source, when it has one.
  std::optional<std::string> Published(const std::string& source_id) const;
  // The figures of `index` that the lines may mark (listed, not retracted), in the index's order.
  std::vector<FigureRef> ListedFigures(const FigureIndex& index) const;

  // Every figure a line marked, by id, with its source sentence as stored.
  Result<std::vector<BriefFigure>> MarkedFigures() const;

 private:
  struct Listed {
    const SourceFigures* source = nullptr;
    const ExtractedFigure* figure = nullptr;
    int number = 0;
  };
  // The best figure for `read` (a number read in a line), or null; see the header comment.
  const Listed* Match(const dossier::Figure& read, const std::vector<CitedSpan>& cited) const;

  const EventStore& store_;
  // Keys view the ids held by the sources list and the figure index, which outlive the writer.
  std::unordered_map<std::string_view, const BriefSource*> sources_;     // source id → its entry
  std::vector<Listed> listed_;                                           // by number, then span
  std::unordered_map<std::string_view, std::vector<size_t>> by_source_;  // source id → indexes into listed_
  std::unordered_map<std::string, std::vector<size_t>> by_unit_;         // unit key → indexes into listed_
  std::unordered_map<std::string_view, size_t> by_id_;                   // figure id → index into listed_
  std::vector<bool> marked_;                                             // by index into listed_
};

}  // namespace dossier
