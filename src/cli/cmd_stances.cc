// dossier stances [ACTOR]: each actor's perspectives per topic over time, and how they evolved.
#include <fmt/format.h>

#include "cli/story_output.h"

namespace dossier::cli {
namespace {

void WriteThreadJson(JsonWriter& w, const StoryViews& views, const StanceThread& thread) {
  w.BeginObject().Key("actor").String(thread.actor).Key("topic").String(thread.topic)
      .Key("overall").String(thread.Overall()).Key("evolution").BeginArray();
  for (const EvolutionStep& step : thread.evolution) {
    const PerspectiveEntry& e = thread.perspectives[step.perspective];
    const PerspectiveRecorded& p = e.perspective;
    w.BeginObject()
        .Key("change").String(ToString(step.change))
        .Key("from").OptionalString(step.from ? std::optional<std::string>(ToString(*step.from)) : std::nullopt)
        .Key("stance").String(ToString(p.stance))
        .Key("date").String(p.date)
        .Key("perspective").String(p.id)
        .Key("origin").String("curated")
        .Key("story").String(p.story)
        .Key("summary").String(p.summary)
        .Key("position").Uint(e.position)
        .Key("recorded_at").String(e.recorded_at)
        .Key("citations");
    WriteCitationsJson(w, views.resolver->ResolveAll(p.citations));
    w.EndObject();
  }
  w.EndArray().EndObject();
}

// "shifted from against to for on 2025-06-02".
std::string DescribeStep(const EvolutionStep& step, const PerspectiveRecorded& p) {
  switch (step.change) {
    case StanceChange::kFirst: return fmt::format("first: {} on {}", ToString(p.stance), p.date);
    case StanceChange::kConsistent: return fmt::format("consistent: {} on {}", ToString(p.stance), p.date);
    default:
      return fmt::format("{} from {} to {} on {}", ToString(step.change), ToString(*step.from), ToString(p.stance), p.date);
  }
}

}  // namespace

int RunStances(Context& context) {
  if (context.args.positional().size() > 1) {
    PrintError("stances takes at most one ACTOR (quote a name with spaces: 'Mark Cuban')");
    return kExitUsage;
  }
  int exit_code = kExitOk;
  std::unique_ptr<StoryViews> views = LoadViewsOrFail(context, &exit_code);
  if (!views) return exit_code;

  std::vector<PerspectiveEntry> perspectives = views->perspectives;
  if (!context.args.positional().empty()) {
    const std::string& reference = context.args.positional()[0];
    const Actor* actor = FindActor(views->actors, reference);
    const std::string id = actor ? actor->id : reference;
    bool named = actor != nullptr;
    std::vector<PerspectiveEntry> of_actor;
    for (PerspectiveEntry& e : perspectives) {
      if (e.perspective.actor != id) continue;
      named = true;
      of_actor.push_back(std::move(e));
    }
    if (!named) {
      return Fail(Status::NotFound(fmt::format("no actor `{}` (`dossier actors` lists them)", reference)));
    }
    perspectives = std::move(of_actor);
  }
  const std::vector<StanceThread> threads = StanceThreads(std::move(perspectives));

  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const StanceThread& thread : threads) WriteThreadJson(w, *views, thread);
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const StanceThread& thread : threads) {
    Print("{} on {}: {}\n", ActorLabel(views->actors, thread.actor), OneLine(thread.topic), thread.Overall());
    for (const EvolutionStep& step : thread.evolution) {
      const PerspectiveRecorded& p = thread.perspectives[step.perspective].perspective;
      Print("  {} (curated: {})\n    {}\n", DescribeStep(step, p), OneLine(p.id), OneLine(p.summary));
      PrintCitations(views->resolver->ResolveAll(p.citations), "    ");
    }
  }
  Print("{} stance{}\n", threads.size(), threads.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
