#include "audit/trace.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "model/envelope.h"
#include "model/figure_events.h"
#include "model/source_events.h"
#include "project/figure_quantity.h"
#include "store/log_tree.h"
#include "util/sha256.h"

namespace dossier {
namespace {

// "3e12 USD" or "0.5 USD per million tokens": a number, a space, a unit, maybe " per " a per-unit.
std::optional<Figure> ParseValueWithUnit(std::string_view query) {
  size_t space = query.find(' ');
  if (space == std::string_view::npos || space + 1 >= query.size()) return std::nullopt;
  Figure f;
  const char* end = query.data() + space;
  auto [parsed, error] = std::from_chars(query.data(), end, f.value);
  if (error != std::errc() || parsed != end) return std::nullopt;
  std::string_view rest = query.substr(space + 1);
  size_t per = rest.find(" per ");
  f.unit = std::string(rest.substr(0, per));
  if (per != std::string_view::npos) f.per = std::string(rest.substr(per + 5));
  return f;
}

bool SameValueAndUnit(const Figure& query, const Figure& f) {
  return UnitKey(query.unit) == UnitKey(f.unit) && PerKey(query.per) == PerKey(f.per) && SameValue(query.value, f.value);
}

// The figures of `candidates` that `same` holds for, in their order.
template <typename Same>
std::vector<FigureRef> Keep(std::vector<FigureRef> candidates, Same same) {
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const FigureRef& ref) { return !same(ref); }),
                   candidates.end());
  return candidates;
}

// The figures `query` names, and how it named them: read through the index's rows by id, by
// quantity (unit, per-unit and a range of values) or by surface, never by comparing every figure.
Result<std::vector<FigureRef>> Match(const FigureIndex& index, std::string_view query, std::string* matched_by) {
  if (query.substr(0, 4) == "fig-") {
    *matched_by = "id";
    return index.FindById(query);
  }
  std::vector<FigureRef> near;
  if (std::optional<Figure> value = ParseValueWithUnit(query)) {
    *matched_by = "quantity";
    DOSSIER_ASSIGN_OR_RETURN(near, index.NearQuantity(*value));
    return Keep(std::move(near), [&](const FigureRef& ref) { return SameValueAndUnit(*value, ref.figure->figure); });
  }
  // The number as written: one figure that runs to the query's end (a qualifier may precede it), so
  // that "$9.99 quadrillion" is not taken for the "$9.99" the extractor can read of it.
  std::vector<Figure> read = ExtractFigures(query);
  const size_t query_end = query.find_last_not_of(" \t\n") + 1;
  if (read.size() == 1 && read.front().span.end == query_end) {
    *matched_by = "quantity";
    DOSSIER_ASSIGN_OR_RETURN(near, index.NearQuantity(read.front()));
    std::vector<FigureRef> found =
        Keep(std::move(near), [&](const FigureRef& ref) { return SameQuantity(read.front(), ref.figure->figure); });
    // The figures of the very value first, then those that write it to fewer digits ("3%" for 2.9%).
    std::stable_partition(found.begin(), found.end(), [&](const FigureRef& ref) {
      return SameValue(read.front().value, ref.figure->figure.value);
    });
    if (!found.empty()) return found;
  }
  *matched_by = "surface";
  return index.WithSurface(query);
}

// Proves the event at `position` in `tree`; `says` tells whether its decoded envelope says what the
// citation shows.
EventProof ProveEvent(const EventStore& store, const LogTree& tree, uint64_t position,
                      const std::function<bool(const RecordedEvent&)>& says) {
  EventProof proof;
  proof.position = position;
  Result<std::string> bytes = store.ReadEncodedEvent(position);
  if (!bytes.ok()) return proof;
  Result<std::string> hash = RecomputeEventHash(*bytes);
  Result<RecordedEvent> event = DecodeEvent(*bytes);
  if (!hash.ok() || !event.ok()) return proof;
  proof.event_hash = *hash;
  proof.hash_matches_bytes = event->hash == *hash && event->position == position;
  proof.says_what_is_shown = says(*event);
  Result<MerkleHash> leaf = EventLeafHash(*hash);
  Result<std::vector<MerkleHash>> path = tree.InclusionProofOf(position);
  if (!leaf.ok() || !path.ok()) return proof;
  proof.path = std::move(*path);
  proof.in_tree = VerifyInclusion(position - 1, *leaf, proof.path, tree.head());
  return proof;
}

