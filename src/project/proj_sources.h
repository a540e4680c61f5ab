// SourcesProjection: the source list and the stories, folded from SourceRecorded, StoryCreated
// and SourceAttached. Stored as "source/<id>" and "story/<slug>" keys holding JSON.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "dossier/projection.h"
#include "model/source_events.h"

namespace dossier {

struct SourceVersionInfo {
  uint64_t version = 0;
  uint64_t position = 0;  // of its SourceRecorded event
  std::string text_sha256;
  uint64_t text_bytes = 0;
  std::string recorded_at;
  std::string recorded_by;
};

struct SourceSummary {
  std::string source_id;
  std::string identity_kind, identity_value;
  SourceMetadata metadata;  // of the latest version
  std::string format;
  std::vector<std::string> scripts;
  std::vector<SourceVersionInfo> versions;  // in version order
  std::vector<std::string> stories;         // slugs, in the order the source joined them
};

struct StorySummary {
  std::string slug, title;
  std::vector<std::string> source_ids;  // in the order they joined
};

class SourcesProjection final : public Projection {
 public:
  std::string_view name() const override { return "sources"; }
  int code_version() const override { return 1; }
  Status Restore(std::string_view key, std::string_view value) override;
  Status Apply(const RecordedEvent& event) override;
  void TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) override;

  const std::map<std::string, SourceSummary>& sources() const { return sources_; }
  const std::map<std::string, StorySummary>& stories() const { return stories_; }

  // Finds a source by its id or article id, a unique prefix of either (at least 4 characters),
  // or its url. Errors say which sources an ambiguous prefix matches.
  Result<const SourceSummary*> Resolve(std::string_view reference) const;

 private:
  std::map<std::string, SourceSummary> sources_;
  std::map<std::string, StorySummary> stories_;
  std::set<std::string> changed_;  // keys
};

}  // namespace dossier
