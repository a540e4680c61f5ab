// dossier trace: from a number to the exact bytes of every source that states it, re-checked.
#include <set>

#include <fmt/format.h>

#include "audit/trace.h"
#include "cli/command.h"
#include "cli/figure_output.h"
#include "project/figure_quantity.h"
#include "project/source_reader.h"

namespace dossier::cli {
namespace {

std::string OrDash(const std::optional<std::string>& value) { return value ? *value : "—"; }

// The events a citation rests on, with what each recorded (position 0: the source is unknown).
std::vector<std::pair<const char*, const EventProof*>> ProvenEvents(const TraceCitation& c) {
  return {{"text", &c.text_event}, {"figures", &c.figure_event}};
}

void WriteProofJson(JsonWriter& w, const char* recorded, const EventProof& proof) {
  w.BeginObject().Key("recorded").String(recorded).Key("ok").Bool(proof.ok());
  if (proof.position == 0) {
    w.Key("position").Null().Key("event_hash").Null();
  } else {
    w.Key("position").Uint(proof.position).Key("event_hash").String(proof.event_hash);
  }
  w.Key("hash_matches_bytes").Bool(proof.hash_matches_bytes).Key("says_what_is_shown").Bool(proof.says_what_is_shown)
      .Key("in_tree").Bool(proof.in_tree).Key("inclusion_proof").BeginArray();
  for (const MerkleHash& hash : proof.path) w.String(MerkleHex(hash));
  w.EndArray().EndObject();
}

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
    w.Key("proofs").BeginArray();
    for (const auto& [recorded, proof] : ProvenEvents(c)) WriteProofJson(w, recorded, *proof);
    w.EndArray().EndObject();
  }
  w.EndArray().Key("same_quantity").BeginArray();
  for (const FigureRef& ref : report.same_quantity) WriteFigureJson(w, ref);
  w.EndArray().Key("tree_head").String(FormatTreeHead(report.tree)).EndObject();
  Print("{}\n", w.str());
}

void PrintCheck(const TraceCitation& c) {
  const Figure& f = c.ref.figure->figure;
  const std::string& sha = c.ref.source->extracted.text_sha256;
  if (!c.text_found) {
    Print("    check     MISMATCH: the stored text {} is missing\n", sha);
  } else if (!c.text_matches_hash) {
    Print("    check     MISMATCH: the stored text no longer hashes to {}: it was altered\n", sha);
  }
  if (c.text_found && !c.span_matches_surface) {
    Print("    check     MISMATCH: bytes {}–{} are no longer \"{}\"\n", f.span.begin, f.span.end,
          f.surface);
  }
  if (c.ok()) {
    Print("    check     ok: the stored text hashes to {}… and bytes {}–{} are \"{}\"\n", sha.substr(0, 16),
          f.span.begin, f.span.end, f.surface);
  }
}

// One line per event the citation rests on: its proof, the path's hashes shortened (--json gives them whole).
void PrintProofs(const TraceCitation& c, const TreeHead& tree) {
  for (const auto& [recorded, proof] : ProvenEvents(c)) {
    if (proof->position == 0) {
      Print("    proof     MISMATCH: the event that recorded the {} is unknown\n", recorded);
      continue;
    }
    std::string path;
    for (const MerkleHash& hash : proof->path) path += " " + MerkleHex(hash).substr(0, 8);
    if (proof->ok()) {
      Print("    proof     ok: event {} ({}) hashes to {}…, leaf {} of {} by{}\n", proof->position, recorded,
                 proof->event_hash.substr(0, 16), proof->position - 1, tree.size, path);
    } else if (!proof->hash_matches_bytes) {
      Print("    proof     MISMATCH: event {} ({}) no longer hashes to the hash it names: it was altered\n",
                 proof->position, recorded);
    } else if (!proof->says_what_is_shown) {
      Print("    proof     MISMATCH: event {} does not record the {} shown above (the figure index was altered)\n",
                 proof->position, recorded);
    } else {
      Print("    proof     MISMATCH: event {} ({}) is not in the tree head {}: the log was rewritten\n",
                 proof->position, recorded, FormatTreeHead(tree));
    }
  }
}

void PrintText(const TraceReport& report) {
  std::set<std::string> sources;
  for (const TraceCitation& c : report.citations) sources.insert(c.ref.source->extracted.source_id);
  Print("trace `{}`: {} figure{} in {} source{} (matched by {})\n", report.query,
        report.citations.size(), report.citations.size() == 1 ? "" : "s", sources.size(),
        sources.size() == 1 ? "" : "s", report.matched_by);
  int n = 0;
  for (const TraceCitation& c : report.citations) {
    const Figure& f = c.ref.figure->figure;
    const FiguresExtracted& extracted = c.ref.source->extracted;
    Print("\n[{}] {}  \"{}\"  {} · {} · {}\n", ++n, c.ref.figure->id, f.surface, ToString(f.kind),
          FormatQuantity(f), ToString(f.approx));
    if (c.source) {
      Print("    source    {} version {} · {} · {} · {}\n", extracted.source_id, extracted.source_version,
            OrDash(c.source->metadata.title), OrDash(c.source->metadata.outlet), OrDash(c.source->metadata.published));
    }
    Print("    text      sha256 {} · bytes {}–{}\n", extracted.text_sha256, f.span.begin, f.span.end);
    Print("    sentence  {}\n", MarkedSentence(c.sentence, f));
    if (const std::string meaning = DescribeMeaning(f); !meaning.empty()) {
      Print("    measures  {}\n", meaning);
    }
    if (c.version) {
      Print("    recorded  {} by {} (event {}); figures read by extractor v{} (event {})\n", c.version->recorded_at,
            c.version->recorded_by, c.version->position, extracted.extractor_version,
            c.ref.source->position);
    }
    PrintCheck(c);
    PrintProofs(c, report.tree);
  }
  if (!report.same_quantity.empty()) {
    Print("\nthe same quantity (subject, metric and period) is also stated as:\n");
    for (const FigureRef& ref : report.same_quantity) {
      Print("    {}  {}@{}  \"{}\"  {}\n", ref.figure->id, ref.source->extracted.source_id,
            ref.source->extracted.source_version, ref.figure->figure.surface,
            FormatQuantity(ref.figure->figure));
    }
  }
  Print("\ntree head {}\n", FormatTreeHead(report.tree));
  Print("          each event above is proven in it by a Merkle inclusion proof (RFC 9162); kept elsewhere, the\n"
             "          head is checked later by `dossier verify --since {}`\n", FormatTreeHead(report.tree));
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
  PrintError("trace failed: the stored bytes or the events' proofs no longer match what was recorded (see above)");
  return kExitIntegrity;
}

}  // namespace dossier::cli
