#include "ingest/ingester.h"

#include <fmt/format.h>

#include "model/claim_events.h"
#include "model/figure_events.h"
#include "model/source_events.h"
#include "util/sha256.h"
#include "util/utf8.h"

namespace dossier {

std::string SourceIdFor(std::string_view identity_kind, std::string_view identity_value) {
  return Sha256Hex(fmt::format("{}:{}", identity_kind, identity_value)).substr(0, 16);
}

bool IsValidStorySlug(std::string_view slug) {
  if (slug.empty() || slug.size() > 64 || slug.front() == '-' || slug.back() == '-') return false;
  for (size_t i = 0; i < slug.size(); ++i) {
    char c = slug[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && slug[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

Result<Ingester> Ingester::Create(EventStore* store, IngestOptions options) {
  Ingester ingester(store, std::move(options));
  Result<RecordedGazetteer> gazetteer = LoadGazetteer(store);
  if (!gazetteer.ok()) return gazetteer.status();
  ingester.gazetteer_ = std::make_shared<const RecordedGazetteer>(std::move(*gazetteer));
  if (!ingester.options_.story_slug) return ingester;
  const std::string& slug = *ingester.options_.story_slug;
  if (!IsValidStorySlug(slug)) {
    return Status::InvalidInput(fmt::format(
        "--story `{}`: a story slug is lowercase letters and digits in dash-separated words, e.g. ai-roi", slug));
  }
  Status decoded = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store->ReadStream(StoryStream(slug), [&](const RecordedEvent& e) {
    ingester.story_exists_ = true;
    if (e.type == kSourceAttached) {
      Result<SourceAttached> attached = DecodeSourceAttached(e.payload);
      if (!attached.ok()) {
        decoded = attached.status().WithContext(fmt::format("event {}", e.position));
        return false;
      }
      ingester.attached_.insert(attached->source_id);
    }
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(decoded);
  return ingester;
}

Result<IngestResult> Ingester::Ingest(const Article& article, const std::string& input,
                                      std::optional<uint64_t> line) {
  SourceRecorded recorded;
  recorded.text_sha256 = Sha256Hex(article.text);
  if (article.metadata.url) {
    recorded.identity_kind = "url";
    recorded.identity_value = *article.metadata.url;
  } else if (article.metadata.article_id) {
    recorded.identity_kind = "id";
    recorded.identity_value = *article.metadata.article_id;
  } else {
    recorded.identity_kind = "content";
    recorded.identity_value = recorded.text_sha256;
  }
  recorded.source_id = SourceIdFor(recorded.identity_kind, recorded.identity_value);
  const std::string stream = SourceStream(recorded.source_id);

  // The source's latest version, to tell new, revised and unchanged apart.
  std::optional<SourceRecorded> latest;
  Status decoded = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store_->ReadStream(stream, [&](const RecordedEvent& e) {
    if (e.type != kSourceRecorded) return true;
    Result<SourceRecorded> previous = DecodeSourceRecorded(e.payload);
    if (!previous.ok()) {
      decoded = previous.status().WithContext(fmt::format("event {}", e.position));
      return false;
    }
    latest = std::move(*previous);
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(decoded);

  IngestResult result;
  result.source_id = recorded.source_id;
  AppendBatch batch;
  batch.recorded_by = options_.recorded_by;
  batch.correlation = options_.correlation;
  const uint64_t current_version = latest ? latest->version : 0;
  if (latest && latest->text_sha256 == recorded.text_sha256 && latest->metadata == article.metadata) {
    result.outcome = IngestOutcome::kUnchanged;
    result.version = latest->version;
  } else {
    result.outcome = latest ? IngestOutcome::kRevised : IngestOutcome::kNew;
    result.version = current_version + 1;
    recorded.version = result.version;
    recorded.text_bytes = article.text.size();
    recorded.format = article.format;
    recorded.metadata = article.metadata;
    recorded.scripts = ScriptsIn(article.text);
    recorded.origin_input = input;
    recorded.origin_line = line;
    batch.expected.emplace_back(stream, static_cast<int64_t>(current_version));
    batch.events.push_back({stream, std::string(kSourceRecorded), 1, article.metadata.published, EncodePayload(recorded)});
    batch.blobs.emplace_back(recorded.text_sha256, article.text);

    // The figures of this version are recorded with it, so a source is never without them.
    const std::string figures_stream = FiguresStream(recorded.source_id);
    uint64_t figures_version = 0;
    DOSSIER_ASSIGN_OR_RETURN(figures_version, store_->StreamVersion(figures_stream));
    batch.expected.emplace_back(figures_stream, static_cast<int64_t>(figures_version));
    FiguresExtracted figures =
        ExtractSourceFigures(recorded.source_id, recorded.version, recorded.text_sha256, article.text);
    batch.events.push_back(MakeFiguresExtractedEvent(figures, article.metadata.published));

    // And its claims, read with the actors recorded so far.
    const std::string claims_stream = ClaimsStream(recorded.source_id);
    uint64_t claims_version = 0;
    DOSSIER_ASSIGN_OR_RETURN(claims_version, store_->StreamVersion(claims_stream));
    batch.expected.emplace_back(claims_stream, static_cast<int64_t>(claims_version));
    const ClaimSourceRef claim_source{recorded.source_id, recorded.version, recorded.text_sha256,
                                      article.metadata.published, gazetteer_->digest,
                                      {article.metadata.author, article.metadata.outlet}};
    batch.events.push_back(MakeClaimsExtractedEvent(
        ExtractSourceClaims(claim_source, article.text, gazetteer_->gazetteer, figures.figures)));
  }

  const std::optional<std::string>& slug = options_.story_slug;
  if (slug && !attached_.count(recorded.source_id)) {
    const std::string story = StoryStream(*slug);
    if (!story_exists_) {
      batch.expected.emplace_back(story, kNoStream);
      StoryCreated created{*slug, options_.story_title.value_or(*slug)};
      batch.events.push_back({story, std::string(kStoryCreated), 1, std::nullopt, EncodePayload(created)});
    }
    batch.events.push_back({story, std::string(kSourceAttached), 1, std::nullopt,
                            EncodePayload(SourceAttached{*slug, recorded.source_id})});
    result.attached_to_story = true;
  }
  if (batch.events.empty()) return result;
  Result<AppendResult> appended = store_->Append(batch);
  if (!appended.ok()) return appended.status();
  if (slug) {
    story_exists_ = true;
    attached_.insert(recorded.source_id);
  }
  return result;
}

}  // namespace dossier
