// dossier stances [ACTOR]: each actor's perspectives per topic over time, and how they evolved.
#include <fmt/format.h>

#include "cli/story_output.h"

namespace dossier::cli {
namespace {

void WriteThreadJson(JsonWriter& w, const CitationResolver& resolver, const StanceThread& thread) {
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
    WriteCitationsJson(w, resolver.ResolveAll(p.citations));
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
  std::optional<InPlaceReader> reader = OpenInPlaceOrFail(context, &exit_code);
  if (!reader) return exit_code;
  EventStore* store = reader->store.get();
  Result<StancesProjection> stances = OpenStances(store);
  if (!stances.ok()) return Fail(stances.status());

  Result<std::vector<PerspectiveEntry>> read = std::vector<PerspectiveEntry>();
  if (!context.args.positional().empty()) {
    // One actor's rows only.
    const std::string& reference = context.args.positional()[0];
    const Actor* actor = FindActor(reader->actors, reference);
    read = stances->PerspectivesOf(reader->filter, actor ? actor->id : reference);
    if (read.ok() && actor == nullptr && read->empty()) {
      return Fail(Status::NotFound(fmt::format("no actor `{}` (`dossier actors` lists them)", reference)));
    }
  } else if (Status loaded = stances->LoadAll(); loaded.ok()) {
    read = stances->Perspectives(reader->filter);
  } else {
    read = loaded;
  }
  if (!read.ok()) return Fail(read.status());
  std::vector<Citation> cited;
  for (const PerspectiveEntry& e : *read) cited.insert(cited.end(), e.perspective.citations.begin(), e.perspective.citations.end());
  Result<ClaimsProjection> claims = OpenClaims(store);
  if (!claims.ok()) return Fail(claims.status());
  Result<FigureIndex> figures = OpenFigureIndex(store);
  if (!figures.ok()) return Fail(figures.status());
  Result<std::unique_ptr<CitedItems>> items = ReadCitedItems(*claims, *figures, reader->filter, cited);
  if (!items.ok()) return Fail(items.status());
  const CitationResolver& resolver = *(*items)->resolver;
  const std::vector<StanceThread> threads = StanceThreads(std::move(*read));

  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const StanceThread& thread : threads) WriteThreadJson(w, resolver, thread);
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const StanceThread& thread : threads) {
    Print("{} on {}: {}\n", ActorLabel(reader->actors, thread.actor), OneLine(thread.topic), thread.Overall());
    for (const EvolutionStep& step : thread.evolution) {
      const PerspectiveRecorded& p = thread.perspectives[step.perspective].perspective;
      Print("  {} (curated: {})\n    {}\n", DescribeStep(step, p), OneLine(p.id), OneLine(p.summary));
      PrintCitations(resolver.ResolveAll(p.citations), "    ");
    }
  }
  Print("{} stance{}\n", threads.size(), threads.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
