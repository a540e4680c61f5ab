// dossier log: the events in log order, optionally filtered by stream and type.
#include <fmt/format.h>

#include "cli/command.h"
#include "model/envelope.h"

namespace dossier::cli {

int RunLog(Context& context) {
  Result<std::optional<uint64_t>> from = context.args.GetCount("from");
  Result<std::optional<uint64_t>> limit = context.args.GetCount("limit");
  if (!from.ok() || !limit.ok()) {
    PrintError((from.ok() ? limit.status() : from.status()).message());
    return kExitUsage;
  }
  const std::optional<std::string> stream = context.args.Get("stream");
  const std::optional<std::string> type = context.args.Get("type");
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;

  uint64_t shown = 0;
  const uint64_t max = limit->value_or(UINT64_MAX);
  if (context.json) Print("[");
  Status failed = Status::OK();
  Status scanned = store->ScanEncodedEvents([&](uint64_t position, std::string_view bytes) {
    if (position < from->value_or(1)) return true;
    Result<RecordedEvent> event = DecodeEvent(bytes);
    if (!event.ok()) {
      failed = event.status().WithContext(fmt::format("event {}", position));
      return false;
    }
    if ((stream && event->stream != *stream) || (type && event->type != *type)) return true;
    if (shown++ >= max) return false;
    if (context.json) {
      // The stored envelope, byte for byte: it is canonical JSON already.
      Print("{}{}\n", shown == 1 ? "" : ",", bytes);
    } else {
      Print("{:>7}  {}  {}@{}  {}  by {}\n", event->position, event->recorded_at, event->stream, event->version,
            event->type, event->recorded_by);
    }
    return true;
  });
  if (context.json) Print("]\n");
  if (!scanned.ok()) return Fail(scanned);
  if (!failed.ok()) return Fail(failed);
  return kExitOk;
}

}  // namespace dossier::cli
