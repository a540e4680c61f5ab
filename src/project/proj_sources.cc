#include "project/proj_sources.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kSourcePrefix = "source/";
constexpr std::string_view kStoryPrefix = "story/";
constexpr std::string_view kStorySourcePrefix = "story-source/";
constexpr std::string_view kArticlePrefix = "article/";
constexpr std::string_view kUrlPrefix = "url/";
constexpr std::string_view kRecordedPrefix = "recorded/";

void WriteStrings(JsonWriter& w, const std::vector<std::string>& values) {
  w.BeginArray();
  for (const auto& v : values) w.String(v);
  w.EndArray();
}

std::string Encode(const SourceSummary& s) {
  JsonWriter w;
  w.BeginObject()
      .Key("source_id").String(s.source_id)
      .Key("identity_kind").String(s.identity_kind)
      .Key("identity_value").String(s.identity_value)
      .Key("title").OptionalString(s.metadata.title)
      .Key("outlet").OptionalString(s.metadata.outlet)
      .Key("author").OptionalString(s.metadata.author)
      .Key("published").OptionalString(s.metadata.published)
      .Key("url").OptionalString(s.metadata.url)
      .Key("language").OptionalString(s.metadata.language)
      .Key("article_id").OptionalString(s.metadata.article_id)
      .Key("format").String(s.format)
      .Key("scripts");
  WriteStrings(w, s.scripts);
  w.Key("stories");
  WriteStrings(w, s.stories);
  w.Key("versions").BeginArray();
  for (const auto& v : s.versions) {
    w.BeginObject()
        .Key("version").Uint(v.version)
        .Key("position").Uint(v.position)
        .Key("text_sha256").String(v.text_sha256)
        .Key("text_bytes").Uint(v.text_bytes)
        .Key("recorded_at").String(v.recorded_at)
        .Key("recorded_by").String(v.recorded_by)
        .EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

Result<SourceSummary> DecodeSource(std::string_view json) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(json));
  SourceSummary s;
  DOSSIER_ASSIGN_OR_RETURN(s.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(s.identity_kind, o.String("identity_kind"));
  DOSSIER_ASSIGN_OR_RETURN(s.identity_value, o.String("identity_value"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.title, o.OptionalString("title"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.outlet, o.OptionalString("outlet"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.author, o.OptionalString("author"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.published, o.OptionalString("published"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.url, o.OptionalString("url"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.language, o.OptionalString("language"));
  DOSSIER_ASSIGN_OR_RETURN(s.metadata.article_id, o.OptionalString("article_id"));
  DOSSIER_ASSIGN_OR_RETURN(s.format, o.String("format"));
  DOSSIER_ASSIGN_OR_RETURN(s.scripts, o.StringArray("scripts"));
  DOSSIER_ASSIGN_OR_RETURN(s.stories, o.StringArray("stories"));
  std::vector<JsonObject> versions;
  DOSSIER_ASSIGN_OR_RETURN(versions, o.ObjectArray("versions"));
  for (const JsonObject& v : versions) {
    SourceVersionInfo info;
    DOSSIER_ASSIGN_OR_RETURN(info.version, v.Uint("version"));
    DOSSIER_ASSIGN_OR_RETURN(info.position, v.Uint("position"));
    DOSSIER_ASSIGN_OR_RETURN(info.text_sha256, v.String("text_sha256"));
    DOSSIER_ASSIGN_OR_RETURN(info.text_bytes, v.Uint("text_bytes"));
    DOSSIER_ASSIGN_OR_RETURN(info.recorded_at, v.String("recorded_at"));
    DOSSIER_ASSIGN_OR_RETURN(info.recorded_by, v.String("recorded_by"));
    s.versions.push_back(std::move(info));
  }
  return s;
}

// A story's row: its slug, title and how many sources joined it (their ids are rows of their own,
// so that a source joining a story of any size writes two small rows).
struct StoryRow {
  std::string slug, title;
  uint64_t sources = 0;
};

std::string Encode(const StoryRow& s) {
  JsonWriter w;
  w.BeginObject().Key("slug").String(s.slug).Key("title").String(s.title).Key("sources").Uint(s.sources).EndObject();
  return w.Take();
}

Result<StoryRow> DecodeStory(std::string_view json) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(json));
  StoryRow s;
  DOSSIER_ASSIGN_OR_RETURN(s.slug, o.String("slug"));
  DOSSIER_ASSIGN_OR_RETURN(s.title, o.String("title"));
  DOSSIER_ASSIGN_OR_RETURN(s.sources, o.Uint("sources"));
  return s;
}

std::string Key(std::string_view prefix, std::string_view id) { return std::string(prefix) + std::string(id); }

std::string StorySourcesPrefix(std::string_view slug) { return Key(kStorySourcePrefix, slug) + '\0'; }

// The rows that find `s` by its article id and url.
std::vector<std::string> LookupKeys(const SourceSummary& s) {
  std::vector<std::string> keys;
  if (s.metadata.article_id) keys.push_back(Key(kArticlePrefix, *s.metadata.article_id) + '\0' + s.source_id);
  if (s.metadata.url) keys.push_back(Key(kUrlPrefix, *s.metadata.url) + '\0' + s.source_id);
  return keys;
}

Result<std::optional<SourceSummary>> ReadSource(const ProjectionRows& rows, std::string_view source_id) {
  std::optional<std::string> value;
  DOSSIER_ASSIGN_OR_RETURN(value, rows.Get(Key(kSourcePrefix, source_id)));
  if (!value) return std::optional<SourceSummary>();
  SourceSummary s;
  DOSSIER_ASSIGN_OR_RETURN(s, DecodeSource(*value));
  return std::optional<SourceSummary>(std::move(s));
}

Result<StoryRow> ReadStory(const ProjectionRows& rows, std::string_view slug) {
  std::optional<std::string> value;
  DOSSIER_ASSIGN_OR_RETURN(value, rows.Get(Key(kStoryPrefix, slug)));
  if (!value) return StoryRow{};
  return DecodeStory(*value);
}

}  // namespace

Status SourcesProjection::Apply(const RecordedEvent& event) {
  if (event.type == kSourceRecorded) {
    SourceRecorded p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodeSourceRecorded(event.payload));
    std::optional<SourceSummary> stored;
    DOSSIER_ASSIGN_OR_RETURN(stored, ReadSource(rows(), p.source_id));
    if (!stored || stored->versions.empty()) {
      rows().Put(fmt::format("{}{:020}", kRecordedPrefix, event.position), p.source_id);
    }
    SourceSummary s = stored.value_or(SourceSummary{});
    for (std::string& key : LookupKeys(s)) rows().Delete(std::move(key));
    s.source_id = p.source_id;
    s.identity_kind = p.identity_kind;
    s.identity_value = p.identity_value;
    s.metadata = p.metadata;
    s.format = p.format;
    s.scripts = p.scripts;
    s.versions.push_back({p.version, event.position, p.text_sha256, p.text_bytes, event.recorded_at, event.recorded_by});
    for (std::string& key : LookupKeys(s)) rows().Put(std::move(key), "");
    rows().Put(Key(kSourcePrefix, s.source_id), Encode(s));
    sources_.erase(s.source_id);
  } else if (event.type == kStoryCreated) {
    StoryCreated p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodeStoryCreated(event.payload));
    StoryRow s;
    DOSSIER_ASSIGN_OR_RETURN(s, ReadStory(rows(), p.slug));
    s.slug = p.slug;
    s.title = p.title;
    rows().Put(Key(kStoryPrefix, p.slug), Encode(s));
  } else if (event.type == kSourceAttached) {
    SourceAttached p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodeSourceAttached(event.payload));
    StoryRow story;
    DOSSIER_ASSIGN_OR_RETURN(story, ReadStory(rows(), p.slug));
    rows().Put(StorySourcesPrefix(p.slug) + fmt::format("{:020}", story.sources++), p.source_id);
    rows().Put(Key(kStoryPrefix, p.slug), Encode(story));
    std::optional<SourceSummary> source;
    DOSSIER_ASSIGN_OR_RETURN(source, ReadSource(rows(), p.source_id));
    SourceSummary s = source.value_or(SourceSummary{});
    s.stories.push_back(p.slug);
    rows().Put(Key(kSourcePrefix, p.source_id), Encode(s));
    sources_.erase(p.source_id);
  }
  return Status::OK();
}

Status SourcesProjection::LoadAll() {
  sources_.clear();
  stories_.clear();
  Status decoded = Status::OK();
  auto read = [&](std::string_view prefix, auto&& fold) {
    return rows().Scan(prefix, [&](std::string_view key, std::string_view value) {
      decoded = fold(key, value);
      if (!decoded.ok()) decoded = decoded.WithContext(fmt::format("projection sources: row `{}`", key));
      return decoded.ok();
    });
  };
  DOSSIER_RETURN_IF_ERROR(read(kSourcePrefix, [&](std::string_view, std::string_view value) -> Status {
    SourceSummary s;
    DOSSIER_ASSIGN_OR_RETURN(s, DecodeSource(value));
    std::string id = s.source_id;
    sources_.emplace(std::move(id), std::move(s));
    return Status::OK();
  }));
  DOSSIER_RETURN_IF_ERROR(decoded);
  DOSSIER_RETURN_IF_ERROR(read(kStoryPrefix, [&](std::string_view key, std::string_view value) -> Status {
    StoryRow row;
    DOSSIER_ASSIGN_OR_RETURN(row, DecodeStory(value));
    StorySummary& s = stories_[std::string(key.substr(kStoryPrefix.size()))];
    s.slug = row.slug;
    s.title = row.title;
    return Status::OK();
  }));
  DOSSIER_RETURN_IF_ERROR(decoded);
  DOSSIER_RETURN_IF_ERROR(read(kStorySourcePrefix, [&](std::string_view key, std::string_view value) -> Status {
    const std::string_view rest = key.substr(kStorySourcePrefix.size());
    stories_[std::string(rest.substr(0, rest.find('\0')))].source_ids.emplace_back(value);
    return Status::OK();
  }));
  DOSSIER_RETURN_IF_ERROR(decoded);
  loaded_all_ = true;
  return Status::OK();
}

Status SourcesProjection::LoadStory(const std::string& slug) {
  std::optional<std::string> value;
  DOSSIER_ASSIGN_OR_RETURN(value, rows().Get(Key(kStoryPrefix, slug)));
  if (!value) return Status::OK();
  StoryRow row;
  DOSSIER_ASSIGN_OR_RETURN(row, DecodeStory(*value));
  StorySummary& s = stories_[slug];
  s.slug = row.slug;
  s.title = row.title;
  s.source_ids.clear();
  return rows().Scan(StorySourcesPrefix(slug), [&](std::string_view, std::string_view source_id) {
    s.source_ids.emplace_back(source_id);
    return true;
  });
}

Result<std::vector<StoryCount>> SourcesProjection::StoryCounts() const {
  std::vector<StoryCount> counts;
  Status decoded = Status::OK();
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kStoryPrefix, [&](std::string_view key, std::string_view value) {
    Result<StoryRow> row = DecodeStory(value);
    if (!row.ok()) {
      decoded = row.status().WithContext(fmt::format("projection sources: row `{}`", key));
      return false;
    }
    counts.push_back({std::string(key.substr(kStoryPrefix.size())), std::move(row->title), row->sources});
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(decoded);
  return counts;
}

Status SourcesProjection::ScanInRecordedOrder(const std::function<bool(const SourceSummary&)>& fn) const {
  Status failed = Status::OK();
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kRecordedPrefix, [&](std::string_view, std::string_view source_id) {
    Result<SourceSummary> source = Read(std::string(source_id));
    if (!source.ok()) {
      failed = source.status();
      return false;
    }
    return fn(*source);
  }));
  return failed;
}

