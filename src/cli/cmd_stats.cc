// dossier stats: what the store holds.
#include <fmt/format.h>

#include "cli/command.h"
#include "project/source_reader.h"
#include "util/json_writer.h"

namespace dossier::cli {

int RunStats(Context& context) {
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<EventStore::Stats> stats = store->ComputeStats();
  if (!stats.ok()) return Fail(stats.status());
  // Counted one row at a time: memory does not grow with the store.
  Result<SourcesProjection> sources = OpenSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  uint64_t source_count = 0, versions = 0;
  Status counted = sources->ScanById([&](const SourceSummary& s) {
    ++source_count;
    versions += s.versions.size();
    return true;
  });
  if (!counted.ok()) return Fail(counted);
  Result<std::vector<StoryCount>> stories = sources->StoryCounts();
  if (!stories.ok()) return Fail(stories.status());
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("events").Uint(stats->events).Key("streams").Uint(stats->streams)
        .Key("sources").Uint(source_count).Key("source_versions").Uint(versions)
        .Key("stories").Uint(stories->size()).Key("texts").Uint(stats->blobs)
        .Key("text_bytes").Uint(stats->blob_bytes).Key("disk_bytes").Uint(stats->disk_bytes)
        .Key("chain_head").String(store->chain_head()).EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  Print("events      {}\nstreams     {}\nsources     {} ({} versions)\nstories     {}\n", stats->events,
        stats->streams, source_count, versions, stories->size());
  Print("texts       {} ({} bytes)\non disk     {} bytes\nchain head  {}\n", stats->blobs, stats->blob_bytes,
        stats->disk_bytes, store->chain_head());
  return kExitOk;
}

}  // namespace dossier::cli
