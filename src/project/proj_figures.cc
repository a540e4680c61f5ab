#include "project/proj_figures.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>

#include <fmt/format.h>

#include "model/annotation_events.h"
#include "project/figure_quantity.h"
#include "project/stated_basis.h"
#include "util/unit_dimensions.h"
#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kSourcePrefix = "source/";
constexpr std::string_view kLabelPrefix = "label/";
constexpr std::string_view kFigurePrefix = "figure/";
constexpr std::string_view kQuantityPrefix = "quantity/";
constexpr std::string_view kMeasurePrefix = "measure/";
constexpr std::string_view kSurfacePrefix = "surface/";

// `payload` is s.extracted encoded (EncodePayload), when the caller has it already.
std::string EncodeSourceFigures(const SourceFigures& s, std::optional<std::string_view> payload = std::nullopt) {
  JsonWriter w;
  w.BeginObject()
      .Key("position").Uint(s.position)
      .Key("recorded_at").String(s.recorded_at)
      .Key("recorded_by").String(s.recorded_by)
      .Key("payload").Raw(payload ? std::string(*payload) : EncodePayload(s.extracted))
      .EndObject();
  return w.Take();
}

// A source row that names its FiguresExtracted event instead of holding its payload: the row of a
// schema-2 extraction with no label laid on it, whose payload is the event's as recorded. The
// payloads were 42 % of the projections' bytes (a copy of 62 % of the log's).
std::string EncodeSourceEvent(uint64_t position) {
  JsonWriter w;
  w.BeginObject().Key("position").Uint(position).EndObject();
  return w.Take();
}

// A source row, its payload read from the event it names when it holds none (EncodeSourceEvent)
// from `log`.
Result<SourceFigures> DecodeSourceFigures(std::string_view value, const EventStore* log) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(value));
  SourceFigures s;
  DOSSIER_ASSIGN_OR_RETURN(s.position, o.Uint("position"));
  if (!o.Has("payload")) {
    if (log == nullptr) return Status::Corruption("projection figures: a source row names an event, and no store is open");
    RecordedEvent event;
    DOSSIER_ASSIGN_OR_RETURN(event, log->ReadEvent(s.position));
    if (event.type != kFiguresExtracted) {
      return Status::Corruption(fmt::format("projection figures: a source row names event {}, a {}", s.position, event.type));
    }
    s.recorded_at = std::move(event.recorded_at);
    s.recorded_by = std::move(event.recorded_by);
    DOSSIER_ASSIGN_OR_RETURN(s.extracted, DecodeFiguresExtracted(event.payload, event.schema_version));
    return s;
  }
  DOSSIER_ASSIGN_OR_RETURN(s.recorded_at, o.String("recorded_at"));
  DOSSIER_ASSIGN_OR_RETURN(s.recorded_by, o.String("recorded_by"));
  std::string payload;
  DOSSIER_ASSIGN_OR_RETURN(payload, o.RawMember("payload"));
  DOSSIER_ASSIGN_OR_RETURN(s.extracted, DecodeFiguresExtracted(payload, kFiguresExtractedSchema));
  return s;
}

// Reads the row of `source_id` into `into`, where it stays (refs to it stay valid); null when the
// source has no row.
Result<const SourceFigures*> ReadSourceInto(const ProjectionRows& rows, const std::string& source_id,
                                            std::map<std::string, SourceFigures>* into) {
  std::optional<std::string> value;
  DOSSIER_ASSIGN_OR_RETURN(value, rows.Get(std::string(kSourcePrefix) + source_id));
  if (!value) return nullptr;
  SourceFigures s;
  DOSSIER_ASSIGN_OR_RETURN(s, DecodeSourceFigures(*value, rows.log()));
  return &into->emplace(source_id, std::move(s)).first->second;
}

// What people labelled one figure to measure (MetricLabeled events folded); nullopt where the
// extractor's reading stands.
struct FigureLabel {
  std::optional<std::string> metric, subject, period;
};

std::string EncodeLabel(const FigureLabel& label) {
  JsonWriter w;
  w.BeginObject();
  if (label.metric) w.Key("metric").String(*label.metric);
  if (label.subject) w.Key("subject").String(*label.subject);
  if (label.period) w.Key("period").String(*label.period);
  w.EndObject();
  return w.Take();
}

Result<FigureLabel> DecodeLabel(std::string_view value) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(value));
  FigureLabel label;
  DOSSIER_ASSIGN_OR_RETURN(label.metric, o.OptionalString("metric"));
  DOSSIER_ASSIGN_OR_RETURN(label.subject, o.OptionalString("subject"));
  DOSSIER_ASSIGN_OR_RETURN(label.period, o.OptionalString("period"));
  return label;
}

void Lay(const FigureLabel& label, Figure* f) {
  if (label.metric) f->metric = label.metric;
  if (label.subject) f->subject = label.subject;
  if (label.period) f->period = label.period;
}

// The stored label of `figure_id`, if any.
Result<std::optional<FigureLabel>> StoredLabel(const ProjectionRows& rows, const std::string& figure_id) {
  std::optional<std::string> value;
  DOSSIER_ASSIGN_OR_RETURN(value, rows.Get(std::string(kLabelPrefix) + figure_id));
  if (!value) return std::optional<FigureLabel>();
  FigureLabel label;
  DOSSIER_ASSIGN_OR_RETURN(label, DecodeLabel(*value));
  return std::optional<FigureLabel>(std::move(label));
}

// 8 bytes whose bytewise order is the numeric order of `value` (the sign bit flipped for
// positives, every bit for negatives; -0 taken as 0).
std::string OrderedValue(double value) {
  if (value == 0) value = 0;
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  bits = (bits >> 63) != 0 ? ~bits : bits | (uint64_t{1} << 63);
  std::string out(8, '\0');
  for (int i = 7; i >= 0; --i, bits >>= 8) out[i] = static_cast<char>(bits & 0xff);
  return out;
}

std::string QuantityPrefix(const Figure& f) {
  return fmt::format("{}{}\x1f{}", kQuantityPrefix, UnitKey(f.unit), PerKey(f.per)) + '\0';
}

