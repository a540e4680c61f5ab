#include "project/proj_sources.h"

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kSourcePrefix = "source/";
constexpr std::string_view kStoryPrefix = "story/";

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

std::string Encode(const StorySummary& s) {
  JsonWriter w;
  w.BeginObject().Key("slug").String(s.slug).Key("title").String(s.title).Key("source_ids");
  WriteStrings(w, s.source_ids);
  w.EndObject();
  return w.Take();
}

Result<StorySummary> DecodeStory(std::string_view json) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(json));
  StorySummary s;
  DOSSIER_ASSIGN_OR_RETURN(s.slug, o.String("slug"));
  DOSSIER_ASSIGN_OR_RETURN(s.title, o.String("title"));
  DOSSIER_ASSIGN_OR_RETURN(s.source_ids, o.StringArray("source_ids"));
  return s;
}

}  // namespace

Status SourcesProjection::Restore(std::string_view key, std::string_view value) {
  if (key.substr(0, kSourcePrefix.size()) == kSourcePrefix) {
    SourceSummary summary;
    DOSSIER_ASSIGN_OR_RETURN(summary, DecodeSource(value));
    sources_[summary.source_id] = std::move(summary);
  } else if (key.substr(0, kStoryPrefix.size()) == kStoryPrefix) {
    StorySummary summary;
    DOSSIER_ASSIGN_OR_RETURN(summary, DecodeStory(value));
    stories_[summary.slug] = std::move(summary);
  } else {
    return Status::Corruption(fmt::format("unknown key `{}`", key));
  }
  return Status::OK();
}

Status SourcesProjection::Apply(const RecordedEvent& event) {
  if (event.type == kSourceRecorded) {
    SourceRecorded p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodeSourceRecorded(event.payload));
    SourceSummary& s = sources_[p.source_id];
    s.source_id = p.source_id;
    s.identity_kind = p.identity_kind;
    s.identity_value = p.identity_value;
    s.metadata = p.metadata;
    s.format = p.format;
    s.scripts = p.scripts;
    s.versions.push_back({p.version, event.position, p.text_sha256, p.text_bytes, event.recorded_at, event.recorded_by});
    changed_.insert(std::string(kSourcePrefix) + p.source_id);
  } else if (event.type == kStoryCreated) {
    StoryCreated p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodeStoryCreated(event.payload));
    StorySummary& s = stories_[p.slug];
    s.slug = p.slug;
    s.title = p.title;
    changed_.insert(std::string(kStoryPrefix) + p.slug);
  } else if (event.type == kSourceAttached) {
    SourceAttached p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodeSourceAttached(event.payload));
    stories_[p.slug].source_ids.push_back(p.source_id);
    sources_[p.source_id].stories.push_back(p.slug);
    changed_.insert(std::string(kStoryPrefix) + p.slug);
    changed_.insert(std::string(kSourcePrefix) + p.source_id);
  }
  return Status::OK();
}

void SourcesProjection::TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) {
  for (const std::string& key : changed_) {
    if (key.substr(0, kSourcePrefix.size()) == kSourcePrefix) {
      puts->emplace_back(key, Encode(sources_.at(key.substr(kSourcePrefix.size()))));
    } else {
      puts->emplace_back(key, Encode(stories_.at(key.substr(kStoryPrefix.size()))));
    }
  }
  changed_.clear();
}

Result<const SourceSummary*> SourcesProjection::Resolve(std::string_view reference) const {
  auto exact = sources_.find(std::string(reference));
  if (exact != sources_.end()) return &exact->second;
  std::vector<const SourceSummary*> matches;
  for (const auto& [id, summary] : sources_) {
    auto starts_with = [&](std::string_view name) {
      return reference.size() >= 4 && name.substr(0, reference.size()) == reference;
    };
    if (starts_with(id) || (summary.metadata.article_id && starts_with(*summary.metadata.article_id)) ||
        summary.metadata.url == reference) {
      matches.push_back(&summary);
    }
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty()) {
    return Status::NotFound(fmt::format("no source `{}` (give a source id or 4 or more of its first digits, an "
                                        "article id or a url; `dossier sources` lists them)", reference));
  }
  std::string ids;
  for (const auto* m : matches) ids += (ids.empty() ? "" : ", ") + m->source_id;
  return Status::InvalidInput(fmt::format("`{}` is ambiguous: it matches sources {}", reference, ids));
}

}  // namespace dossier
