// dossier diff SOURCE A B: what changed between two versions of a source.
#include <fmt/format.h>

#include "cli/command.h"
#include "project/source_reader.h"
#include "util/json_writer.h"
#include "util/line_diff.h"

namespace dossier::cli {
namespace {

struct FieldChange {
  std::string_view field;
  std::optional<std::string> before, after;
};

std::vector<FieldChange> MetadataChanges(const SourceMetadata& a, const SourceMetadata& b) {
  std::vector<FieldChange> changes;
  auto compare = [&](std::string_view field, const std::optional<std::string>& x, const std::optional<std::string>& y) {
    if (x != y) changes.push_back({field, x, y});
  };
  compare("title", a.title, b.title);
  compare("outlet", a.outlet, b.outlet);
  compare("author", a.author, b.author);
  compare("published", a.published, b.published);
  compare("url", a.url, b.url);
  compare("language", a.language, b.language);
  compare("id", a.article_id, b.article_id);
  return changes;
}

Result<uint64_t> ParseVersion(const std::string& text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos ||
      std::stoull(text) == 0) {
    return Status::InvalidInput(fmt::format("`{}` is not a version number (1, 2, …)", text));
  }
  return std::stoull(text);
}

}  // namespace

int RunDiff(Context& context) {
  const auto& words = context.args.positional();
  if (words.size() != 3) {
    PrintError("diff needs SOURCE A B, e.g. `dossier diff 3f2a 1 2`");
    return kExitUsage;
  }
  Result<uint64_t> from = ParseVersion(words[1]);
  Result<uint64_t> to = ParseVersion(words[2]);
  if (!from.ok() || !to.ok()) {
    PrintError((from.ok() ? to.status() : from.status()).message());
    return kExitUsage;
  }
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<SourcesProjection> sources = OpenSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  Result<const SourceSummary*> source = sources->Resolve(words[0]);
  if (!source.ok()) return Fail(source.status());
  Result<SourceVersion> a = ReadSourceVersion(*store, **source, *from);
  if (!a.ok()) return Fail(a.status());
  Result<SourceVersion> b = ReadSourceVersion(*store, **source, *to);
  if (!b.ok()) return Fail(b.status());

  std::vector<FieldChange> changes = MetadataChanges(a->recorded.metadata, b->recorded.metadata);
  std::vector<DiffLine> lines = DiffLines(a->text, b->text);
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("source_id").String((*source)->source_id).Key("from").Uint(*from).Key("to").Uint(*to)
        .Key("from_sha256").String(a->recorded.text_sha256).Key("to_sha256").String(b->recorded.text_sha256)
        .Key("metadata").BeginArray();
    for (const FieldChange& c : changes) {
      w.BeginObject().Key("field").String(c.field).Key("from").OptionalString(c.before).Key("to")
          .OptionalString(c.after).EndObject();
    }
    w.EndArray().Key("lines").BeginArray();
    for (const DiffLine& line : lines) {
      if (line.op == DiffLine::kSame) continue;
      w.BeginObject().Key("op").String(line.op == DiffLine::kRemoved ? "removed" : "added");
      w.Key("line").Uint(line.op == DiffLine::kRemoved ? line.old_line : line.new_line);
      w.Key("text").String(line.text).EndObject();
    }
    w.EndArray().EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  Print("source {}: version {} → version {}\n", (*source)->source_id, *from, *to);
  for (const FieldChange& c : changes) {
    Print("{}: {} → {}\n", c.field, c.before.value_or("—"),
          c.after.value_or("—"));
  }
  if (a->recorded.text_sha256 == b->recorded.text_sha256) {
    Print("text unchanged (sha256 {})\n", a->recorded.text_sha256);
    return kExitOk;
  }
  Print("--- version {} (sha256 {})\n+++ version {} (sha256 {})\n", *from, a->recorded.text_sha256, *to,
        b->recorded.text_sha256);
  Print("{}", UnifiedHunks(lines));
  return kExitOk;
}

}  // namespace dossier::cli