// Appends "<unit key>\x1f<per key>\0<value, 8 bytes in numeric order>" to `key`: the quantity `f`
// states, as its quantity row's key holds it after "quantity/" and its surface row's after the surface.
void AppendQuantity(const Figure& f, std::string* key) {
  *key += UnitKey(f.unit);
  *key += '\x1f';
  *key += PerKey(f.per);
  *key += '\0';
  *key += OrderedValue(f.value);
}

// Calls `row(key, value)` for each index row of one (labelled) figure of `source_id`, the rows a
// newer extraction or a label replaces: the figure row holds the id of its source; the quantity and
// measure rows end their keys with "<source id> <figure id>" (AddNamed) and hold nothing, and the
// quantity row's key holds the figure's surface before them, so that the figures of one surface
// are found among those of the quantities its surface row names (WithSurface).
// `row` sees each key in one buffer, reused: a view valid until it returns.
template <typename RowFn>
void ForEachIndexRow(const std::string& source_id, const ExtractedFigure& figure, RowFn row) {
  const Figure& f = figure.figure;
  auto named = [&](std::string* key) { key->append(source_id).append(1, ' ').append(figure.id); };
  std::string key(kFigurePrefix);
  key += figure.id;
  row(std::string_view(key), std::string_view(source_id));
  key.assign(kQuantityPrefix);
  AppendQuantity(f, &key);
  key += f.surface;
  key += '\0';
  named(&key);
  row(std::string_view(key), std::string_view());
  if (std::optional<std::string> measure = MeasureKey(f)) {
    key.assign(kMeasurePrefix);
    key += *measure;
    key += '\0';
    named(&key);
    row(std::string_view(key), std::string_view());
  }
}

// The surface row of `f` into `key`: "surface/<surface>\0<quantity>" (AppendQuantity), empty. One
// row for every figure of that surface and quantity, of any source; never deleted (a figure
// replaced may share it), so the quantities it names are a superset of those the surface's figures
// state now.
void SurfaceRow(const Figure& f, std::string* key) {
  key->assign(kSurfacePrefix);
  *key += f.surface;
  *key += '\0';
  AppendQuantity(f, key);
}

}  // namespace

Status FigureIndex::Apply(const RecordedEvent& event) {
  if (event.type == kMetricLabeled) return ApplyMetricLabel(event);
  if (event.type != kFiguresExtracted) return Status::OK();
  SourceFigures s;
  DOSSIER_ASSIGN_OR_RETURN(s.extracted, DecodeFiguresExtracted(event.payload, event.schema_version));
  const std::string id = s.extracted.source_id;
  // The first extraction of a source (the first event of its figures stream) replaces no row: a
  // source's row is written by its extractions alone. Not looking it up spares a bulk ingest a read
  // that misses through every level of a large store.
  const bool first = event.version == 1 && event.stream == FiguresStream(id);
  std::optional<std::string> stored;
  if (!first) {
    DOSSIER_ASSIGN_OR_RETURN(stored, rows().Get(std::string(kSourcePrefix) + id));
  }
  std::optional<SourceFigures> old;
  if (stored) {
    DOSSIER_ASSIGN_OR_RETURN(old, DecodeSourceFigures(*stored, rows().log()));
    // The log is in order, so the newest extraction of the newest version replaces what was there.
    if (s.extracted.source_version < old->extracted.source_version) return Status::OK();
  }
  s.position = event.position;
  s.recorded_at = event.recorded_at;
  s.recorded_by = event.recorded_by;
  // Labels recorded before this extraction still stand for the figures it finds again.
  const std::set<std::string>* labelled = nullptr;
  DOSSIER_ASSIGN_OR_RETURN(labelled, Labelled());
  bool laid = false;
  for (ExtractedFigure& figure : s.extracted.figures) {
    if (labelled->count(figure.id) == 0) continue;
    std::optional<FigureLabel> label;
    DOSSIER_ASSIGN_OR_RETURN(label, StoredLabel(rows(), figure.id));
    if (label) Lay(*label, &figure.figure);
    laid = laid || label.has_value();
  }
  PutIndexRows(id, old ? &*old : nullptr, s);
  // A schema-2 payload with no label laid on it is the row's payload as it stands: the row names
  // the event (or, with no store, keeps the payload as recorded rather than encode it again).
  const bool as_recorded = event.schema_version == kFiguresExtractedSchema && !laid;
  if (as_recorded && rows().log() != nullptr) {
    rows().Put(std::string(kSourcePrefix) + id, EncodeSourceEvent(event.position));
    return Status::OK();
  }
  rows().Put(std::string(kSourcePrefix) + id,
             EncodeSourceFigures(s, as_recorded ? std::optional<std::string_view>(event.payload) : std::nullopt));
  return Status::OK();
}

Status FigureIndex::ApplyMetricLabel(const RecordedEvent& event) {
  MetricLabeled labelled;
  DOSSIER_ASSIGN_OR_RETURN(labelled, DecodeMetricLabeled(event.payload));
  std::optional<FigureLabel> stored_label;
  DOSSIER_ASSIGN_OR_RETURN(stored_label, StoredLabel(rows(), labelled.figure));
  FigureLabel label = stored_label.value_or(FigureLabel{});
  if (labelled.metric) label.metric = labelled.metric;
  if (labelled.subject) label.subject = labelled.subject;
  if (labelled.period) label.period = labelled.period;
  rows().Put(std::string(kLabelPrefix) + labelled.figure, EncodeLabel(label));
  if (labelled_) labelled_->insert(labelled.figure);
  // The figure's source, when it is extracted already: its row and the figure's measure row change.
  std::optional<std::string> named;
  DOSSIER_ASSIGN_OR_RETURN(named, rows().Get(std::string(kFigurePrefix) + labelled.figure));
  if (!named) return Status::OK();
  const std::string& source_id = *named;
  std::optional<std::string> stored;
  DOSSIER_ASSIGN_OR_RETURN(stored, rows().Get(std::string(kSourcePrefix) + source_id));
  if (!stored) {
    return Status::Corruption(fmt::format("projection figures: figure {} names source {}, which has no row", labelled.figure, source_id));
  }
  SourceFigures s;
  DOSSIER_ASSIGN_OR_RETURN(s, DecodeSourceFigures(*stored, rows().log()));
  // Only the labelled figure's index rows change (its measure row): the others stay as they are.
  for (ExtractedFigure& figure : s.extracted.figures) {
    if (figure.id != labelled.figure) continue;
    ForEachIndexRow(source_id, figure, [&](std::string_view row, std::string_view) { rows().Delete(row); });
    Lay(label, &figure.figure);
    ForEachIndexRow(source_id, figure, [&](std::string_view row, std::string_view value) { rows().Put(row, value); });
  }
  rows().Put(std::string(kSourcePrefix) + source_id, EncodeSourceFigures(s));
  sources_.erase(source_id);
  return Status::OK();
}

