// dossier annotate: check an annotation file against the store and record it whole, or nothing.
#include <map>

#include <fmt/format.h>

#include "cli/command.h"
#include "ingest/annotation_file.h"
#include "ingest/annotator.h"
#include "ingest/input_reader.h"
#include "project/rebuild.h"
#include "util/ids.h"
#include "util/json_writer.h"

namespace dossier::cli {
namespace {

std::string_view OutcomeName(AnnotationOutcome outcome) {
  return outcome == AnnotationOutcome::kRecorded ? "recorded" : "unchanged";
}

}  // namespace

int RunAnnotate(Context& context) {
  const Args& args = context.args;
  if (args.positional().size() != 1) {
    PrintError("annotate needs one FILE.json (schemas/annotation.schema.json), or - for standard input");
    return kExitUsage;
  }
  const std::string& input = args.positional()[0];
  Result<std::string> bytes = ReadWholeFile(input);
  if (!bytes.ok()) return Fail(bytes.status().WithContext(input));
  Result<AnnotationFile> file = ParseAnnotationFile(*bytes);
  if (!file.ok()) return Fail(file.status().WithContext(input));

  const bool dry_run = args.Has("dry-run");
  std::unique_ptr<EventStore> store = context.OpenStore(dry_run ? OpenMode::kReadOnly : OpenMode::kReadWrite);
  if (!store) return kExitStore;
  Result<std::unique_ptr<AnnotationTargets>> targets = OpenAnnotationTargets(store.get());
  if (!targets.ok()) return Fail(targets.status());
  Result<AnnotateResult> result =
      Annotate(store.get(), *file, **targets, AnnotateOptions{context.user, NewCorrelationId(), dry_run});
  if (!result.ok()) {
    // The file's fault is named with its place; a store failure or a conflict is reported as it is.
    const bool input_error = result.status().code() == Status::Code::kInvalidInput;
    return Fail(input_error ? result.status().WithContext(input) : result.status());
  }

  // The projections are caught up in the same run, so readers find them current.
  if (!dry_run) {
    if (Status caught_up = CatchUpAll(store.get()); !caught_up.ok()) return Fail(caught_up);
  }

  uint64_t recorded = 0, unchanged = 0;
  for (const AnnotatedItem& item : result->items) {
    ++(item.outcome == AnnotationOutcome::kRecorded ? recorded : unchanged);
  }
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("input").String(input).Key("dry_run").Bool(dry_run).Key("items").BeginArray();
    for (const AnnotatedItem& item : result->items) {
      w.BeginObject().Key("place").String(item.place).Key("type").String(item.type).Key("stream").String(item.stream)
          .Key("outcome").String(OutcomeName(item.outcome)).EndObject();
    }
    w.EndArray().Key("recorded").Uint(recorded).Key("unchanged").Uint(unchanged);
    if (result->appended.first_position != 0) {
      w.Key("first_position").Uint(result->appended.first_position)
          .Key("last_position").Uint(result->appended.last_position);
    }
    w.EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  // Per event type: how many were recorded and how many were already there.
  std::map<std::string, std::pair<uint64_t, uint64_t>> by_type;
  for (const AnnotatedItem& item : result->items) {
    auto& [r, u] = by_type[item.type];
    ++(item.outcome == AnnotationOutcome::kRecorded ? r : u);
  }
  if (!args.Has("quiet")) {
    for (const AnnotatedItem& item : result->items) {
      if (item.outcome == AnnotationOutcome::kRecorded) {
        Print("{:<9} {:<20} {:<20} {}\n", dry_run ? "would" : "recorded", item.place, item.type, item.stream);
      }
    }
    for (const auto& [type, counts] : by_type) {
      Print("{:<20} {} {}, {} unchanged\n", type, counts.first, dry_run ? "to record" : "recorded",
            counts.second);
    }
  }
  const AppendResult& appended = result->appended;
  if (appended.first_position != 0) {
    const std::string positions = appended.first_position == appended.last_position
                                      ? fmt::format("position {}", appended.first_position)
                                      : fmt::format("positions {}–{}", appended.first_position, appended.last_position);
    Print("{} recorded ({}), {} unchanged\n", recorded, positions, unchanged);
  } else {
    Print("{} {}, {} unchanged\n", recorded, dry_run ? "to record (dry run: nothing written)" : "recorded",
          unchanged);
  }
  if (!file->proposed.empty()) {
    Print("{} item{} still marked proposed (from `dossier draft`), taken as written\n", file->proposed.size(),
          file->proposed.size() == 1 ? "" : "s");
  }
  if (!file->skipped.empty()) {
    Print("{} blank proposed note{} not recorded\n", file->skipped.size(), file->skipped.size() == 1 ? "" : "s");
  }
  return kExitOk;
}

}  // namespace dossier::cli