// Proves the two events `c` rests on: its text's SourceRecorded and its figure's FiguresExtracted.
void ProveCitation(const EventStore& store, const LogTree& tree, TraceCitation* c) {
  const FiguresExtracted& shown = c->ref.source->extracted;
  const ExtractedFigure& figure = *c->ref.figure;
  if (c->version != nullptr) {
    c->text_event = ProveEvent(store, tree, c->version->position, [&](const RecordedEvent& event) {
      if (event.type != kSourceRecorded) return false;
      Result<SourceRecorded> recorded = DecodeSourceRecorded(event.payload);
      return recorded.ok() && recorded->source_id == shown.source_id && recorded->version == shown.source_version &&
             recorded->text_sha256 == shown.text_sha256;
    });
  }
  c->figure_event = ProveEvent(store, tree, c->ref.source->position, [&](const RecordedEvent& event) {
    if (event.type != kFiguresExtracted) return false;
    Result<FiguresExtracted> extracted = DecodeFiguresExtracted(event.payload, event.schema_version);
    if (!extracted.ok() || extracted->source_id != shown.source_id ||
        extracted->source_version != shown.source_version || extracted->text_sha256 != shown.text_sha256) {
      return false;
    }
    return std::any_of(extracted->figures.begin(), extracted->figures.end(), [&](const ExtractedFigure& f) {
      return f.id == figure.id && f.figure.span.begin == figure.figure.span.begin &&
             f.figure.span.end == figure.figure.span.end && f.figure.surface == figure.figure.surface;
    });
  });
}

}  // namespace

Result<TraceCitation> CheckFigureBytes(const EventStore& store, const SourcesProjection& sources, const FigureRef& ref) {
  TraceCitation c;
  c.ref = ref;
  const FiguresExtracted& extracted = ref.source->extracted;
  DOSSIER_ASSIGN_OR_RETURN(c.source, sources.Find(extracted.source_id));
  if (c.source != nullptr) {
    for (const SourceVersionInfo& v : c.source->versions) {
      if (v.version == extracted.source_version) c.version = &v;
    }
  }
  Result<std::string> text = store.GetBlob(extracted.text_sha256);
  if (!text.ok()) return c;
  c.text_found = true;
  // The hash the source's own event recorded, not only the one the extraction copied.
  const std::string& recorded_hash = c.version ? c.version->text_sha256 : extracted.text_sha256;
  c.text_matches_hash = Sha256Hex(*text) == recorded_hash && recorded_hash == extracted.text_sha256;
  const Figure& f = ref.figure->figure;
  c.span_matches_surface = f.span.end <= text->size() && text->compare(f.span.begin, f.span.end - f.span.begin, f.surface) == 0;
  if (f.sentence.begin <= f.sentence.end && f.sentence.end <= text->size()) {
    c.sentence = text->substr(f.sentence.begin, f.sentence.end - f.sentence.begin);
  }
  return c;
}

bool TraceReport::ok() const {
  for (const TraceCitation& c : citations) {
    if (!c.ok() || !c.proven()) return false;
  }
  return true;
}

Result<TraceReport> TraceFigures(const EventStore& store, const FigureIndex& figures,
                                 const SourcesProjection& sources, std::string_view query) {
  TraceReport report;
  report.query = std::string(query);
  std::vector<FigureRef> matched;
  DOSSIER_ASSIGN_OR_RETURN(matched, Match(figures, query, &report.matched_by));
  if (matched.empty()) {
    return Status::NotFound(fmt::format(
        "no figure matches `{}` (give a figure id, a number as written such as `$3 trillion`, or a value with its unit "
        "such as `3e12 USD`; `dossier figures` lists them)", query));
  }
  Result<LogTree> tree = LogTree::Open(store);
  if (!tree.ok()) return tree.status();
  report.tree = tree->head();
  for (const FigureRef& ref : matched) {
    TraceCitation citation;
    DOSSIER_ASSIGN_OR_RETURN(citation, CheckFigureBytes(store, sources, ref));
    ProveCitation(store, *tree, &citation);
    report.citations.push_back(std::move(citation));
  }
  // The figures of the same measure as any matched one, in index order, each once.
  std::map<std::pair<std::string, const ExtractedFigure*>, FigureRef> same;
  for (const FigureRef& m : matched) {
    std::vector<FigureRef> measured;
    DOSSIER_ASSIGN_OR_RETURN(measured, figures.SameMeasureAs(m.figure->figure));
    for (const FigureRef& other : measured) same.emplace(std::make_pair(other.source->extracted.source_id, other.figure), other);
  }
  for (const auto& [order, other] : same) {
    const bool cited = std::any_of(matched.begin(), matched.end(), [&](const FigureRef& m) { return m.figure == other.figure; });
    if (!cited) report.same_quantity.push_back(other);
  }
  return report;
}

}  // namespace dossier
