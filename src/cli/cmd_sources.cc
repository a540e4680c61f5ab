// dossier sources and dossier show: the source list and one source version.
#include <algorithm>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/json_array_out.h"
#include "project/source_reader.h"
#include "util/json_writer.h"

namespace dossier::cli {
namespace {

std::string OrDash(const std::optional<std::string>& value) {
  return value ? *value : "—";
}

// At most `max` code points of `text`, with an ellipsis when cut.
std::string Shorten(const std::string& text, size_t max) {
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80 && points++ == max) return text.substr(0, i) + "…";
  }
  return text;
}

void WriteMetadata(JsonWriter& w, const SourceMetadata& m) {
  w.Key("title").OptionalString(m.title)
      .Key("outlet").OptionalString(m.outlet)
      .Key("author").OptionalString(m.author)
      .Key("published").OptionalString(m.published)
      .Key("url").OptionalString(m.url)
      .Key("language").OptionalString(m.language)
      .Key("article_id").OptionalString(m.article_id);
}

void WriteStrings(JsonWriter& w, const std::vector<std::string>& values) {
  w.BeginArray();
  for (const auto& v : values) w.String(v);
  w.EndArray();
}

// One source of the listing: a JSON element, or a line of the table.
void PrintSource(const Context& context, JsonArrayOut* json, const SourceSummary& s) {
  if (json != nullptr) {
    const SourceVersionInfo& latest = s.versions.back();
    JsonWriter& w = json->Next();
    w.BeginObject().Key("source_id").String(s.source_id).Key("versions").Uint(s.versions.size());
    WriteMetadata(w, s.metadata);
    w.Key("text_sha256").String(latest.text_sha256).Key("text_bytes").Uint(latest.text_bytes)
        .Key("recorded_at").String(latest.recorded_at).Key("stories");
    WriteStrings(w, s.stories);
    w.EndObject();
    json->Flush();
    return;
  }
  std::string published = s.metadata.published.value_or("—").substr(0, 10);
  Print("{:<16}  {:>3}  {:<10}  {:<20}  {}\n", s.source_id, s.versions.size(), published,
        Shorten(OrDash(s.metadata.outlet), 20), Shorten(OrDash(s.metadata.title), 64));
}

}  // namespace

// Streams: each source is read, printed and dropped (a story's in the order they joined it, else
// every source in the order first recorded), so memory does not grow with the store.
int RunSources(Context& context) {
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<SourcesProjection> sources = OpenSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  Result<std::vector<StoryCount>> stories = sources->StoryCounts();
  if (!stories.ok()) return Fail(stories.status());
  const std::optional<std::string> slug = context.args.Get("story");
  if (slug && std::none_of(stories->begin(), stories->end(), [&](const StoryCount& s) { return s.slug == *slug; })) {
    return Fail(Status::NotFound(fmt::format("no story `{}`", *slug)));
  }

  std::optional<JsonArrayOut> json;
  if (context.json) json.emplace();
  else Print("{:<16}  {:>3}  {:<10}  {:<20}  {}\n", "SOURCE", "VER", "PUBLISHED", "OUTLET", "TITLE");
  uint64_t listed = 0;
  Status failed = Status::OK();
  auto print = [&](const SourceSummary& s) {
    PrintSource(context, json ? &*json : nullptr, s);
    ++listed;
    return true;
  };
  if (slug) {
    Status scanned = sources->ScanStory(*slug, [&](const std::string& source_id) {
      Result<SourceSummary> source = sources->Read(source_id);
      if (!source.ok()) {
        failed = source.status();
        return false;
      }
      return print(*source);
    });
    if (failed.ok()) failed = scanned;
  } else {
    failed = sources->ScanInRecordedOrder(print);
  }
  // What was printed stays printed; the error follows it.
  if (!failed.ok()) return Fail(failed);
  if (json) {
    json->Close();
    return kExitOk;
  }
  Print("{} source{}", listed, listed == 1 ? "" : "s");
  for (const StoryCount& story : *stories) {
    Print(" · story {} ({}): {} source{}", story.slug, story.title, story.sources, story.sources == 1 ? "" : "s");
  }
  Print("\n");
  return kExitOk;
}

int RunShow(Context& context) {
  if (context.args.positional().size() != 1) {
    PrintError("show needs one SOURCE (a source id or prefix, an article id, or a url)");
    return kExitUsage;
  }
  Result<std::optional<uint64_t>> version = context.args.GetCount("version");
  if (!version.ok()) {
    PrintError(version.status().message());
    return kExitUsage;
  }
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<SourcesProjection> sources = OpenSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  Result<const SourceSummary*> source = sources->Resolve(context.args.positional()[0]);
  if (!source.ok()) return Fail(source.status());
  Result<SourceVersion> shown = ReadSourceVersion(*store, **source, version->value_or(0));
  if (!shown.ok()) return Fail(shown.status());
  const SourceRecorded& r = shown->recorded;

  if (context.args.Has("raw")) {
    std::fwrite(shown->text.data(), 1, shown->text.size(), stdout);
    return kExitOk;
  }
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("source_id").String(r.source_id).Key("version").Uint(r.version)
        .Key("versions").Uint((*source)->versions.size())
        .Key("identity").BeginObject().Key("kind").String(r.identity_kind).Key("value").String(r.identity_value)
        .EndObject();
    WriteMetadata(w, r.metadata);
    w.Key("format").String(r.format).Key("text_sha256").String(r.text_sha256).Key("text_bytes").Uint(r.text_bytes)
        .Key("scripts");
    WriteStrings(w, r.scripts);
    w.Key("position").Uint(shown->event.position).Key("recorded_at").String(shown->event.recorded_at)
        .Key("recorded_by").String(shown->event.recorded_by).Key("stories");
    WriteStrings(w, (*source)->stories);
    w.Key("text").String(shown->text).EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  std::string scripts;
  for (const auto& s : r.scripts) scripts += (scripts.empty() ? "" : ", ") + s;
  std::string stories;
  for (const auto& s : (*source)->stories) stories += (stories.empty() ? "" : ", ") + s;
  Print("source     {} · version {} of {}\n", r.source_id, r.version, (*source)->versions.size());
  Print("title      {}\noutlet     {}\nauthor     {}\npublished  {}\nurl        {}\nlanguage   {}\n",
        OrDash(r.metadata.title), OrDash(r.metadata.outlet), OrDash(r.metadata.author),
        OrDash(r.metadata.published), OrDash(r.metadata.url), OrDash(r.metadata.language));
  Print("identity   {}:{}\n", r.identity_kind, r.identity_value);
  Print("text       {} bytes · {} · sha256 {} · scripts {}\n", r.text_bytes, r.format, r.text_sha256,
        scripts.empty() ? "—" : scripts);
  Print("recorded   {} by {} (event {}, from {})\n", shown->event.recorded_at,
        shown->event.recorded_by, shown->event.position, r.origin_input);
  Print("stories    {}\n\n", stories.empty() ? "—" : stories);
  Print("{}", shown->text);
  if (!shown->text.empty() && shown->text.back() != '\n') Print("\n");
  return kExitOk;
}

}  // namespace dossier::cli