Status SourcesProjection::ScanStory(const std::string& slug, const std::function<bool(const std::string&)>& fn) const {
  return rows().Scan(StorySourcesPrefix(slug), [&](std::string_view, std::string_view source_id) {
    return fn(std::string(source_id));
  });
}

Result<SourceSummary> SourcesProjection::Read(const std::string& source_id) const {
  std::optional<SourceSummary> source;
  DOSSIER_ASSIGN_OR_RETURN(source, ReadSource(rows(), source_id));
  if (!source) return Status::Corruption(fmt::format("projection sources: source {} is named but has no row", source_id));
  return std::move(*source);
}

Status SourcesProjection::ScanById(const std::function<bool(const SourceSummary&)>& fn) const {
  Status failed = Status::OK();
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kSourcePrefix, [&](std::string_view key, std::string_view value) {
    Result<SourceSummary> source = DecodeSource(value);
    if (!source.ok()) {
      failed = source.status().WithContext(fmt::format("projection sources: row `{}`", key));
      return false;
    }
    return fn(*source);
  }));
  return failed;
}

Result<const SourceSummary*> SourcesProjection::Find(const std::string& source_id) const {
  auto found = sources_.find(source_id);
  if (found != sources_.end()) return &found->second;
  if (loaded_all_) return nullptr;
  std::optional<SourceSummary> s;
  DOSSIER_ASSIGN_OR_RETURN(s, ReadSource(rows(), source_id));
  if (!s) return nullptr;
  return &sources_.emplace(source_id, std::move(*s)).first->second;
}