Result<const std::set<std::string>*> FigureIndex::Labelled() {
  if (!labelled_) {
    std::set<std::string> ids;
    DOSSIER_RETURN_IF_ERROR(rows().Scan(kLabelPrefix, [&](std::string_view key, std::string_view) {
      ids.emplace(key.substr(kLabelPrefix.size()));
      return true;
    }));
    labelled_ = std::move(ids);
  }
  return &*labelled_;
}

void FigureIndex::PutIndexRows(const std::string& source_id, const SourceFigures* old, const SourceFigures& source) {
  if (old != nullptr) {
    for (const ExtractedFigure& figure : old->extracted.figures) {
      ForEachIndexRow(source_id, figure, [&](std::string_view row, std::string_view) { rows().Delete(row); });
    }
  }
  for (const ExtractedFigure& figure : source.extracted.figures) {
    ForEachIndexRow(source_id, figure, [&](std::string_view row, std::string_view value) { rows().Put(row, value); });
    PutSurfaceRow(figure.figure);
  }
  sources_.erase(source_id);
}

void FigureIndex::PutSurfaceRow(const Figure& f) {
  if (surface_rows_put_.size() >= kSurfaceRowsRemembered) surface_rows_put_.Clear();
  SurfaceRow(f, &surface_row_);
  if (!surface_rows_put_.Insert(surface_row_)) return;  // among the rows already: putting it again changes nothing
  rows().Put(surface_row_, std::string_view());
}

Status FigureIndex::LoadAll() {
  Status decoded = Status::OK();
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kSourcePrefix, [&](std::string_view key, std::string_view value) {
    const std::string id(key.substr(kSourcePrefix.size()));
    if (sources_.count(id) != 0) return true;  // read before: refs to it stay valid
    Result<SourceFigures> s = DecodeSourceFigures(value, rows().log());
    if (!s.ok()) {
      decoded = s.status().WithContext(fmt::format("projection figures: row `{}`", key));
      return false;
    }
    sources_.emplace(id, std::move(*s));
    return true;
  }));
  loaded_all_ = decoded.ok();
  return decoded;
}

Status FigureIndex::ScanSources(const std::function<bool(const SourceFigures&)>& fn) const {
  Status failed = Status::OK();
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kSourcePrefix, [&](std::string_view key, std::string_view value) {
    Result<SourceFigures> s = DecodeSourceFigures(value, rows().log());
    if (!s.ok()) {
      failed = s.status().WithContext(fmt::format("projection figures: row `{}`", key));
      return false;
    }
    return fn(*s);
  }));
  return failed;
}

Result<const SourceFigures*> FigureIndex::Source(const std::string& source_id) const {
  auto found = sources_.find(source_id);
  if (found != sources_.end()) return &found->second;
  if (loaded_all_) return nullptr;
  return ReadSourceInto(rows(), source_id, &sources_);
}

std::vector<FigureRef> FigureIndex::Figures() const {
  std::vector<FigureRef> figures;
  for (const auto& [id, source] : sources_) {
    for (const ExtractedFigure& figure : source.extracted.figures) figures.push_back({&source, &figure});
  }
  return figures;
}

namespace {

using IdsBySource = std::map<std::string, std::set<std::string>>;  // sorted: the order Figures() gives
using SourceLookup = std::function<Result<const SourceFigures*>(const std::string& source_id)>;

// Adds the figure an index row names (ForEachIndexRow) to `ids`: a figure row's key ends with the
// figure's id and its value is its source's; the other rows' keys end with "<source id> <figure
// id>" after their last '\0' (before it, a quantity row's value may hold any byte, its surface none).
void AddNamed(std::string_view key, std::string_view value, IdsBySource* ids) {
  if (key.substr(0, kFigurePrefix.size()) == kFigurePrefix) {
    (*ids)[std::string(value)].insert(std::string(key.substr(kFigurePrefix.size())));
    return;
  }
  const std::string_view named = key.substr(key.rfind('\0') + 1);
  const size_t space = named.find(' ');
  (*ids)[std::string(named.substr(0, space))].insert(std::string(named.substr(space + 1)));
}

// Adds the figures the rows with keys in [begin, end) name to `ids`.
Status AddNamedIn(const ProjectionRows& rows, std::string_view begin, std::string_view end, IdsBySource* ids) {
  return rows.ScanRange(begin, end, [&](std::string_view key, std::string_view value) {
    AddNamed(key, value, ids);
    return true;
  });
}

// The figures `ids` names, by source id and then span, their sources read by `source`.
Result<std::vector<FigureRef>> Resolve(const IdsBySource& ids, const SourceLookup& source) {
  std::vector<FigureRef> found;
  for (const auto& [source_id, figure_ids] : ids) {
    const SourceFigures* figures = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(figures, source(source_id));
    if (figures == nullptr) return Status::Corruption(fmt::format("projection figures: the index names source {}, which has no row", source_id));
    for (const ExtractedFigure& figure : figures->extracted.figures) {
      if (figure_ids.count(figure.id) != 0) found.push_back({figures, &figure});
    }
  }
  return found;
}

}  // namespace

