// Ingester: records articles as sources, one atomic append per article.
//
// Identity: a source is its url, else its explicit id, else its text's SHA-256. Its id is the
// first 16 hex digits of SHA-256("<kind>:<value>"). The same text and metadata again is a no-op;
// a changed text or metadata for the same identity is the next version. The text goes into the
// store's content-addressed blobs byte for byte. With a story, the source is attached to it (the
// story is created on first use).
//
// REQUIRES: the store is open for writing and outlives the Ingester.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "dossier/event_store.h"
#include "ingest/article.h"
#include "project/proj_actors.h"

namespace dossier {

struct IngestOptions {
  std::string recorded_by;
  std::string correlation;
  std::optional<std::string> story_slug;
  std::optional<std::string> story_title;  // used when the story is created
};

enum class IngestOutcome { kNew, kRevised, kUnchanged };

struct IngestResult {
  IngestOutcome outcome = IngestOutcome::kNew;
  std::string source_id;
  uint64_t version = 0;          // the source's version after this article
  bool attached_to_story = false;  // a SourceAttached was recorded
};

// The source id for an identity kind and value.
std::string SourceIdFor(std::string_view identity_kind, std::string_view identity_value);

// Whether `slug` is a story slug: lowercase letters and digits in dash-separated words.
bool IsValidStorySlug(std::string_view slug);

class Ingester {
 public:
  // Loads the story's state when there is one. Fails on a bad slug.
  static Result<Ingester> Create(EventStore* store, IngestOptions options);

  Result<IngestResult> Ingest(const Article& article, const std::string& input, std::optional<uint64_t> line);

 private:
  Ingester(EventStore* store, IngestOptions options) : store_(store), options_(std::move(options)) {}

  EventStore* store_;
  IngestOptions options_;
  bool story_exists_ = false;
  std::set<std::string> attached_;  // sources already in the story
  std::shared_ptr<const RecordedGazetteer> gazetteer_;  // the actors claims are read with
};

}  // namespace dossier
