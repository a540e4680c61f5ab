#include "ingest/ingester.h"

#include <algorithm>

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
  uint64_t story_version = 0;
  DOSSIER_ASSIGN_OR_RETURN(story_version, store->StreamVersion(StoryStream(slug)));
  ingester.story_exists_ = story_version > 0;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &ingester.sources_, /*persist=*/true));
  return ingester;
}

Result<bool> Ingester::InStory(const std::string& source_id) const {
  if (attached_.count(source_id) != 0) return true;
  const SourceSummary* source = nullptr;
  DOSSIER_ASSIGN_OR_RETURN(source, sources_.Find(source_id));
  return source != nullptr &&
         std::find(source->stories.begin(), source->stories.end(), *options_.story_slug) != source->stories.end();
}

namespace {

// The identity and id of the source `article` is a version of.
SourceRecorded IdentityOf(const Article& article) {
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
  return recorded;
}

bool SameVersion(const SourceRecorded& latest, const SourceRecorded& recorded, const Article& article) {
  return latest.text_sha256 == recorded.text_sha256 && latest.metadata == article.metadata;
}

}  // namespace

Result<IngestResult> Ingester::Ingest(const Article& article, const std::string& input,
                                      std::optional<uint64_t> line) {
  Result<IngestResult> result = Stage(article, input, line);
  if (!result.ok()) return result;
  DOSSIER_RETURN_IF_ERROR(Commit());
  return result;
}

ArticleExtraction Ingester::Extract(const Article& article) const {
  return {ExtractFigures(article.text, article.metadata.published.value_or("")),
          ExtractClaims(article.text, gazetteer_->gazetteer, {article.metadata.author, article.metadata.outlet})};
}

Result<std::optional<SourceRecorded>> Ingester::RecordedLatest(const std::string& stream) const {
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
  return latest;
}

Result<bool> Ingester::IsRecorded(const Article& article) const {
  const SourceRecorded recorded = IdentityOf(article);
  std::optional<SourceRecorded> latest;
  DOSSIER_ASSIGN_OR_RETURN(latest, RecordedLatest(SourceStream(recorded.source_id)));
  return latest && SameVersion(*latest, recorded, article);
}

Result<uint64_t> Ingester::ExpectStream(const std::string& stream) {
  auto staged = staged_versions_.find(stream);
  if (staged != staged_versions_.end()) return staged->second;
  uint64_t version = 0;
  DOSSIER_ASSIGN_OR_RETURN(version, store_->StreamVersion(stream));
  staged_.expected.emplace_back(stream, static_cast<int64_t>(version));
  staged_versions_.emplace(stream, version);
  return version;
}

void Ingester::ExpectNewStream(const std::string& stream) {
  if (staged_versions_.count(stream) != 0) return;
  staged_.expected.emplace_back(stream, 0);
  staged_versions_.emplace(stream, 0);
}

