// dossier figures: every figure of every source, or where the sources disagree (--conflicts).
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/figure_output.h"
#include "cli/json_array_out.h"
#include "project/figure_quantity.h"
#include "project/source_reader.h"

namespace dossier::cli {
namespace {

// The kind --kind names (none without it), or a usage error.
Result<std::optional<FigureKind>> KindFlag(const Context& context) {
  std::optional<std::string> name = context.args.Get("kind");
  if (!name) return std::optional<FigureKind>();
  std::optional<FigureKind> kind = ParseFigureKind(*name);
  if (!kind) {
    return Status::InvalidInput(
        fmt::format("--kind `{}`: a kind is money, percent, multiple, rate, duration, count or quantity", *name));
  }
  return kind;
}

// The figures of the source --source names, of --kind, or a usage error.
Result<std::vector<FigureRef>> SelectOfSource(const Context& context, FigureIndex& index,
                                              const SourcesProjection& sources) {
  const SourceSummary* source = nullptr;
  DOSSIER_ASSIGN_OR_RETURN(source, sources.Resolve(*context.args.Get("source")));
  std::optional<FigureKind> kind;
  DOSSIER_ASSIGN_OR_RETURN(kind, KindFlag(context));
  const SourceFigures* figures = nullptr;
  DOSSIER_ASSIGN_OR_RETURN(figures, index.Source(source->source_id));
  std::vector<FigureRef> selected;
  if (figures == nullptr) return selected;
  for (const ExtractedFigure& figure : figures->extracted.figures) {
    if (!kind || figure.figure.kind == *kind) selected.push_back({figures, &figure});
  }
  return selected;
}

void PrintFigure(const FigureRef& ref) {
  const Figure& f = ref.figure->figure;
  const std::string meaning = DescribeMeaning(f);
  Print("{}  {}@{}  {:>6}–{:<6}  {:<8}  {:<28}  {}{}{}\n", ref.figure->id, ref.source->extracted.source_id,
        ref.source->extracted.source_version, f.span.begin, f.span.end, ToString(f.kind), FormatQuantity(f),
        f.surface, meaning.empty() ? "" : "  [", meaning + (meaning.empty() ? "" : "]"));
}

void WriteConflictJson(JsonWriter& w, const FigureConflict& conflict) {
  w.BeginObject().Key("metric").String(conflict.metric).Key("subject").String(conflict.subject)
      .Key("period").String(conflict.period).Key("values").BeginArray();
  for (const std::vector<FigureRef>& value : conflict.values) {
    w.BeginObject().Key("quantity").String(FormatQuantity(value.front().figure->figure)).Key("figures").BeginArray();
    for (const FigureRef& ref : value) WriteFigureJson(w, ref);
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
}

void PrintConflict(const FigureConflict& conflict) {
  Print("{} of {}{}: {} values\n", conflict.metric, conflict.subject,
        conflict.period.empty() ? "" : " in " + conflict.period, conflict.values.size());
  for (const std::vector<FigureRef>& value : conflict.values) {
    Print("  {}\n", FormatQuantity(value.front().figure->figure));
    for (const FigureRef& ref : value) {
      Print("    ");
      PrintFigure(ref);
    }
  }
}

void PrintConflictsTotal(size_t conflicts, uint64_t figures) {
  Print("{} conflict{} among {} figures\n", conflicts, conflicts == 1 ? "" : "s", figures);
}

// Where one source's figures disagree (--conflicts --source).
int PrintConflicts(const Context& context, const std::vector<FigureRef>& figures) {
  const std::vector<FigureConflict> conflicts = FindConflicts(figures);
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const FigureConflict& conflict : conflicts) WriteConflictJson(w, conflict);
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const FigureConflict& conflict : conflicts) PrintConflict(conflict);
  PrintConflictsTotal(conflicts.size(), figures.size());
  return kExitOk;
}

// Where the sources of the whole store disagree (of --kind), printed measure by measure as the
// index's measure rows are read: memory holds one measure's figures and their sources, whatever
// the store holds. The same output as FindConflicts of every figure: its conflicts are in the
// order of their measures' keys.
int StreamConflicts(const Context& context, const FigureIndex& index) {
  Result<std::optional<FigureKind>> kind = KindFlag(context);
  if (!kind.ok()) return Fail(kind.status());
  std::optional<JsonArrayOut> json;
  if (context.json) json.emplace();
  size_t conflicts = 0;
  Status scanned = index.ScanSharedMeasures([&](const std::vector<FigureRef>& measured) {
    if (*kind && measured.front().figure->figure.kind != **kind) return true;  // a measure has one kind
    for (const FigureConflict& conflict : FindConflicts(measured)) {
      if (json) {
        WriteConflictJson(json->Next(), conflict);
        json->Flush();
      } else {
        PrintConflict(conflict);
      }
      ++conflicts;
    }
    return true;
  });
  if (!scanned.ok()) return Fail(scanned);
  if (json) {
    json->Close();
    return kExitOk;
  }
  // Every figure of the kind is counted, not only the compared ones.
  uint64_t figures = 0;
  if (*kind) {
    scanned = index.ScanSources([&](const SourceFigures& source) {
      for (const ExtractedFigure& figure : source.extracted.figures) figures += figure.figure.kind == **kind ? 1 : 0;
      return true;
    });
    if (!scanned.ok()) return Fail(scanned);
  } else {
    Result<uint64_t> counted = index.CountFigures();
    if (!counted.ok()) return Fail(counted.status());
    figures = *counted;
  }
  PrintConflictsTotal(conflicts, figures);
  return kExitOk;
}

// Every figure (of --kind), printed source by source as the index's rows are read: memory holds one
// source's figures, whatever the store holds.
int StreamFigures(const Context& context, const FigureIndex& index) {
  Result<std::optional<FigureKind>> kind = KindFlag(context);
  if (!kind.ok()) return Fail(kind.status());
  std::optional<JsonArrayOut> json;
  if (context.json) json.emplace();
  uint64_t listed = 0;
  Status scanned = index.ScanSources([&](const SourceFigures& source) {
    for (const ExtractedFigure& figure : source.extracted.figures) {
      if (*kind && figure.figure.kind != **kind) continue;
      const FigureRef ref{&source, &figure};
      if (json) {
        WriteFigureJson(json->Next(), ref);
        json->Flush();
      } else {
        PrintFigure(ref);
      }
      ++listed;
    }
    return true;
  });
  if (!scanned.ok()) return Fail(scanned);
  if (json) {
    json->Close();
  } else {
    Print("{} figure{}\n", listed, listed == 1 ? "" : "s");
  }
  return kExitOk;
}

}  // namespace

int RunFigures(Context& context) {
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<SourcesProjection> sources = OpenSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  Result<FigureIndex> index = OpenFigureIndex(store.get());
  if (!index.ok()) return Fail(index.status());
  if (!context.args.Has("source")) {
    return context.args.Has("conflicts") ? StreamConflicts(context, *index) : StreamFigures(context, *index);
  }
  Result<std::vector<FigureRef>> figures = SelectOfSource(context, *index, *sources);
  if (!figures.ok()) return Fail(figures.status());

  if (context.args.Has("conflicts")) return PrintConflicts(context, *figures);
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const FigureRef& ref : *figures) WriteFigureJson(w, ref);
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const FigureRef& ref : *figures) PrintFigure(ref);
  Print("{} figure{}\n", figures->size(), figures->size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