Result<std::vector<FigureRef>> FigureIndex::Named(std::string_view begin, std::string_view end) const {
  IdsBySource ids;
  DOSSIER_RETURN_IF_ERROR(AddNamedIn(rows(), begin, end, &ids));
  return Resolve(ids, [this](const std::string& source_id) { return Source(source_id); });
}

Status FigureIndex::ScanSharedMeasures(const std::function<bool(const std::vector<FigureRef>&)>& fn) const {
  std::string measure;  // of the rows gathered in `ids`
  IdsBySource ids;
  size_t gathered = 0;
  bool more = true;
  Status failed = Status::OK();
  // Hands `fn` the gathered measure's figures, when it has two or more, and starts the next.
  auto finish_measure = [&]() {
    if (gathered >= 2) {
      std::map<std::string, SourceFigures> read;  // this measure's sources only
      Result<std::vector<FigureRef>> figures =
          Resolve(ids, [&](const std::string& source_id) { return ReadSourceInto(rows(), source_id, &read); });
      if (!figures.ok()) failed = figures.status();
      more = figures.ok() && fn(*figures);
    }
    ids.clear();
    gathered = 0;
    return more;
  };
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kMeasurePrefix, [&](std::string_view key, std::string_view value) {
    std::string_view row_measure = key.substr(kMeasurePrefix.size());
    row_measure = row_measure.substr(0, row_measure.find('\0'));
    if (row_measure != measure) {
      if (!finish_measure()) return false;
      measure.assign(row_measure);
    }
    AddNamed(key, value, &ids);
    ++gathered;
    return true;
  }));
  if (more) finish_measure();
  return failed;
}

Result<uint64_t> FigureIndex::CountFigures() const {
  uint64_t count = 0;
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kFigurePrefix, [&](std::string_view, std::string_view) {
    ++count;
    return true;
  }));
  return count;
}

namespace {

// [prefix, the first key after every key starting with prefix)
std::pair<std::string, std::string> PrefixRange(std::string prefix) {
  std::string end = prefix;
  end.push_back('\xff');
  return {std::move(prefix), std::move(end)};
}

}  // namespace

Result<std::vector<FigureRef>> FigureIndex::FindById(std::string_view prefix) const {
  auto [begin, end] = PrefixRange(std::string(kFigurePrefix) + std::string(prefix));
  return Named(begin, end);
}

Result<std::vector<FigureRef>> FigureIndex::NearQuantity(const Figure& query) const {
  const std::string prefix = QuantityPrefix(query);
  // As far as one of the values may be the other written to fewer digits (WrittenAlike: "94 per
  // cent" finds 94.6%, "$1.16 billion" finds "$1.2 billion"), which is within a tenth of it when
  // written to two digits or more; SameQuantity then decides.
  constexpr double kWrittenShorterReach = 0.1;
  const double reach = std::max({2 * kSameQuantityTolerance * std::abs(query.value), LastDigitUnit(query),
                                 kWrittenShorterReach * std::abs(query.value)});
  return Named(prefix + OrderedValue(query.value - reach), prefix + OrderedValue(query.value + reach) + '\xff');
}

Result<std::vector<FigureRef>> FigureIndex::SameMeasureAs(const Figure& f) const {
  const std::optional<std::string> measure = MeasureKey(f);
  if (!measure) return std::vector<FigureRef>();
  auto [begin, end] = PrefixRange(std::string(kMeasurePrefix) + *measure + '\0');
  return Named(begin, end);
}

Result<std::vector<FigureRef>> FigureIndex::WithSurface(std::string_view surface) const {
  // The quantities stated under this surface (its surface rows), then in each the quantity rows of
  // this surface: those of the figures the index holds now.
  const std::string surface_prefix = std::string(kSurfacePrefix) + std::string(surface) + '\0';
  std::vector<std::string> quantities;
  DOSSIER_RETURN_IF_ERROR(rows().Scan(surface_prefix, [&](std::string_view key, std::string_view) {
    quantities.emplace_back(key.substr(surface_prefix.size()));
    return true;
  }));
  IdsBySource ids;
  for (const std::string& quantity : quantities) {
    auto [begin, end] = PrefixRange(std::string(kQuantityPrefix) + quantity + std::string(surface) + '\0');
    DOSSIER_RETURN_IF_ERROR(AddNamedIn(rows(), begin, end, &ids));
  }
  return Resolve(ids, [this](const std::string& source_id) { return Source(source_id); });
}

std::vector<std::vector<FigureRef>> GroupSameQuantity(const std::vector<FigureRef>& figures) {
  std::vector<std::vector<FigureRef>> groups;
  for (const FigureRef& ref : figures) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const std::vector<FigureRef>& g) {
      return SameQuantity(g.front().figure->figure, ref.figure->figure);
    });
    if (group == groups.end()) {
      groups.push_back({ref});
    } else {
      group->push_back(ref);
    }
  }
  return groups;
}

namespace {

// "Meta Platforms" and "Meta", "Alphabet Inc." and "Alphabet" name one subject.
std::string SubjectKey(std::string_view subject) {
  std::string key = MetricKey(subject);
  if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
  static constexpr std::string_view kSuffixes[] = {" platforms", " inc.", " inc", " corp.", " corp", " corporation",
                                                   " ltd", " ltd.", " limited", " plc", " holdings", " group", " ag", " se"};
  for (std::string_view suffix : kSuffixes) {
    if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
      key.resize(key.size() - suffix.size());
      break;
    }
  }
  return key;
}

// The unit `f` is compared in: the base unit of its dimension where it has one ("52.5 GW" and
// "52,573 MW" are both watts), else its own; currencies are never converted.
std::string DimensionKey(const Figure& f) {
  if (auto base = InBaseUnit(f.unit)) return std::string(base->unit);
  return UnitKey(f.unit);
}

// Whether a figure of `metric` is one event's, whose subject (the event) says when without a
// period: a disaster's insured losses, which two modellers estimate for "Hurricane Tolvane".
bool DatedBySubject(std::string_view metric) { return metric == "insured losses"; }

