// Fuzz target: a stored event's bytes decoded as verify and every projection decode them: the
// envelope, its hash, and its payload as its type says.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "audit/log_check.h"
#include "model/envelope.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dossier::Result<dossier::RecordedEvent> event = dossier::DecodeEvent(bytes);
  if (event.ok()) {
    (void)dossier::CheckPayload(event->type, event->schema_version, event->payload);
    (void)dossier::CheckEventLink(bytes, *event, event->position, event->prev_hash);
  }
  dossier::LogCheck check;
  (void)check.AddEvent(1, bytes);
  return 0;
}
