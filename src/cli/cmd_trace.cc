// dossier trace: from a number to the exact bytes of every source that states it, re-checked.
#include <set>

#include <fmt/format.h>

#include "audit/trace.h"
#include "cli/command.h"
#include "cli/figure_output.h"
#include "project/figure_quantity.h"
#include "project/source_reader.h"
#include "util/utf8.h"

namespace dossier::cli {
namespace {

std::string OrDash(const std::optional<std::string>& value) { return value ? EscapeForTerminal(*value) : "—"; }

void WriteJson(const TraceReport& report) {
  JsonWriter w;
  w.BeginObject().Key("query").String(report.query).Key("matched_by").String(report.matched_by)
      .Key("ok").Bool(report.ok()).Key("citations").BeginArray();
  for (const TraceCitation& c : report.citations) {
    const FiguresExtracted& extracted = c.ref.source->extracted;
    w.BeginObject().Key("figure");
    WriteFigureJson(w, c.ref);
    w.Key("source").BeginObject().Key("source_id").String(extracted.source_id)
        .Key("version").Uint(extracted.source_version)
        .Key("text_sha256").String(extracted.text_sha256);
    const SourceMetadata none;
    const SourceMetadata& m = c.source ? c.source->metadata : none;
    w.Key("title").OptionalString(m.title).Key("outlet").OptionalString(m.outlet)
        .Key("published").OptionalString(m.published).Key("url").OptionalString(m.url);
    if (c.version) {
      w.Key("position").Uint(c.version->position).Key("recorded_at").String(c.version->recorded_at)
          .Key("recorded_by").String(c.version->recorded_by);
    } else {
      w.Key("position").Null().Key("recorded_at").Null().Key("recorded_by").Null();
    }
    w.EndObject();
    w.Key("extraction").BeginObject().Key("position").Uint(c.ref.source->position)
        .Key("recorded_at").String(c.ref.source->recorded_at).Key("recorded_by").String(c.ref.source->recorded_by)
        .Key("extractor_version").Uint(static_cast<uint64_t>(extracted.extractor_version)).EndObject();
    w.Key("sentence").String(c.sentence)
        .Key("check").BeginObject().Key("ok").Bool(c.ok()).Key("text_found").Bool(c.text_found)
        .Key("text_matches_hash").Bool(c.text_matches_hash).Key("span_matches_surface").Bool(c.span_matches_surface)
        .EndObject();
    w.EndObject();
  }
  w.EndArray().Key("same_quantity").BeginArray();
  for (const FigureRef& ref : report.same_quantity) WriteFigureJson(w, ref);
  w.EndArray().Key("chain").BeginObject().Key("ok").Bool(report.chain.problem.ok())
      .Key("events").Uint(report.chain.events).Key("chain_head").String(report.chain.chain_head).Key("problem");
  if (report.chain.problem.ok()) {
    w.Null();
  } else {
    w.String(report.chain.problem.message());
  }
  w.EndObject().EndObject();
  fmt::print("{}\n", w.str());
}

void PrintCheck(const TraceCitation& c) {
  const Figure& f = c.ref.figure->figure;
  const std::string& sha = c.ref.source->extracted.text_sha256;
  if (!c.text_found) {
    fmt::print("    check     MISMATCH: the stored text {} is missing\n", sha);
  } else if (!c.text_matches_hash) {
    fmt::print("    check     MISMATCH: the stored text no longer hashes to {}: it was altered\n", sha);
  }
  if (c.text_found && !c.span_matches_surface) {
    fmt::print("    check     MISMATCH: bytes {}–{} are no longer \"{}\"\n", f.span.begin, f.span.end,
               EscapeForTerminal(f.surface));
  }
  if (c.ok()) {
    fmt::print("    check     ok: the stored text hashes to {}… and bytes {}–{} are \"{}\"\n", sha.substr(0, 16),
               f.span.begin, f.span.end, EscapeForTerminal(f.surface));
  }
}

void PrintText(const TraceReport& report) {
  std::set<std::string> sources;
  for (const TraceCitation& c : report.citations) sources.insert(c.ref.source->extracted.source_id);
  fmt::print("trace `{}`: {} figure{} in {} source{} (matched by {})\n", EscapeForTerminal(report.query),
             report.citations.size(), report.citations.size() == 1 ? "" : "s", sources.size(),
             sources.size() == 1 ? "" : "s", report.matched_by);
  int n = 0;
  for (const TraceCitation& c : report.citations) {
    const Figure& f = c.ref.figure->figure;
    const FiguresExtracted& extracted = c.ref.source->extracted;
    fmt::print("\n[{}] {}  \"{}\"  {} · {} · {}\n", ++n, c.ref.figure->id, EscapeForTerminal(f.surface), ToString(f.kind),
               FormatQuantity(f), ToString(f.approx));
    if (c.source) {
      fmt::print("    source    {} version {} · {} · {} · {}\n", extracted.source_id, extracted.source_version,
                 OrDash(c.source->metadata.title), OrDash(c.source->metadata.outlet), OrDash(c.source->metadata.published));
    }
    fmt::print("    text      sha256 {} · bytes {}–{}\n", extracted.text_sha256, f.span.begin, f.span.end);
    fmt::print("    sentence  {}\n", MarkedSentence(c.sentence, f));
    if (const std::string meaning = DescribeMeaning(f); !meaning.empty()) {
      fmt::print("    measures  {}\n", EscapeForTerminal(meaning));
    }
    if (c.version) {
      fmt::print("    recorded  {} by {} (event {}); figures read by extractor v{} (event {})\n", c.version->recorded_at,
                 EscapeForTerminal(c.version->recorded_by), c.version->position, extracted.extractor_version,
                 c.ref.source->position);
    }
    PrintCheck(c);
  }
  if (!report.same_quantity.empty()) {
    fmt::print("\nthe same quantity (subject, metric and period) is also stated as:\n");
    for (const FigureRef& ref : report.same_quantity) {
      fmt::print("    {}  {}@{}  \"{}\"  {}\n", ref.figure->id, ref.source->extracted.source_id,
                 ref.source->extracted.source_version, EscapeForTerminal(ref.figure->figure.surface),
                 FormatQuantity(ref.figure->figure));
    }
  }
  if (report.chain.problem.ok()) {
    fmt::print("\nchain     ok: {} events verified, chain head {}\n", report.chain.events, report.chain.chain_head);
  } else {
    fmt::print("\nchain     BROKEN: {}\n", report.chain.problem.message());
  }
}

}  // namespace

int RunTrace(Context& context) {
  if (context.args.positional().size() != 1) {
    PrintError("trace needs one QUERY: a figure id, a number as written (`$3 trillion`) or a value with its unit (`3e12 USD`)");
    return kExitUsage;
  }
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<SourcesProjection> sources = OpenSources(store.get());
  if (!sources.ok()) return Fail(sources.status());
  Result<FigureIndex> index = OpenFigureIndex(store.get());
  if (!index.ok()) return Fail(index.status());
  Result<TraceReport> report = TraceFigures(*store, *index, *sources, context.args.positional()[0]);
  if (!report.ok()) return Fail(report.status());
  if (context.json) {
    WriteJson(*report);
  } else {
    PrintText(*report);
  }
  if (report->ok()) return kExitOk;
  PrintError("trace failed: the stored bytes or the hash chain no longer match what was recorded (see above)");
  return kExitIntegrity;
}

}  // namespace dossier::cli