Result<IngestResult> Ingester::Stage(const Article& article, const std::string& input, std::optional<uint64_t> line,
                                     const ArticleExtraction* extraction) {
  SourceRecorded recorded = IdentityOf(article);
  const std::string stream = SourceStream(recorded.source_id);

  // The source's latest version, staged or recorded, to tell new, revised and unchanged apart.
  std::optional<SourceRecorded> latest;
  if (auto staged = staged_latest_.find(stream); staged != staged_latest_.end()) {
    latest = staged->second;
  } else {
    DOSSIER_ASSIGN_OR_RETURN(latest, RecordedLatest(stream));
  }

  IngestResult result;
  result.source_id = recorded.source_id;
  if (latest && SameVersion(*latest, recorded, article)) {
    result.outcome = IngestOutcome::kUnchanged;
    result.version = latest->version;
  } else {
    const std::string figures_stream = FiguresStream(recorded.source_id);
    const std::string claims_stream = ClaimsStream(recorded.source_id);
    const uint64_t current_version = latest ? latest->version : 0;
    if (!staged_versions_.count(stream)) {
      staged_.expected.emplace_back(stream, static_cast<int64_t>(current_version));
      staged_versions_.emplace(stream, current_version);
    }
    // A source's figures and claims streams begin after its first version: a new source has none,
    // which the append checks, so they are not looked up (two stream-index seeks an article, each
    // through every level of a large store).
    uint64_t figures_version = 0, claims_version = 0;
    if (latest) {
      DOSSIER_ASSIGN_OR_RETURN(figures_version, ExpectStream(figures_stream));
      DOSSIER_ASSIGN_OR_RETURN(claims_version, ExpectStream(claims_stream));
    } else {
      ExpectNewStream(figures_stream);
      ExpectNewStream(claims_stream);
    }

    result.outcome = latest ? IngestOutcome::kRevised : IngestOutcome::kNew;
    result.version = current_version + 1;
    recorded.version = result.version;
    recorded.text_bytes = article.text.size();
    recorded.format = article.format;
    recorded.metadata = article.metadata;
    recorded.scripts = ScriptsIn(article.text);
    recorded.origin_input = input;
    recorded.origin_line = line;
    staged_.events.push_back({stream, std::string(kSourceRecorded), 1, article.metadata.published, EncodePayload(recorded)});
    staged_.blobs.emplace_back(recorded.text_sha256, article.text);

    // The figures of this version are recorded with it, so a source is never without them; and its
    // claims, read with the actors recorded so far.
    std::optional<ArticleExtraction> extracted_here;
    if (!extraction) extraction = &extracted_here.emplace(Extract(article));
    FiguresExtracted figures =
        BuildFiguresExtracted(recorded.source_id, recorded.version, recorded.text_sha256, extraction->figures);
    staged_.events.push_back(MakeFiguresExtractedEvent(figures, article.metadata.published));
    const ClaimSourceRef claim_source{recorded.source_id, recorded.version, recorded.text_sha256,
                                      article.metadata.published, gazetteer_->digest,
                                      {article.metadata.author, article.metadata.outlet}};
    staged_.events.push_back(
        MakeClaimsExtractedEvent(BuildClaimsExtracted(claim_source, article.text, extraction->claims, figures.figures)));
    staged_versions_[stream] = current_version + 1;
    staged_versions_[figures_stream] = figures_version + 1;
    staged_versions_[claims_stream] = claims_version + 1;
    staged_latest_[stream] = std::move(recorded);
  }

  const std::optional<std::string>& slug = options_.story_slug;
  bool to_attach = slug && !staged_attached_.count(result.source_id);
  // A source with no version before this one is in no story yet.
  if (to_attach && latest) {
    bool in_story = false;
    DOSSIER_ASSIGN_OR_RETURN(in_story, InStory(result.source_id));
    to_attach = !in_story;
  }
  if (to_attach) {
    const std::string story = StoryStream(*slug);
    if (!story_exists_ && !staged_story_created_) {
      staged_.expected.emplace_back(story, kNoStream);
      StoryCreated created{*slug, options_.story_title.value_or(*slug)};
      staged_.events.push_back({story, std::string(kStoryCreated), 1, std::nullopt, EncodePayload(created)});
      staged_story_created_ = true;
    }
    staged_.events.push_back({story, std::string(kSourceAttached), 1, std::nullopt,
                              EncodePayload(SourceAttached{*slug, result.source_id})});
    staged_attached_.insert(result.source_id);
    result.attached_to_story = true;
  }
  return result;
}

Status Ingester::Commit() {
  Status appended = Status::OK();
  if (!staged_.events.empty()) {
    staged_.recorded_by = options_.recorded_by;
    staged_.correlation = options_.correlation;
    appended = store_->Append(staged_).status();
  }
  if (appended.ok()) {
    story_exists_ = story_exists_ || staged_story_created_;
    attached_.insert(staged_attached_.begin(), staged_attached_.end());
  }
  Discard();
  return appended;
}

void Ingester::Discard() {
  staged_ = AppendBatch();
  staged_latest_.clear();
  staged_versions_.clear();
  staged_attached_.clear();
  staged_story_created_ = false;
}

}  // namespace dossier
