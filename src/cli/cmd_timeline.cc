// dossier timeline [--story S]: the dated events of the story, each with its citations.
#include <fmt/format.h>

#include "cli/story_output.h"
#include "model/source_events.h"

namespace dossier::cli {

int RunTimeline(Context& context) {
  // A story that was never created is not found (exit 1), as in every other command.
  if (const std::optional<std::string> story = context.args.Get("story")) {
    std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
    if (!store) return kExitStore;
    Result<uint64_t> story_events = store->StreamVersion(StoryStream(*story));
    if (!story_events.ok()) return Fail(story_events.status());
    if (*story_events == 0) return Fail(Status::NotFound(fmt::format("no story `{}`", *story)));
  }
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
