// Ingester: records articles as sources, each article's events together in one atomic append.
//
// Identity: a source is its url, else its explicit id, else its text's SHA-256. Its id is the
// first 16 hex digits of SHA-256("<kind>:<value>"). The same text and metadata again is a no-op;
// a changed text or metadata for the same identity is the next version. The text goes into the
// store's content-addressed blobs byte for byte. With a story, the source is attached to it (the
// story is created on first use).
//
// Bulk ingest: `Extract` (the costly part, which needs no store) may run on other threads ahead of
// the writer; `Stage` then queues an article's events after those staged before it and `Commit`
// appends everything staged in one atomic append, so that a group of articles costs one synced
// write. The log is the same whatever the grouping: the events, in input order, are identical.
//
// REQUIRES: the store is open for writing and outlives the Ingester.
// Thread-safety: `Extract` is safe from any thread at once; everything else is for one thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "dossier/claim.h"
#include "dossier/event_store.h"
#include "dossier/figure.h"
#include "ingest/article.h"
#include "model/source_events.h"
#include "project/proj_actors.h"
#include "project/proj_sources.h"

namespace dossier {

struct IngestOptions {
  std::string recorded_by;
  std::string correlation;
  std::optional<std::string> story_slug;
  std::optional<std::string> story_title;  // used when the story is created
};

enum class IngestOutcome { kNew, kRevised, kUnchanged };

// What extraction finds in one article's text, before it is tied to a source version.
struct ArticleExtraction {
  std::vector<Figure> figures;
  ClaimExtraction claims;
};

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
  // Reads the gazetteer and, with a story, whether it exists (the sources already in it are read
  // one by one as articles come: no read grows with the story). Fails on a bad slug.
  static Result<Ingester> Create(EventStore* store, IngestOptions options);

  // Stage + Commit: the article recorded in its own append.
  Result<IngestResult> Ingest(const Article& article, const std::string& input, std::optional<uint64_t> line);

  // The figures and claims of `article`'s text, read with the gazetteer of the store at Create.
  ArticleExtraction Extract(const Article& article) const;

  // Whether the store holds `article` as its source's latest version already (what is staged does
  // not count): Stage would find it unchanged unless something staged before it changes that.
  Result<bool> IsRecorded(const Article& article) const;

  // Queues the article's events after those staged before it; `extraction` is Extract(article)
  // when known (it is computed here when needed and not given). Nothing is written until Commit.
  // The result says what Commit will record.
  Result<IngestResult> Stage(const Article& article, const std::string& input, std::optional<uint64_t> line,
                             const ArticleExtraction* extraction = nullptr);

  // Appends everything staged in one atomic append. On an error nothing staged is recorded, and
  // the Ingester is as it was before those Stage calls.
  Status Commit();
  // Drops what is staged.
  void Discard();

 private:
  Ingester(EventStore* store, IngestOptions options) : store_(store), options_(std::move(options)) {}

  // The latest version of a source stream that the store holds.
  Result<std::optional<SourceRecorded>> RecordedLatest(const std::string& stream) const;
  // The version of `stream` after what is staged; on its first use in this group, expects it.
  Result<uint64_t> ExpectStream(const std::string& stream);
  // ExpectStream of a stream known not to exist yet, without looking it up.
  void ExpectNewStream(const std::string& stream);
  // Whether the source is in the story already: attached by this Ingester, or as the sources
  // projection (caught up at Create; this Ingester is the only writer since) has it.
  Result<bool> InStory(const std::string& source_id) const;

  EventStore* store_;
  IngestOptions options_;
  bool story_exists_ = false;
  std::set<std::string> attached_;  // sources this Ingester attached to the story
  SourcesProjection sources_;       // with a story: the stories of the sources recorded before
  std::shared_ptr<const RecordedGazetteer> gazetteer_;  // the actors claims are read with

  // What is staged for the next Commit.
  AppendBatch staged_;
  std::map<std::string, SourceRecorded, std::less<>> staged_latest_;  // by source stream
  std::map<std::string, uint64_t, std::less<>> staged_versions_;       // by stream, after the staged events
  std::set<std::string> staged_attached_;
  bool staged_story_created_ = false;
};

}  // namespace dossier