// The interval [value, value_high] of `f`, in the base unit of its dimension; a bound is open on
// its far side ("more than $100 billion" agrees with $127 billion, "up to 5%" with 3%).
std::pair<double, double> Interval(const Figure& f) {
  const double factor = InBaseUnit(f.unit) ? InBaseUnit(f.unit)->factor : 1;
  double low = f.value * factor, high = f.value_high.value_or(f.value) * factor;
  if (low > high) std::swap(low, high);
  constexpr double kOpen = std::numeric_limits<double>::infinity();
  if (f.approx == Approximation::kAtLeast || f.approx == Approximation::kMoreThan) high = kOpen;
  if (f.approx == Approximation::kAtMost || f.approx == Approximation::kLessThan) low = -kOpen;
  return {low, high};
}

// Whether the words around `f` name it an early reading that a final one replaces ("a provisional
// figure of 61.43%", "28.5% in the preliminary count", "the initial 0.1 per cent estimate").
bool NamedAsPreliminary(const Figure& f) {
  static constexpr std::string_view kEarly[] = {"preliminary", "provisional", "initial", "partial count", "unofficial",
                                                "flash estimate", "advance estimate", "first estimate", "earlier estimate",
                                                "previous estimate"};
  const std::string around = MetricKey(f.quote.prefix + " " + f.quote.suffix);
  return std::any_of(std::begin(kEarly), std::end(kEarly), [&](std::string_view w) { return around.find(w) != std::string::npos; });
}

bool Disagree(const Figure& a, const Figure& b) {
  // A preliminary reading and the value that revises it are one quantity read twice, no rivals
  // ("28.52% in the final count" against "28.6% in the preliminary count").
  if (NamedAsPreliminary(a) != NamedAsPreliminary(b)) return false;
  auto [a_low, a_high] = Interval(a);
  auto [b_low, b_high] = Interval(b);
  const double gap = std::max(a_low - b_high, b_low - a_high);
  double scale = 0;  // the largest magnitude either states (an open side states none)
  for (double end : {a_low, a_high, b_low, b_high}) {
    if (std::isfinite(end)) scale = std::max(scale, std::abs(end));
  }
  if (gap > kConflictTolerance * scale) return true;
  // Within it, two exact values in digits of one unit, stated as the same kind of thing (two
  // outcomes, not an outcome against a forecast), still disagree unless one is the other written to
  // fewer digits: a turnout of 84% against 82.5%, or 76.4% against 76.6%.
  const auto exact = [](const Figure& f) { return f.approx == Approximation::kExact && !f.value_high && LastDigitUnit(f) > 0; };
  return gap > 0 && exact(a) && exact(b) && UnitKey(a.unit) == UnitKey(b.unit) && a.period_kind == b.period_kind &&
         !WrittenAlike(a, b);
}

}  // namespace

namespace {

// Whether `f` is a turnout on the day of its vote ("Turnout was 61.2%" the day after it): the one
// election the stories of that day report, whose name a sentence on its turnout often leaves out.
bool TurnoutOfADay(const Figure& f) {
  return f.metric == "turnout" && f.period && f.period->size() == 10 && (*f.period)[4] == '-' && (*f.period)[7] == '-';
}

}  // namespace

std::optional<std::string> MeasureKey(const Figure& f) {
  if ((!f.subject && !TurnoutOfADay(f)) || !f.metric || (!f.period && !DatedBySubject(*f.metric))) return std::nullopt;
  return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", f.subject ? SubjectKey(*f.subject) : "", MetricKey(*f.metric), f.period.value_or(""),
                     ToString(f.kind), DimensionKey(f), PerKey(f.per));
}

bool SameMeasure(const Figure& a, const Figure& b) {
  const std::optional<std::string> key = MeasureKey(a);
  return key && key == MeasureKey(b);
}

