// What the parts of `dossier brief` share: assembling a story's briefing for a command, the
// output formats, and the subcommands kept in their own files (cmd_brief_versions.cc).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "brief/briefing.h"
#include "cli/command.h"
#include "project/proj_sources.h"
#include "project/story_views.h"

namespace dossier::cli {

// Everything a briefing was made from, kept alive together.
struct LoadedBriefing {
  std::unique_ptr<EventStore> store;
  SourcesProjection sources;
  std::unique_ptr<StoryViews> views;
  Briefing briefing;
};

enum class BriefingUse {
  kRead,     // read-only, at the point --as-of and --known-at name; timestamped by its last event
  kPublish,  // for writing, at the head of the log; timestamped now (the clock's time)
};

// Assembles the briefing of `slug` for `use`; on failure prints why, sets `*exit_code` and
// returns null.
std::unique_ptr<LoadedBriefing> LoadBriefingOrFail(const Context& context, const std::string& slug, BriefingUse use,
                                                   int* exit_code);

struct BriefFormat {
  const char* name;
  std::string (*render)(const Briefing&);
};

// The format --format names (md by default; --json is --format json); an unknown one is printed
// as a usage error and gives null.
const BriefFormat* FormatOrFail(const Context& context);

// The subcommands: each gets the positionals after the command's own words.
int RunBriefPublish(Context& context, const std::vector<std::string>& args);  // brief STORY --publish
int RunBriefHistory(Context& context, const std::vector<std::string>& args);  // brief history STORY
int RunBriefShow(Context& context, const std::vector<std::string>& args);     // brief show STORY --version N
int RunBriefDiff(Context& context, const std::vector<std::string>& args);     // brief diff STORY N M

}  // namespace dossier::cli
