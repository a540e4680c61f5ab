// dossier timeline [--story S]: the dated events of the story, each with its citations; with
// --story only that story's rows are read.
#include <fmt/format.h>

#include "cli/story_output.h"

namespace dossier::cli {

int RunTimeline(Context& context) {
  int exit_code = kExitOk;
  std::unique_ptr<StoryViews> views = LoadViewsOrFail(context, &exit_code);
  if (!views) return exit_code;
  Result<std::vector<TimelineEntry>> entries =
      views->timeline_projection.Timeline(views->filter, context.args.Get("story"), views->timeline_inputs());
  if (!entries.ok()) return Fail(entries.status());

  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const TimelineEntry& e : *entries) {
      w.BeginObject().Key("date").String(e.date).Key("kind").String(e.kind).Key("origin").String(e.origin)
          .Key("id").String(e.id).Key("actor").String(e.actor).Key("text").String(e.text)
          .Key("position").Uint(e.position).Key("citations");
      WriteCitationsJson(w, e.citations);
      w.EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const TimelineEntry& e : *entries) {
    const std::string who = e.actor.empty() ? "" : ActorLabel(views->actors, e.actor) + ": ";
    Print("{:<10}  {:<17}  {}{}  ({}, {})\n", e.date.empty() ? "undated" : e.date, e.kind, who, OneLine(e.text), e.origin, OneLine(e.id));
    if (e.kind != "published") PrintCitations(e.citations, "    ");
  }
  Print("{} entr{}\n", entries->size(), entries->size() == 1 ? "y" : "ies");
  return kExitOk;
}

}  // namespace dossier::cli
