#include "audit/verify.h"

#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "model/briefing_events.h"
#include "model/envelope.h"
#include "model/source_events.h"
#include "util/sha256.h"

namespace dossier {
namespace {

// What the events say the other parts of the store must hold.
struct Expectations {
  std::unordered_map<std::string, uint64_t> stream_versions;  // stream -> last version
  std::map<std::pair<std::string, uint64_t>, uint64_t> index;  // (stream, version) -> position
  std::map<std::string, std::pair<uint64_t, uint64_t>> texts;  // sha256 -> (bytes, position): sources', briefings'
};

Status CheckEvents(const EventStore& store, VerifyReport* report, Expectations* expect) {
  std::string prev = GenesisHash();
  uint64_t expected_position = 1;
  Status problem = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store.ScanEncodedEvents([&](uint64_t key, std::string_view bytes) {
    auto fail = [&](Status s) {
      problem = std::move(s);
      return false;
    };
    if (key != expected_position) {
      return fail(Status::Corruption(fmt::format("event {}: missing (the next stored event is at {})",
                                                 expected_position, key)));
    }
    Result<RecordedEvent> event = DecodeEvent(bytes);
    if (!event.ok()) return fail(event.status().WithContext(fmt::format("event {}", key)));
    if (Status link = CheckEventLink(bytes, *event, key, prev); !link.ok()) return fail(link);
    uint64_t& version = expect->stream_versions[event->stream];
    if (event->version != ++version) {
      return fail(Status::Corruption(fmt::format("event {}: stream {} jumps to version {} after {}", key,
                                                 event->stream, event->version, version - 1)));
    }
    expect->index[{event->stream, event->version}] = key;
    if (event->type == kSourceRecorded) {
      Result<SourceRecorded> source = DecodeSourceRecorded(event->payload);
      if (!source.ok()) return fail(source.status().WithContext(fmt::format("event {}", key)));
      expect->texts.emplace(source->text_sha256, std::make_pair(source->text_bytes, key));
    } else if (event->type == kBriefingPublished) {
      Result<BriefingPublished> published = DecodeBriefingPublished(event->payload);
      if (!published.ok()) return fail(published.status().WithContext(fmt::format("event {}", key)));
      expect->texts.emplace(published->briefing_sha256, std::make_pair(published->briefing_bytes, key));
    }
    prev = event->hash;
    report->events = key;
    ++expected_position;
    return true;
  }));
  report->chain_head = prev;
  if (!problem.ok()) return problem;
  if (store.head_position() != report->events) {
    return Status::Corruption(fmt::format("the store's head says {} events but {} are stored", store.head_position(),
                                          report->events));
  }
  if (store.chain_head() != prev) {
    return Status::Corruption(fmt::format("the store's chain head is not the hash of event {}", report->events));
  }
  report->streams = expect->stream_versions.size();
  return Status::OK();
}

Status CheckStreamIndex(const EventStore& store, const Expectations& expect) {
  Status problem = Status::OK();
  uint64_t entries = 0;
  DOSSIER_RETURN_IF_ERROR(store.ScanStreamIndex([&](std::string_view stream, uint64_t version, uint64_t position) {
    auto it = expect.index.find({std::string(stream), version});
    if (it == expect.index.end() || it->second != position) {
      problem = Status::Corruption(fmt::format("stream index: {}@{} points at event {}, which is not that event",
                                               stream, version, position));
      return false;
    }
    ++entries;
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  if (entries != expect.index.size()) {
    return Status::Corruption(fmt::format("stream index: {} entries for {} events", entries, expect.index.size()));
  }
  return Status::OK();
}

Status CheckTexts(const EventStore& store, VerifyReport* report, const Expectations& expect) {
  Status problem = Status::OK();
  std::map<std::string, uint64_t> stored;  // sha256 -> size
  DOSSIER_RETURN_IF_ERROR(store.ScanBlobs([&](std::string_view sha, std::string_view bytes) {
    if (Sha256Hex(bytes) != sha) {
      problem = Status::Corruption(fmt::format("stored text {}: its bytes do not match its SHA-256", sha));
      return false;
    }
    stored.emplace(std::string(sha), bytes.size());
    ++report->blobs;
    report->blob_bytes += bytes.size();
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  for (const auto& [sha, recorded] : expect.texts) {
    auto it = stored.find(sha);
    if (it == stored.end()) {
      return Status::Corruption(fmt::format("event {}: its text {} is missing", recorded.second, sha));
    }
    if (it->second != recorded.first) {
      return Status::Corruption(fmt::format("event {}: its text {} has {} bytes, not the {} recorded", recorded.second,
                                            sha, it->second, recorded.first));
    }
  }
  return Status::OK();
}

}  // namespace

Result<VerifyReport> VerifyStore(const EventStore& store) {
  VerifyReport report;
  Expectations expect;
  report.problem = CheckEvents(store, &report, &expect);
  if (report.problem.ok()) report.problem = CheckStreamIndex(store, expect);
  if (report.problem.ok()) report.problem = CheckTexts(store, &report, expect);
  if (!report.problem.ok() && report.problem.code() != Status::Code::kCorruption) return report.problem;
  return report;
}

}  // namespace dossier
