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

// The figures --source and --kind select, or a usage error.
Result<std::vector<FigureRef>> Select(const Context& context, FigureIndex& index, const SourcesProjection& sources) {
  std::optional<std::string> source_id;
  if (std::optional<std::string> reference = context.args.Get("source")) {
    const SourceSummary* source = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(source, sources.Resolve(*reference));
    source_id = source->source_id;
  }
  std::optional<FigureKind> kind;
  DOSSIER_ASSIGN_OR_RETURN(kind, KindFlag(context));
  // One source's row, or every source's.
  std::vector<FigureRef> candidates;
  if (source_id) {
    const SourceFigures* figures = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(figures, index.Source(*source_id));
    if (figures != nullptr) {
      for (const ExtractedFigure& figure : figures->extracted.figures) candidates.push_back({figures, &figure});
    }
  } else {
    DOSSIER_RETURN_IF_ERROR(index.LoadAll());
    candidates = index.Figures();
  }
  std::vector<FigureRef> selected;
  for (const FigureRef& ref : candidates) {
    if (kind && ref.figure->figure.kind != *kind) continue;
    selected.push_back(ref);
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

int PrintConflicts(const Context& context, const std::vector<FigureRef>& figures) {
  const std::vector<FigureConflict> conflicts = FindConflicts(figures);
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const FigureConflict& conflict : conflicts) {
      w.BeginObject().Key("metric").String(conflict.metric).Key("subject").String(conflict.subject)
          .Key("period").String(conflict.period).Key("values").BeginArray();
      for (const std::vector<FigureRef>& value : conflict.values) {
        w.BeginObject().Key("quantity").String(FormatQuantity(value.front().figure->figure)).Key("figures").BeginArray();
        for (const FigureRef& ref : value) WriteFigureJson(w, ref);
        w.EndArray().EndObject();
      }
      w.EndArray().EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const FigureConflict& conflict : conflicts) {
    Print("{} of {} in {}: {} values\n", conflict.metric, conflict.subject,
          conflict.period, conflict.values.size());
    for (const std::vector<FigureRef>& value : conflict.values) {
      Print("  {}\n", FormatQuantity(value.front().figure->figure));
      for (const FigureRef& ref : value) {
        Print("    ");
        PrintFigure(ref);
      }
    }
  }
  Print("{} conflict{} among {} figures\n", conflicts.size(), conflicts.size() == 1 ? "" : "s", figures.size());
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
  if (!context.args.Has("conflicts") && !context.args.Has("source")) return StreamFigures(context, *index);
  Result<std::vector<FigureRef>> figures = Select(context, *index, *sources);
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
