// dossier tensions [--story S]: who disagrees with whom, each side resolved to what it says, with
// citations; with --story only that story's, read from its rows alone.
#include <fmt/format.h>

#include "cli/story_output.h"

namespace dossier::cli {

int RunTensions(Context& context) {
  int exit_code = kExitOk;
  std::unique_ptr<StoryViews> views = LoadViewsOrFail(context, &exit_code);
  if (!views) return exit_code;
  const std::optional<std::string> story = context.args.Get("story");
  std::vector<const TensionEntry*> tensions;
  for (const TensionEntry& t : views->tensions) {
    if (!story || t.tension.story == *story) tensions.push_back(&t);
  }

  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const TensionEntry* entry : tensions) {
      const TensionEntry& t = *entry;
      w.BeginObject().Key("id").String(t.tension.id).Key("origin").String("curated").Key("story").String(t.tension.story)
          .Key("description").String(t.tension.description).Key("date").String(t.tension.date)
          .Key("position").Uint(t.position).Key("recorded_at").String(t.recorded_at).Key("between").BeginArray();
      for (const TensionSide& side : t.sides) {
        w.BeginObject().Key("id").String(side.id).Key("kind").String(side.kind).Key("origin").String(side.origin)
            .Key("found").Bool(side.found);
        if (side.found) {
          w.Key("actor").String(side.actor)
              .Key("stance").OptionalString(side.stance ? std::optional<std::string>(ToString(*side.stance)) : std::nullopt)
              .Key("text").String(side.text).Key("citations");
          WriteCitationsJson(w, side.citations);
        }
        w.EndObject();
      }
      w.EndArray().Key("citations");
      WriteCitationsJson(w, t.citations);
      w.EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const TensionEntry* entry : tensions) {
    const TensionEntry& t = *entry;
    Print("{}  {}  (curated, {})\n    {}\n", OneLine(t.tension.id), t.tension.date, OneLine(t.tension.story),
          OneLine(t.tension.description));
    for (const TensionSide& side : t.sides) {
      if (!side.found) {
        Print("  - {} {}: not known\n", side.kind, OneLine(side.id));
        continue;
      }
      Print("  - {}{} ({} {} {}): {}\n", ActorLabel(views->actors, side.actor),
            side.stance ? std::string(", ") + ToString(*side.stance) : "", side.origin, side.kind, OneLine(side.id),
            OneLine(side.text));
      PrintCitations(side.citations, "      ");
    }
    PrintCitations(t.citations, "    ");
  }
  Print("{} tension{}\n", tensions.size(), tensions.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