namespace {

// Whether the words before `f` name it as the subject's own earlier forecast, superseded by the
// one the source reports ("up from previous guidance for revenue between $685 million and $705
// million", "Its prior outlook was for a 9% increase"). Others' forecasts ("analysts had
// forecast") are rivals, not earlier forecasts.
bool NamedAsEarlierForecast(const Figure& f) {
  static constexpr std::string_view kEarlier[] = {"previous guidance", "prior guidance", "earlier guidance", "previous forecast",
                                                  "prior forecast", "earlier forecast", "previous outlook", "prior outlook",
                                                  "previous projection", "prior projection", "previously forecast",
                                                  "previously project", "previously estimat", "previously expect",
                                                  "previously guid"};
  const std::string before = MetricKey(f.quote.prefix);
  if (std::any_of(std::begin(kEarlier), std::end(kEarlier), [&](std::string_view w) { return before.find(w) != std::string::npos; })) {
    return true;
  }
  // "1.8%, below the 2.1% it projected in August": the subject's own forecast, made before.
  const std::string after = MetricKey(f.quote.suffix);
  for (std::string_view made : {"it projected", "it had projected", "it forecast", "it had forecast", "it predicted",
                                "it had predicted", "it estimated", "it had estimated"}) {
    if (after.compare(0, made.size(), made) == 0) return true;
  }
  return false;
}

// Whether `f` states no value of its own to compare: one its source names as an earlier forecast
// (NamedAsEarlierForecast), a delta with no basis (a move against nothing named), or the `from`
// end of a revision whose `to` end has the same period ("raised its 2026 forecast from $35 billion
// to $50 billion": the old value is superseded) or that was itself a forecast or a plan ("expects
// ¥49 trillion, up from an earlier ¥47.5 trillion forecast": the old forecast is no rival of the
// new). A `from` end of another period ("$135 billion, up from $72 billion last year") is that
// period's value, and a `to` end is the current one. A `from` end whose other end is not known is
// left out too, rather than guessed.
bool StatesNoRivalValue(const Figure& f, const SourceFigures& source) {
  if (NamedAsEarlierForecast(f)) return true;
  if (!f.change) return false;
  if (f.change->role == "delta") return !f.change->basis;
  if (f.change->role != "from") return false;
  if (!f.change->other_begin) return true;  // a move whose new value the text does not state
  if (f.period_kind == "forecast" || f.period_kind == "plan") return true;
  for (const ExtractedFigure& other : source.extracted.figures) {
    if (other.figure.span.begin == *f.change->other_begin) return other.figure.period == f.period;
  }
  return false;
}

// Whether the words around `f` name someone else's number: "above the $41 billion analysts had
// forecast", "against a consensus of". A sentence that states two values of one measure does so to
// set them against each other only with such words; else one of the two is misread.
bool NamesARivalEstimate(const Figure& f, bool before_only = false) {
  static constexpr std::string_view kRivals[] = {"analyst", "consensus", "estimate", "expected", "expectation",
                                                 "forecast", "projected", "predicted", "poll", "survey"};
  const std::string around = MetricKey(before_only ? f.quote.prefix : f.quote.prefix + " " + f.quote.suffix);
  auto at_word_start = [&](size_t at) { return at == 0 || !std::isalpha(static_cast<unsigned char>(around[at - 1])); };
  return std::any_of(std::begin(kRivals), std::end(kRivals), [&](std::string_view w) {
    for (size_t at = around.find(w); at != std::string::npos; at = around.find(w, at + 1)) {
      if (at_word_start(at)) return true;  // "expected", not "unexpectedly"
    }
    return false;
  });
}

// Whether `b` follows `a` across a dash or a colon: the two sides of a score or a tally ("beat
// Chelsea 3-1", "a 5–4 vote", "won 2:0"), which no rival estimate sets against each other.
bool Tally(const Figure& a, const Figure& b) {
  for (std::string_view joint : {"-", "\xE2\x80\x93", "\xE2\x80\x94", ":"}) {
    if (a.quote.suffix.compare(0, joint.size(), joint) == 0 &&
        a.quote.suffix.compare(joint.size(), b.surface.size(), b.surface) == 0 && b.span.begin == a.span.end + joint.size()) {
      return true;
    }
  }
  return false;
}

// Whether `f` is given as an estimate, someone's expectation rather than the reported value: of
// the kind "forecast", or after words that name one ("Analysts had expected US$2.19 a share",
// "against the average estimate of US$38.1 billion").
bool GivenAsEstimate(const Figure& f) { return f.period_kind == "forecast" || NamesARivalEstimate(f, true); }

// Whether `a` and `b` (in that order, in one sentence) are two values listed under one expectation
// rather than rival ones: both given as estimates, joined by "and", with no word of a rival
// estimate or of a comparison between them or after `b` ("Economists had expected a monthly rise
// of 0.4% and an annual rate of 4.0%", "The forecast had been for 0.2% and 3.5%"; not "expects
// revenue of $43 billion, above the $41 billion analysts had forecast").
bool OneExpectationListed(const Figure& a, const Figure& b) {
  if (!GivenAsEstimate(a) || !GivenAsEstimate(b) || b.span.begin < a.span.end || b.span.begin - a.span.end > a.quote.suffix.size()) {
    return false;
  }
  const std::string between = " " + MetricKey(a.quote.suffix.substr(0, b.span.begin - a.span.end)) + " ";
  if (between.find(" and ") == std::string::npos) return false;
  for (std::string_view compared : {"above", "below", "than", "against", "versus", "compared"}) {
    if (between.find(compared) != std::string::npos) return false;
  }
  Figure around;
  around.quote.suffix = between + " " + b.quote.suffix;
  return !NamesARivalEstimate(around);
}

// `measured` (figures of one measure) less those a source states beside a different value of the
// same measure with nothing setting them against each other, a misreading rather than a conflict,
// and which of the two is wrong is not known. In one sentence, a word of a rival estimate sets them
// against each other ("revenue reached $1.45 billion last year, while exports hit $93 billion"
// read as two revenues is a misreading); across sentences, one of them given as an estimate does
// ("Total revenue was US$38.7 billion … Advertising revenue rose 9 per cent to US$29.3 billion"
// read as two revenues of the group is a misreading; "… US$2.05 a share. Analysts had expected
// US$2.19 a share" is an outcome against an expectation, which FindConflicts keeps apart).
std::vector<FigureRef> WithoutSelfContradictions(const std::vector<FigureRef>& measured) {
  std::vector<bool> dropped(measured.size(), false);
  std::vector<std::pair<size_t, size_t>> pairs;  // the two values of each contradiction
  for (size_t i = 0; i < measured.size(); ++i) {
    for (size_t j = i + 1; j < measured.size(); ++j) {
      const Figure& a = measured[i].figure->figure;
      const Figure& b = measured[j].figure->figure;
      if (measured[i].source != measured[j].source || !Disagree(a, b)) continue;
      if (a.sentence == b.sentence) {
        if (!Tally(a, b) && !Tally(b, a) && (NamesARivalEstimate(a) || NamesARivalEstimate(b)) &&
            !(a.span.begin < b.span.begin ? OneExpectationListed(a, b) : OneExpectationListed(b, a))) {
          continue;
        }
      } else if (GivenAsEstimate(a) || GivenAsEstimate(b)) {
        continue;
      }
      dropped[i] = dropped[j] = true;
      pairs.emplace_back(i, j);
    }
  }
  // Unless the two are near each other, other sources state the measure and none of them agrees
  // with either value: then the source gives two counts that rival each other and the others'
  // ("8.52 million barrels per day by the secondary sources' count, while Norvia told the group it
  // had produced 8.98 million", against a survey's 8.75 million), rather than one misread value
  // beside the one the others state (a misread value is mostly far from the other: "8.75 million
  // barrels per day, or 220,000 barrels per day less than a month earlier").
  constexpr double kRivalCounts = 0.2;  // the largest gap of two counts of one quantity, of the larger
  auto near = [&](size_t i, size_t j) {
    const double a = measured[i].figure->figure.value, b = measured[j].figure->figure.value;
    return std::fabs(a - b) <= kRivalCounts * std::max(std::fabs(a), std::fabs(b));
  };
  auto others_agree_with = [&](size_t i) {
    return std::any_of(measured.begin(), measured.end(), [&](const FigureRef& other) {
      return other.source != measured[i].source && !Disagree(other.figure->figure, measured[i].figure->figure);
    });
  };
  auto stated_elsewhere = [&](size_t i) {
    return std::any_of(measured.begin(), measured.end(), [&](const FigureRef& other) { return other.source != measured[i].source; });
  };
  std::vector<bool> misread(measured.size(), false);
  for (const auto& [i, j] : pairs) {
    if (!near(i, j) || !stated_elsewhere(i) || others_agree_with(i) || others_agree_with(j)) misread[i] = misread[j] = true;
  }
  for (size_t i = 0; i < measured.size(); ++i) dropped[i] = misread[i];
  std::vector<FigureRef> kept;
  for (size_t i = 0; i < measured.size(); ++i) {
    if (!dropped[i]) kept.push_back(measured[i]);
  }
  return kept;
}

// Whether `f` is an expectation formed before the outcome rather than a value reported as having
// happened: a plan, a budget, a target, or a figure the words before it name as expected,
// forecast, projected or the consensus ("Analysts had expected US$2.19 a share", "an exit poll had
// projected 63 seats"). An estimate alone is not: "A critic estimates that Orchard AI had revenue
// of around $8bn in 2025" disputes the company's figure.
bool Expected(const Figure& f) {
  static constexpr std::string_view kExpectation[] = {"expect", "consensus", "forecast", "projected", "predicted", "guidance", "outlook"};
  static constexpr std::string_view kExpectedAfter[] = {" expected", " as expected", " a share expected", " per share expected"};
  const std::string before = MetricKey(f.quote.prefix);
  // "vs. $9.77 billion as expected by analysts", "against $1.95 a share expected": the words right after.
  const std::string_view after = std::string_view(f.quote.suffix).substr(0, 24);
  const bool expected_after = std::any_of(std::begin(kExpectedAfter), std::end(kExpectedAfter),
                                          [&](std::string_view w) { return after.substr(0, w.size()) == w; });
  return f.period_kind == "plan" || expected_after ||
         std::any_of(std::begin(kExpectation), std::end(kExpectation), [&](std::string_view w) { return before.find(w) != std::string::npos; });
}
bool Happened(const Figure& f) { return f.period_kind == "actual"; }

// Whether the figure `ref` is an expectation (Expected), or a forecast listed after one in its
// sentence: "An exit poll had projected 63 seats for the Civic Union and 34 for the Reform Bloc"
// (the words of the expectation are too far before the 34 for its own quote to hold them).
bool ExpectedIn(const FigureRef& ref) {
  const Figure& f = ref.figure->figure;
  if (Expected(f)) return true;
  if (f.period_kind != "forecast") return false;
  return std::any_of(ref.source->extracted.figures.begin(), ref.source->extracted.figures.end(), [&](const ExtractedFigure& other) {
    const Figure& g = other.figure;
    return g.sentence == f.sentence && g.span.end <= f.span.begin && Expected(g);
  });
}

// Whether `f` is named as a target or a goal: "its goal of 2.5%", "within the target of 2.5%",
// "the target is 2%", "the bank's 1% to 3% target", "a 5.2 percent growth target". A target is an
// aim that stands whatever happens: it rivals no forecast and no outcome of its measure, only
// another target. (A central bank's "target" for its own rate is the rate it set, not an aim.)
bool NamedAsTarget(const Figure& f) {
  if (f.metric == "interest rate") return false;
  auto target_word = [](std::string_view w) {
    return w == "target" || w == "targets" || w == "goal" || w == "goals" || w == "aim" || w == "objective";
  };
  auto words = [](std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        continue;
      }
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
      if (c != ' ' && c != '-') out.push_back(std::string(1, c));  // punctuation ends the phrase
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
  };
  // Up to three words between the figure and the word of a target, none of them punctuation.
  constexpr size_t kBetween = 3;
  const std::vector<std::string> before = words(f.quote.prefix), after = words(f.quote.suffix);
  for (size_t k = 0; k <= kBetween && k < before.size(); ++k) {
    const std::string& w = before[before.size() - 1 - k];
    if (target_word(w)) return true;
    if (!std::isalpha(static_cast<unsigned char>(w[0]))) break;
  }
  for (size_t k = 0; k <= kBetween && k < after.size(); ++k) {
    if (target_word(after[k])) return true;
    if (!std::isalpha(static_cast<unsigned char>(after[k][0]))) break;
  }
  return false;
}

