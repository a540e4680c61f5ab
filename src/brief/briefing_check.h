// CheckBriefing: what `dossier brief check` proves of a briefing. Every number in its text has a
// recorded figure behind it (each number the figure extractor reads is covered by a figure mark),
// or stands inside a cited source's title or outlet quoted word for word (a "Published" line);
// every citation [n] is an entry of its Sources; and every marked figure is one the figure index
// knows, whose source text still hashes to what was recorded and still holds the figure's surface
// at its span (re-read as `dossier trace` does); and every quote mark's words are the cited source's
// bytes where the mark says, and a claim's speaker is named there as the mark says.
#pragma once

#include <string>
#include <vector>

#include "brief/briefing.h"
#include "dossier/event_store.h"
#include "project/proj_figures.h"
#include "project/proj_sources.h"

namespace dossier {

struct BriefingProblem {
  enum class Kind {
    kUnmarkedNumber,
    kUnknownCitation,
    kUnknownFigure,
    kAlteredText,
    kUncitedSource,  // a mark points at a figure of a source the line does not cite
    kContradicted,   // a mark points at a figure whose subject or metric contradicts the line
    kMisquoted,      // words marked as a source's are not its bytes there, or the line does not cite it
    kMisattributed,  // the source does not name the speaker where the claim says it does
  };
  Kind kind = Kind::kUnmarkedNumber;
  std::string where;    // "Narrative, paragraph 2, sentence 1"
  std::string message;  // "`$3 trillion` (bytes 40–51) has no figure behind it"
};

struct BriefingCheck {
  size_t lines = 0;    // lines of text checked
  size_t figures = 0;  // distinct figures re-read
  size_t quotes = 0;   // quote marks re-read
  std::vector<BriefingProblem> problems;
  bool altered() const;  // some source text no longer holds a figure as recorded
};

// `figures` and `sources` must be caught up with `store`.
BriefingCheck CheckBriefing(const Briefing& briefing, const EventStore& store, const FigureIndex& figures,
                            const SourcesProjection& sources);

}  // namespace dossier
