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
  Result<SourcesProjection> sources = LoadSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  uint64_t versions = 0;
  for (const auto& [id, s] : sources->sources()) versions += s.versions.size();
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("events").Uint(stats->events).Key("streams").Uint(stats->streams)
        .Key("sources").Uint(sources->sources().size()).Key("source_versions").Uint(versions)
        .Key("stories").Uint(sources->stories().size()).Key("texts").Uint(stats->blobs)
        .Key("text_bytes").Uint(stats->blob_bytes).Key("disk_bytes").Uint(stats->disk_bytes)
        .Key("chain_head").String(store->chain_head()).EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  Print("events      {}\nstreams     {}\nsources     {} ({} versions)\nstories     {}\n", stats->events,
        stats->streams, sources->sources().size(), versions, sources->stories().size());
  Print("texts       {} ({} bytes)\non disk     {} bytes\nchain head  {}\n", stats->blobs, stats->blob_bytes,
        stats->disk_bytes, store->chain_head());
  return kExitOk;
}

}  // namespace dossier::cli