// `conflicts` less each figure that only says where a move started, in a source whose sentence
// states where it moved to as another of the conflict's values: "cut interest rates from 4.25
// percent to 4 percent" reports the 4% of the other sources, it does not dispute it (a central
// bank's cut had been the whole Why it matters of a real story, 4% against 4.25%). A conflict left
// with one value is none.
std::vector<FigureConflict> WithoutMovesToAnotherValue(std::vector<FigureConflict> conflicts) {
  // The value `from` moved to, in its own sentence: the figure its change names.
  auto moved_to = [](const FigureRef& from) -> const Figure* {
    const std::optional<FigureChange>& change = from.figure->figure.change;
    if (!change || change->role != "from" || !change->other_begin) return nullptr;
    for (const ExtractedFigure& other : from.source->extracted.figures) {
      if (other.figure.span.begin == *change->other_begin) return &other.figure;
    }
    return nullptr;
  };
  std::vector<FigureConflict> kept;
  for (FigureConflict& conflict : conflicts) {
    std::vector<std::vector<FigureRef>> values;
    for (size_t i = 0; i < conflict.values.size(); ++i) {
      std::vector<FigureRef> value;
      for (const FigureRef& ref : conflict.values[i]) {
        const Figure* to = moved_to(ref);
        bool reports_another = false;
        for (size_t j = 0; to && j < conflict.values.size(); ++j) {
          reports_another = reports_another || (j != i && SameQuantity(*to, conflict.values[j].front().figure->figure));
        }
        if (!reports_another) value.push_back(ref);
      }
      if (!value.empty()) values.push_back(std::move(value));
    }
    if (values.size() < 2) continue;
    conflict.values = std::move(values);
    kept.push_back(std::move(conflict));
  }
  return kept;
}

}  // namespace

