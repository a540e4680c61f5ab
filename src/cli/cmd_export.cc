// dossier export: every event and stored text, as JSON Lines.
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "audit/export.h"
#include "cli/command.h"

namespace dossier::cli {

int RunExport(Context& context) {
  const bool salvage = context.args.Has("salvage");
  std::unique_ptr<EventStore> store = context.OpenStore(salvage ? OpenMode::kSalvage : OpenMode::kReadOnly);
  if (!store) return kExitStore;
  std::optional<std::string> path = context.args.Get("output");
  std::FILE* out = stdout;
  if (path) {
    out = std::fopen(path->c_str(), "wb");
    if (out == nullptr) return Fail(Status::IOError(fmt::format("{}: {}", *path, std::strerror(errno))));
  }
  Result<ExportSummary> written = WriteExport(*store, out, salvage);
  if (path && std::fclose(out) != 0 && written.ok()) written = Status::IOError(fmt::format("{}: cannot write", *path));
  if (!written.ok()) return Fail(written.status());
  if (path) PrintTo(stderr, "exported {} events to {}\n", written->events, *path);
  if (salvage) {
    if (!written->stopped_by.ok()) {
      PrintWarning(fmt::format("the log cannot be read past event {}: {}", written->events,
                               written->stopped_by.message()));
    }
    PrintWarning(fmt::format("salvaged {} events (chain head {}); import them into a new store with `dossier "
                             "--store NEW import FILE`", written->events, written->chain_head));
  }
  return kExitOk;
}

}  // namespace dossier::cli
