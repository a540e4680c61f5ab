// Export and import: the whole store as JSON Lines (schemas/export-line.schema.json).
//
//   line 1        {"dossier_export":1,"store_format":1,"events":N,"blobs":M,"chain_head":"…"}
//   next M lines  {"blob":"<sha256>","bytes":B,"text":"…"}     every stored text
//   next N lines  each event exactly as stored (its canonical envelope)
//
// An export is a complete backup: importing it into an empty store gives the same events with
// the same hashes. Import checks everything before writing anything.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/event_store.h"

namespace dossier {

inline constexpr int kExportFormatVersion = 1;

struct ExportSummary {
  uint64_t events = 0;
  std::string chain_head;
  // With salvage: why the export stops before the store's head (OK if it does not).
  Status stopped_by = Status::OK();
};

// Writes the whole store. With `salvage` (a damaged store, opened with OpenMode::kSalvage), only
// the intact prefix of the log: every event up to the first that cannot be read or does not check
// as verify checks it (a damaged table block of the events, a broken link), and every stored text
// that can be read; the header counts what is written, so the export imports into a store that
// verifies.
Result<ExportSummary> WriteExport(const EventStore& store, std::FILE* out, bool salvage = false);

struct ParsedExport {
  std::vector<std::string> events;                         // encoded, in order
  std::vector<std::pair<std::string, std::string>> blobs;  // (sha256, text)
  std::string chain_head;
};

// Parses and checks an export: the header, each blob against its SHA-256, each event's hash and
// its link to the one before, the counts and chain head against the header, and that every
// recorded source's text is included. Errors name the line: "line 7: event 3: …".
Result<ParsedExport> ParseExport(std::string_view bytes);

}  // namespace dossier