std::vector<FigureConflict> FindConflicts(const std::vector<FigureRef>& figures) {
  std::map<std::string, std::vector<FigureRef>> by_measure;
  for (const FigureRef& ref : figures) {
    const Figure& f = ref.figure->figure;
    if (StatesNoRivalValue(f, *ref.source)) continue;
    std::optional<std::string> key = MeasureKey(f);
    if (!key) continue;
    // A move is weighed against moves on its own basis; a rate against rates on the basis its words
    // state (StatedBasis: "263.4% over 12 months" is no rival of July's 4%).
    *key += "\x1f";
    *key += f.change && f.change->role == "delta" ? *f.change->basis : std::string(StatedBasis(f));
    by_measure[*key].push_back(ref);
  }
  std::vector<FigureConflict> conflicts;
  // Values that agree within the tolerance with a group's first figure join that group; more than
  // one group is a conflict.
  auto add_conflict = [&](const std::vector<FigureRef>& measured) {
    std::vector<std::vector<FigureRef>> values;
    for (const FigureRef& ref : measured) {
      auto group = std::find_if(values.begin(), values.end(), [&](const std::vector<FigureRef>& g) {
        return !Disagree(g.front().figure->figure, ref.figure->figure);
      });
      if (group == values.end()) {
        values.push_back({ref});
      } else {
        group->push_back(ref);
      }
    }
    if (values.size() > 1) {
      const Figure& first = measured.front().figure->figure;
      // (A turnout of a vote's day may name no election: "the turnout of the vote" then.)
      conflicts.push_back({*first.metric, first.subject.value_or("the vote"), first.period.value_or(""), std::move(values)});
    }
  };
  for (auto& [key, all_measured] : by_measure) {
    std::vector<FigureRef> measured = WithoutSelfContradictions(all_measured);
    // Targets are weighed among themselves only.
    std::vector<FigureRef> targets;
    measured.erase(std::remove_if(measured.begin(), measured.end(), [&](const FigureRef& ref) {
                     if (!NamedAsTarget(ref.figure->figure)) return false;
                     targets.push_back(ref);
                     return true;
                   }),
                   measured.end());
    add_conflict(targets);
    // What was expected (a forecast, an estimate, a plan, a target) and what happened are no rivals,
    // in one source or two: "US$2.05 a share; analysts had expected US$2.19" is a miss, an
    // inflation target against the rate a target missed. Where a measure holds both, the
    // expectations are weighed among themselves (a company's capex plan against the consensus for
    // it) and the rest (reported values, and those of no kind) among themselves.
    const bool both = std::any_of(measured.begin(), measured.end(), ExpectedIn) &&
                      std::any_of(measured.begin(), measured.end(), [](const FigureRef& r) { return Happened(r.figure->figure); });
    if (!both) {
      add_conflict(measured);
      continue;
    }
    std::vector<FigureRef> expected, rest;
    for (const FigureRef& ref : measured) (ExpectedIn(ref) ? expected : rest).push_back(ref);
    add_conflict(expected);
    add_conflict(rest);
  }
  return WithoutMovesToAnotherValue(std::move(conflicts));
}

bool ContradictsMeaning(const Figure& reading, const Figure& recorded) {
  // Metrics a text names outright; "price", "cost" and the like are read from looser words and
  // are not held against each other.
  static constexpr std::string_view kDefinite[] = {
      "capital expenditure", "revenue",      "revenue run rate", "net income", "net loss",      "operating profit",
      "market value",        "valuation",    "funding",          "investment", "share price",   "depreciation",
      "debt issuance",       "free cash flow", "employees",      "users",      "market share",  "earnings per share",
  };
  auto definite = [](const std::optional<std::string>& m) {
    return m && std::find(std::begin(kDefinite), std::end(kDefinite), *m) != std::end(kDefinite);
  };
  return definite(reading.metric) && definite(recorded.metric) && *reading.metric != *recorded.metric;
}

namespace {

// Whether `text` names `subject`: any word of it that is no bare connective, case-folded ("Meta"
// names "Meta Platforms"; "Alphabet, Amazon, Meta and Microsoft" is named by any member).
bool Names(std::string_view text, const std::string& subject) {
  const std::string folded_text = MetricKey(text);
  std::string word;
  auto found = [&]() {
    return word.size() > 1 && word != "and" && folded_text.find(MetricKey(word)) != std::string::npos;
  };
  for (char c : subject + " ") {
    if (c == ' ' || c == ',') {
      if (found()) return true;
      word.clear();
    } else {
      word += c;
    }
  }
  return false;
}

}  // namespace

bool ContradictsSubject(const Figure& reading, std::string_view line, const Figure& recorded,
                        std::string_view source_sentence) {
  if (!reading.subject || !recorded.subject || SubjectKey(*reading.subject) == SubjectKey(*recorded.subject)) return false;
  // Only an owner the line states outright, as a possessive ("Meta's capital spending"): the other
  // ways a line names a subject are not yet read reliably enough to fail a briefing on.
  const bool possessive = line.find(*reading.subject + "'s") != std::string_view::npos ||
                          line.find(*reading.subject + "\xe2\x80\x99s") != std::string_view::npos;
  return possessive && !Names(line, *recorded.subject) && !Names(source_sentence, *reading.subject);
}

std::string DescribeMeaning(const Figure& f) {
  std::string out;
  auto add = [&](std::string_view label, const std::string& value) {
    if (!out.empty()) out += " · ";
    out += fmt::format("{} {}", label, value);
  };
  if (f.subject) add("subject", *f.subject);
  if (f.metric) add("metric", *f.metric);
  if (f.period) add("period", *f.period + (f.period_kind ? " (" + *f.period_kind + ")" : ""));
  if (f.change) add("change", f.change->role + (f.change->basis ? " " + *f.change->basis : ""));
  if (f.scale_inferred) add("scale", "inferred");
  return out;
}

Result<FigureIndex> LoadFigureIndex(EventStore* store) {
  FigureIndex index;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &index, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(index.LoadAll());
  return index;
}

Result<FigureIndex> OpenFigureIndex(EventStore* store) {
  FigureIndex index;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &index, /*persist=*/false));
  return index;
}

}  // namespace dossier
