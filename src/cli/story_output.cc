#include "cli/story_output.h"

#include <fmt/format.h>

#include "model/source_events.h"

namespace dossier::cli {

namespace {

// The point the time-axis flags name, or nullopt after printing why not.
std::optional<TimeFilter> FilterOrFail(const Context& context, int* exit_code) {
  Result<TimeFilter> filter = TimeFilter::Parse(context.args.Get("as-of"), context.args.Get("known-at"),
                                                context.args.Has("dated-only"));
  if (!filter.ok()) {
    PrintError(filter.status().message());
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  return *filter;
}

}  // namespace

std::optional<InPlaceReader> OpenInPlaceOrFail(const Context& context, int* exit_code) {
  InPlaceReader reader;
  std::optional<TimeFilter> filter = FilterOrFail(context, exit_code);
  if (!filter) return std::nullopt;
  reader.filter = *filter;
  reader.store = context.OpenStore(OpenMode::kReadOnly);
  if (!reader.store) {
    *exit_code = kExitStore;
    return std::nullopt;
  }
  Result<ActorsProjection> actors = LoadActors(reader.store.get());
  Result<std::vector<Actor>> known = actors.ok() ? actors->Actors(reader.filter) : Result<std::vector<Actor>>(actors.status());
  if (!known.ok()) {
    *exit_code = Fail(known.status());
    return std::nullopt;
  }
  reader.actors = std::move(*known);
  return reader;
}

std::unique_ptr<StoryViews> LoadViewsOrFail(const Context& context, int* exit_code) {
  std::optional<TimeFilter> filter = FilterOrFail(context, exit_code);
  if (!filter) return nullptr;
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) {
    *exit_code = kExitStore;
    return nullptr;
  }
  const std::optional<std::string> story = context.args.Get("story");
  if (story) {
    Result<uint64_t> story_events = store->StreamVersion(StoryStream(*story));
    if (!story_events.ok() || *story_events == 0) {
      *exit_code = Fail(story_events.ok() ? Status::NotFound(fmt::format("no story `{}`", *story)) : story_events.status());
      return nullptr;
    }
  }
  Result<std::unique_ptr<StoryViews>> views =
      story ? LoadStoryViewsOf(store.get(), *filter, *story) : LoadStoryViews(store.get(), *filter);
  if (!views.ok()) {
    *exit_code = Fail(views.status());
    return nullptr;
  }
  return std::move(*views);
}

std::string OneLine(std::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return line;
}

std::string FormatCitation(const CitedSpan& cited) {
  if (!cited.found) return fmt::format("{} (not known)", cited.via);
  std::string text = fmt::format("{}@{} bytes {}–{} \"{}\"", cited.source_id, cited.version, cited.span.begin,
                                 cited.span.end, OneLine(cited.quote));
  if (!cited.via.empty()) text += " via " + cited.via;
  return text;
}

void PrintCitations(const std::vector<CitedSpan>& citations, const char* indent) {
  for (const CitedSpan& cited : citations) Print("{}{}\n", indent, FormatCitation(cited));
}

void WriteCitationsJson(JsonWriter& w, const std::vector<CitedSpan>& citations) {
  w.BeginArray();
  for (const CitedSpan& c : citations) {
    w.BeginObject().Key("found").Bool(c.found);
    if (!c.via.empty()) w.Key("via").String(c.via);
    if (c.found) {
      w.Key("source_id").String(c.source_id)
          .Key("version").Uint(c.version)
          .Key("start").Uint(c.span.begin)
          .Key("end").Uint(c.span.end)
          .Key("quote").String(c.quote);
    }
    w.EndObject();
  }
  w.EndArray();
}

std::string ActorLabel(const std::vector<Actor>& actors, const std::string& id) {
  const Actor* actor = FindActor(actors, id);
  if (actor == nullptr || actor->id != id) return OneLine(id);
  return fmt::format("{} ({})", OneLine(actor->name), id);
}

}  // namespace dossier::cli
