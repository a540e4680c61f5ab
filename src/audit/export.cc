#include "audit/export.h"

#include <fmt/format.h>

#include "audit/log_check.h"
#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

Status Write(std::FILE* out, std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size()) return Status::IOError("cannot write the export");
  return Status::OK();
}

// The events of `store` from the first on, as long as each reads and checks; where it stops.
ExportSummary IntactPrefix(const EventStore& store) {
  LogCheck check;
  Status problem = Status::OK();
  Status scanned = store.ScanEncodedEvents([&](uint64_t position, std::string_view bytes) {
    problem = check.AddEvent(position, bytes);
    return problem.ok();
  });
  ExportSummary prefix{check.events(), check.chain_head(), problem.ok() ? scanned : problem};
  if (prefix.stopped_by.ok() && prefix.events < store.head_position()) {
    prefix.stopped_by = Status::Corruption(fmt::format("event {}: missing", prefix.events + 1));
  }
  return prefix;
}

}  // namespace

Result<ExportSummary> WriteExport(const EventStore& store, std::FILE* out, bool salvage) {
  const ExportSummary summary =
      salvage ? IntactPrefix(store) : ExportSummary{store.head_position(), store.chain_head()};
  uint64_t blobs = 0;
  DOSSIER_RETURN_IF_ERROR(store.ScanBlobs([&](std::string_view, std::string_view) {
    ++blobs;
    return true;
  }));
  JsonWriter header;
  header.BeginObject().Key("dossier_export").Int(kExportFormatVersion).Key("store_format").Int(kStoreFormatVersion)
      .Key("events").Uint(summary.events).Key("blobs").Uint(blobs).Key("chain_head").String(summary.chain_head)
      .EndObject();
  DOSSIER_RETURN_IF_ERROR(Write(out, header.str() + "\n"));
  Status written = Status::OK();
  std::string line;  // one buffer for every text's line: a text is kilobytes, grown anew it was copied a dozen times
  DOSSIER_RETURN_IF_ERROR(store.ScanBlobs([&](std::string_view sha, std::string_view bytes) {
    JsonWriter w(std::move(line));
    w.BeginObject().Key("blob").String(sha).Key("bytes").Uint(bytes.size()).Key("text").String(bytes).EndObject();
    line = w.Take();
    line.push_back('\n');
    written = Write(out, line);
    return written.ok();
  }));
  DOSSIER_RETURN_IF_ERROR(written);
  if (summary.events > 0) {
    // Stops at the last event of the summary, before the scan can step onto any damage after it.
    DOSSIER_RETURN_IF_ERROR(store.ScanEncodedEvents([&](uint64_t position, std::string_view bytes) {
      written = Write(out, bytes);
      if (written.ok()) written = Write(out, "\n");
      return written.ok() && position < summary.events;
    }));
    DOSSIER_RETURN_IF_ERROR(written);
  }
  if (std::fflush(out) != 0) return Status::IOError("cannot write the export");
  return summary;
}

Result<ParsedExport> ParseExport(std::string_view bytes) {
  ParsedExport parsed;
  LogCheck check;  // everything verify proves of a store, proved of the export before a byte is written
  uint64_t line_number = 0;
  size_t start = 0;
  uint64_t want_events = 0, want_blobs = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    ++line_number;
    // Past a valid header every problem is damage to the export (exit 4), whatever found it.
    auto damaged = [&](const Status& s) {
      return Status::Corruption(fmt::format("line {}: {}", line_number, s.message()));
    };
    if (line_number == 1) {
      Result<JsonObject> header = JsonObject::Parse(line);
      if (!header.ok() || !header->Has("dossier_export")) {
        return Status::InvalidInput("line 1: not a dossier export (no header line)");
      }
      Result<uint64_t> format = header->Uint("dossier_export");
      Result<uint64_t> store_format = header->Uint("store_format");
      Result<uint64_t> events = header->Uint("events");
      Result<uint64_t> blobs = header->Uint("blobs");
      Result<std::string> chain_head = header->String("chain_head");
      for (const Status& s : {format.status(), store_format.status(), events.status(), blobs.status(),
                              chain_head.status()}) {
        if (!s.ok()) return damaged(s);
      }
      if (*format > kExportFormatVersion || *store_format > kStoreFormatVersion) {
        return Status::NotSupported(fmt::format(
            "line 1: the export was written by a newer dossier (export format {}, store format {})", *format,
            *store_format));
      }
      want_events = *events;
      want_blobs = *blobs;
      parsed.chain_head = *chain_head;
      continue;
    }
    if (line.substr(0, 8) == "{\"blob\":") {
      Result<JsonObject> blob = JsonObject::Parse(line);
      if (!blob.ok()) return damaged(blob.status());
      Result<std::string> sha = blob->String("blob");
      Result<std::string> text = blob->String("text");
      if (!sha.ok() || !text.ok()) return damaged(sha.ok() ? text.status() : sha.status());
      if (Status added = check.AddText(*sha, *text); !added.ok()) return damaged(added);
      parsed.blobs.emplace_back(std::move(*sha), std::move(*text));
      continue;
    }
    if (Status added = check.AddEvent(parsed.events.size() + 1, line); !added.ok()) return damaged(added);
    parsed.events.emplace_back(line);
  }
  if (line_number == 0) return Status::InvalidInput("the export is empty");
  if (parsed.events.size() != want_events || parsed.blobs.size() != want_blobs) {
    return Status::Corruption(fmt::format("the export holds {} events and {} texts, its header says {} and {}; "
                                          "it is truncated or altered", parsed.events.size(), parsed.blobs.size(),
                                          want_events, want_blobs));
  }
  if (check.texts() != parsed.blobs.size()) return Status::Corruption("the export holds a text twice");
  DOSSIER_RETURN_IF_ERROR(check.CheckTextsNamed());
  if (check.chain_head() != parsed.chain_head) {
    return Status::Corruption("the last event's hash is not the chain head in the header");
  }
  return parsed;
}

}  // namespace dossier