Result<const SourceSummary*> SourcesProjection::Resolve(std::string_view reference) const {
  const SourceSummary* exact = nullptr;
  DOSSIER_ASSIGN_OR_RETURN(exact, Find(std::string(reference)));
  if (exact != nullptr) return exact;
  // The ids that start with the reference, have an article id that does, or have it as url: no
  // more than kNamedMatches and one, enough to say that the reference is ambiguous, and some of
  // the sources it matches (a prefix of a million article ids must not read them all).
  constexpr size_t kNamedMatches = 10;
  std::set<std::string> matched_ids;
  auto collect = [&](std::string_view prefix, bool id_is_rest) {
    return rows().Scan(prefix, [&](std::string_view key, std::string_view) {
      const std::string_view rest = key.substr(prefix.size());
      const size_t nul = rest.find('\0');  // a url row's prefix holds it already
      matched_ids.emplace(id_is_rest ? key.substr(kSourcePrefix.size()) : nul == std::string_view::npos ? rest : rest.substr(nul + 1));
      return matched_ids.size() <= kNamedMatches;
    });
  };
  if (reference.size() >= 4) {
    DOSSIER_RETURN_IF_ERROR(collect(Key(kSourcePrefix, reference), /*id_is_rest=*/true));
    DOSSIER_RETURN_IF_ERROR(collect(Key(kArticlePrefix, reference), /*id_is_rest=*/false));
  }
  DOSSIER_RETURN_IF_ERROR(collect(Key(kUrlPrefix, reference) + '\0', /*id_is_rest=*/false));
  std::vector<const SourceSummary*> matches;
  for (const std::string& id : matched_ids) {
    const SourceSummary* s = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(s, Find(id));
    if (s == nullptr) return Status::Corruption(fmt::format("projection sources: a lookup row names source {}, which has no row", id));
    matches.push_back(s);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty()) {
    return Status::NotFound(fmt::format("no source `{}` (give a source id or 4 or more of its first digits, an "
                                        "article id or a url; `dossier sources` lists them)", reference));
  }
  std::string ids;
  for (size_t i = 0; i < std::min(matches.size(), kNamedMatches); ++i) ids += (ids.empty() ? "" : ", ") + matches[i]->source_id;
  if (matches.size() > kNamedMatches) ids += " and more";
  return Status::InvalidInput(fmt::format("`{}` is ambiguous: it matches sources {}", reference, ids));
}

}  // namespace dossier
