// The story's lede: the one sentence of its sources that most of them back with their own
// figures, quoted word for word as the first line of What when the editor wrote none.
//
// An extracted briefing's What is otherwise who said what; an editor opening a new story wants
// first what happened ("The Bank of England left interest rates on hold at 3.75% …"). News
// states what happened in numbers that other outlets repeat. A sentence is news when one of its
// figures no source published on an earlier day states: the first reports of an event, not the
// comment and interviews that restate its figures days later. A story that develops over weeks (a
// strike voted, rejected, then settled) is told from its latest development: news in the sources
// published within a few days of the newest comes first, for older figures are repeated later as
// background. Among news, the sentence with a figure the most other listed sources also state
// (the same quantity, SameQuantity; for a match's or a vote's result, the same tally: TallyKey) is
// the one they agree on, after the winner of an election (ContestResult); among equals the earlier sentence
// in its source wins, as a news text puts its lede first, then the source published first. A
// sentence whose value later reports replaced (ValuesInTimeOrder: "10 million barrels a day" on
// Friday, 9.7 million from Sunday) comes after every other.
// The sentence is quoted as stored, less a wire dateline ("LONDON, Feb 5 (Reuters) - ") and a
// byline line before it, and cites its exact bytes, so `brief check` and an auditor re-read it.
#pragma once

#include <optional>
#include <vector>

#include "brief/briefing.h"
#include "brief/line_writer.h"
#include "dossier/event_store.h"
#include "project/proj_figures.h"

namespace dossier {

// The lede line, or nullopt when no sentence with a figure is backed by another listed source,
// or none can be quoted with every number in it marked. `conflicts` are FindConflicts of the
// listed figures (the briefing computes them once for the lede and Why it matters).
Result<std::optional<BriefText>> LedeLine(const std::vector<BriefSource>& sources, const FigureIndex& figures,
                                          const std::vector<FigureConflict>& conflicts, const EventStore& store,
                                          BriefLineWriter& writer);

}  // namespace dossier
