// SourcesProjection: the source list and the stories, folded from SourceRecorded, StoryCreated
// and SourceAttached. Rows (a query reads only those it needs; see doc/storage-format.md):
//   "source/<id>"                               the source (JSON)
//   "story/<slug>"                              the story's slug, title and number of sources (JSON)
//   "story-source/<slug>\0<n, 20 digits>"       the id of its n-th source (from 0)
//   "article/<article id>\0<source id>"         empty: the source of that article id
//   "url/<url>\0<source id>"                    empty: the source of that url
//   "recorded/<position, 20 digits>"            the id of the source first recorded there
#pragma once

#include <functional>
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

// A story's row alone: its slug, title and how many sources joined it.
struct StoryCount {
  std::string slug, title;
  uint64_t sources = 0;
};

class SourcesProjection final : public Projection {
 public:
  std::string_view name() const override { return "sources"; }
  int code_version() const override { return 3; }  // 3: recorded/ rows
  Status Apply(const RecordedEvent& event) override;

  // Reads every source and story (listings); sources() and stories() hold them after.
  Status LoadAll();
  const std::map<std::string, SourceSummary>& sources() const { return sources_; }
  const std::map<std::string, StorySummary>& stories() const { return stories_; }

  // Reads one story (its row and its sources' ids) into stories(), and none of the others; a
  // story the store does not hold stays absent.
  Status LoadStory(const std::string& slug);

  // Every story's row, by slug, without their sources' ids.
  Result<std::vector<StoryCount>> StoryCounts() const;
  // Each source in the order it was first recorded, read one at a time and not kept (listings of
  // every source), until `fn` returns false.
  Status ScanInRecordedOrder(const std::function<bool(const SourceSummary&)>& fn) const;
  // Each source in id order, read one at a time and not kept, until `fn` returns false.
  Status ScanById(const std::function<bool(const SourceSummary&)>& fn) const;
  // The ids of the story's sources in the order they joined it, until `fn` returns false.
  Status ScanStory(const std::string& slug, const std::function<bool(const std::string&)>& fn) const;
  // The source of this id, read and not kept (Corruption when it has no row).
  Result<SourceSummary> Read(const std::string& source_id) const;

  // Read in place (with or without LoadAll); the pointers live as long as the projection.
  // The source of this id, or null.
  Result<const SourceSummary*> Find(const std::string& source_id) const;
  // Finds a source by its id or article id, a unique prefix of either (at least 4 characters),
  // or its url. Errors say which sources an ambiguous prefix matches.
  Result<const SourceSummary*> Resolve(std::string_view reference) const;

 protected:
  void ForgetReadRows() override {
    sources_.clear();
    stories_.clear();
    loaded_all_ = false;
  }

 private:
  mutable std::map<std::string, SourceSummary> sources_;  // read so far (all after LoadAll)
  std::map<std::string, StorySummary> stories_;
  bool loaded_all_ = false;
};

}  // namespace dossier
