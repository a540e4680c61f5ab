#include "brief/briefing_versions.h"

#include <fmt/format.h>

#include "brief/render_json.h"
#include "brief/render_markdown.h"
#include "util/sha256.h"

namespace dossier {

namespace {

Result<PublishedBriefing> Decode(const RecordedEvent& event) {
  if (event.type != kBriefingPublished) {
    return Status::Corruption(fmt::format("event {}: a {} in briefing stream {}", event.position, event.type,
                                          event.stream));
  }
  Result<BriefingPublished> payload = DecodeBriefingPublished(event.payload);
  if (!payload.ok()) return Status::Corruption(fmt::format("event {}: {}", event.position, payload.status().message()));
  return PublishedBriefing{std::move(*payload), event.position, event.recorded_at, event.recorded_by};
}

}  // namespace

Result<std::vector<PublishedBriefing>> ListPublishedBriefings(const EventStore& store, std::string_view slug) {
  std::vector<PublishedBriefing> versions;
  Status problem = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store.ReadStream(BriefingStream(slug), [&](const RecordedEvent& event) {
    Result<PublishedBriefing> version = Decode(event);
    if (!version.ok()) {
      problem = version.status();
      return false;
    }
    versions.push_back(std::move(*version));
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  return versions;
}

Result<PublishedBriefing> FindPublishedBriefing(const EventStore& store, std::string_view slug, uint64_t version) {
  const std::string stream = BriefingStream(slug);
  uint64_t count = 0;
  DOSSIER_ASSIGN_OR_RETURN(count, store.StreamVersion(stream));
  if (version < 1 || version > count) {
    const std::string published = count == 0   ? "none is published yet"
                                  : count == 1 ? "only Version 1 is published"
                                               : fmt::format("Versions 1–{} are published", count);
    return Status::NotFound(fmt::format("the briefing of {} has no Version {}: {}", slug, version, published));
  }
  RecordedEvent event;
  DOSSIER_ASSIGN_OR_RETURN(event, store.ReadStreamEvent(stream, version));
  return Decode(event);
}

Result<std::optional<PublishedBriefing>> LastPublishedBriefing(const EventStore& store, std::string_view slug) {
  uint64_t count = 0;
  DOSSIER_ASSIGN_OR_RETURN(count, store.StreamVersion(BriefingStream(slug)));
  if (count == 0) return std::optional<PublishedBriefing>();
  PublishedBriefing last;
  DOSSIER_ASSIGN_OR_RETURN(last, FindPublishedBriefing(store, slug, count));
  return std::optional<PublishedBriefing>(std::move(last));
}

std::string BriefingContentSha256(Briefing briefing) {
  briefing.version = 0;
  briefing.timestamp.clear();
  briefing.log_position = 0;
  return Sha256Hex(RenderBriefingJson(briefing));
}

Result<PublishOutcome> PublishBriefing(EventStore* store, Briefing draft, const std::optional<PublishedBriefing>& last,
                                       const std::string& recorded_by, const std::string& correlation) {
  PublishOutcome outcome;
  const std::string content_sha256 = BriefingContentSha256(draft);
  if (last && last->published.content_sha256 == content_sha256) {
    outcome.version = last->published.version;
    outcome.position = last->position;
    return outcome;
  }
  // The stream holds only BriefingPublished events: its version is the last briefing's.
  const uint64_t last_version = last ? last->published.version : 0;
  draft.version = last_version + 1;
  std::string json = RenderBriefingJson(draft);
  outcome.markdown = RenderBriefingMarkdown(draft, kMarkdownRenderer);

  BriefingPublished event;
  event.story = draft.story;
  event.version = draft.version;
  event.log_position = draft.log_position;
  event.sources = draft.sources.size();
  event.content_sha256 = content_sha256;
  event.markdown_sha256 = Sha256Hex(outcome.markdown);
  event.briefing_sha256 = Sha256Hex(json);
  event.briefing_bytes = json.size();
  event.renderer = kMarkdownRenderer;

  AppendBatch batch;
  batch.recorded_by = recorded_by;
  batch.correlation = correlation;
  const std::string stream = BriefingStream(draft.story);
  batch.expected.emplace_back(stream, static_cast<int64_t>(last_version));
  batch.events.push_back({stream, std::string(kBriefingPublished), 1, std::nullopt, EncodePayload(event)});
  batch.blobs.emplace_back(event.briefing_sha256, std::move(json));
  AppendResult appended;
  DOSSIER_ASSIGN_OR_RETURN(appended, store->Append(batch));
  outcome.recorded = true;
  outcome.version = draft.version;
  outcome.position = appended.last_position;
  outcome.briefing = std::move(draft);
  return outcome;
}

Result<Briefing> ReadPublishedBriefing(const EventStore& store, const PublishedBriefing& version) {
  const BriefingPublished& p = version.published;
  const std::string what = fmt::format("Version {} of briefing {} (event {})", p.version, p.story, version.position);
  Result<std::string> json = store.GetBlob(p.briefing_sha256);
  if (!json.ok()) {
    if (json.status().code() != Status::Code::kNotFound) return json.status();
    return Status::Corruption(fmt::format("{}: its JSON {} is missing from the store", what, p.briefing_sha256));
  }
  if (Sha256Hex(*json) != p.briefing_sha256) {
    return Status::Corruption(fmt::format("{}: the stored JSON does not match its SHA-256 {}", what, p.briefing_sha256));
  }
  Result<Briefing> briefing = ParseBriefingJson(*json);
  if (!briefing.ok()) {
    return Status::Corruption(fmt::format("{}: the stored JSON does not read back: {}", what, briefing.status().message()));
  }
  if (RenderBriefingJson(*briefing) != *json) {
    return Status::Corruption(fmt::format("{}: the stored JSON does not render back to the same bytes", what));
  }
  return briefing;
}

Result<std::string> RenderPublishedMarkdown(const PublishedBriefing& version, const Briefing& briefing) {
  const BriefingPublished& p = version.published;
  if (p.renderer > static_cast<uint64_t>(kMarkdownRenderer)) {
    return Status::NotSupported(fmt::format("Version {} of briefing {} (event {}) was published by Markdown renderer "
                                            "{}; this dossier has renderers 1 to {}: upgrade dossier to show it",
                                            p.version, p.story, version.position, p.renderer, kMarkdownRenderer));
  }
  const std::string markdown = RenderBriefingMarkdown(briefing, static_cast<int>(p.renderer));
  DOSSIER_RETURN_IF_ERROR(CheckPublishedMarkdown(version, markdown));
  return markdown;
}

Status CheckPublishedMarkdown(const PublishedBriefing& version, std::string_view markdown) {
  const BriefingPublished& p = version.published;
  const std::string sha = Sha256Hex(markdown);
  if (sha == p.markdown_sha256) return Status::OK();
  return Status::Corruption(fmt::format("Version {} of briefing {} (event {}) renders to Markdown with SHA-256 {}, not "
                                        "the {} published",
                                        p.version, p.story, version.position, sha, p.markdown_sha256));
}

}  // namespace dossier
