// What the story commands (actors, claims, stances, questions, tensions, timeline) share: the two
// time-axis flags, loading the views at that point, and how citations and origins are printed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "project/story_views.h"
#include "util/json_writer.h"

namespace dossier::cli {

inline const FlagSpec kAsOfFlag = {"as-of", "DATE", "what had been said by DATE (YYYY-MM-DD)"};
inline const FlagSpec kDatedOnlyFlag = {"dated-only", nullptr,
                                        "leave out undated sources and claims (kept by default, also with --as-of)"};
inline const FlagSpec kKnownAtFlag = {"known-at", "POSITION|TIME",
                                      "what the store knew at a log position or UTC time (or date)"};

// Opens the store read-only and loads the story views at the point --as-of and --known-at name
// (without the undated items when --dated-only).
// With --story SLUG, only that story's views (LoadStoryViewsOf; a story never created is not
// found), else every story's. The views hold what they read: the store is closed on return.
// On failure prints why, sets `*exit_code` and returns null.
std::unique_ptr<StoryViews> LoadViewsOrFail(const Context& context, int* exit_code);

// For a command that reads its answer's rows in place: the store (read-only), the point the flags
// name and the actors known then (the gazetteer, small beside the store).
struct InPlaceReader {
  std::unique_ptr<EventStore> store;
  TimeFilter filter;
  std::vector<Actor> actors;
};
// On failure prints why, sets `*exit_code` and returns nullopt.
std::optional<InPlaceReader> OpenInPlaceOrFail(const Context& context, int* exit_code);

// `source@version bytes a–b "quote"` (with ` via clm-…` for a claim or figure citation) on one
// line; an unknown claim or figure as `clm-… (not known)`.
std::string FormatCitation(const CitedSpan& cited);
// Each citation on its own line, indented.
void PrintCitations(const std::vector<CitedSpan>& citations, const char* indent);

// [{"source_id","version","start","end","quote","via","found"}…] as the value of the current key.
void WriteCitationsJson(JsonWriter& w, const std::vector<CitedSpan>& citations);

// `text` on one line (line breaks and tabs as spaces). Print (cli/terminal_out.h) escapes it.
std::string OneLine(std::string_view text);

// An actor id shown with its name when the gazetteer knows it: "Mark Cuban (mark-cuban)".
std::string ActorLabel(const std::vector<Actor>& actors, const std::string& id);

}  // namespace dossier::cli
