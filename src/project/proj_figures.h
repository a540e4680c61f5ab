// FigureIndex: every figure of every source's latest version, as its newest extraction found it
// and with what people labelled it to measure (MetricLabeled: metric, subject, period), with where
// it was recorded; and, computed from it, the figures that state the same quantity
// and the metrics that sources state with different values (conflicts).
//
// Rows (a query reads only those it needs; see doc/storage-format.md):
//   "source/<source id>"             the FiguresExtracted event's position; with its payload (labels
//                                    applied) and recorded-at and -by when labelled or of schema 1
//   "label/<figure id>"              the figure's labels, which a later extraction of its source keeps
//   "figure/<figure id>"             "<source id>"
//   "quantity/<unit key>\x1f<per key>\0<value, 8 bytes in numeric order><surface>\0<source id> <figure id>"  empty
//   "measure/<MeasureKey>\0<source id> <figure id>"   empty (of the labelled figure: a label re-indexes it)
//   "surface/<surface>\0<unit key>\x1f<per key>\0<value, 8 bytes>"  empty: a quantity stated under
//                                    that surface by any figure folded, one row for all of them
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dossier/event_store.h"
#include "dossier/projection.h"
#include "model/figure_events.h"
#include "util/string_index.h"

namespace dossier {

// One source's newest extraction and the event that recorded it.
struct SourceFigures {
  FiguresExtracted extracted;
  uint64_t position = 0;
  std::string recorded_at;
  std::string recorded_by;
};

// One figure in the index.
struct FigureRef {
  const SourceFigures* source = nullptr;
  const ExtractedFigure* figure = nullptr;
};

// One metric that the sources state with different values.
struct FigureConflict {
  std::string metric;
  std::string subject;
  std::string period;
  std::vector<std::vector<FigureRef>> values;  // one group per distinct value, each ≥ 1 figure
};

class FigureIndex final : public Projection {
 public:
  std::string_view name() const override { return "figures"; }
  // 5: source rows hold FiguresExtracted schema 2; measure rows by dimension (MW and GW as watts).
  // 6: a source row names its event instead of copying its payload, unless a label changed it.
  // 7: the quantity, measure and surface rows name the figure in their keys and hold no value; the
  //    figure row holds only its source's id.
  // 8: a surface row per surface and quantity, not per figure; the quantity row holds the surface.
  int code_version() const override { return 8; }
  Status Apply(const RecordedEvent& event) override;

  // Reads every source's figures (listings, conflicts, the whole store's story views).
  Status LoadAll();
  // The sources read so far: every one after LoadAll, else those the reads below touched (one
  // story's views read their sources' and the figures they cite).
  const std::map<std::string, SourceFigures>& sources() const { return sources_; }
  // Every figure of sources(), by source id and then span.
  std::vector<FigureRef> Figures() const;

  // Each source's figures in source id order, read one at a time and not kept (listings of every
  // figure), until `fn` returns false.
  Status ScanSources(const std::function<bool(const SourceFigures&)>& fn) const;

  // Read in place (with or without LoadAll); the refs live as long as the index.
  // One source's figures, or null when it has none.
  Result<const SourceFigures*> Source(const std::string& source_id) const;
  // The figures whose id starts with `prefix`, by source id and then span.
  Result<std::vector<FigureRef>> FindById(std::string_view prefix) const;
  // The figures whose unit and per-unit keys are those of `query` and whose value is within
  // twice kSameQuantityTolerance of its value (a superset of SameValue), by source id and span.
  Result<std::vector<FigureRef>> NearQuantity(const Figure& query) const;
  // The figures of the same MeasureKey as `f` (none when it has none), by source id and span.
  Result<std::vector<FigureRef>> SameMeasureAs(const Figure& f) const;
  // The figures whose surface is exactly `surface`, by source id and span.
  Result<std::vector<FigureRef>> WithSurface(std::string_view surface) const;
  // The figures of each measure (MeasureKey) that two or more figures share, measure by measure in
  // key order, each by source id and span: what FindConflicts of the whole index compares, read from
  // the measure rows with only one measure's sources in memory (kept no longer than `fn`), until
  // `fn` returns false.
  Status ScanSharedMeasures(const std::function<bool(const std::vector<FigureRef>&)>& fn) const;
  // How many figures the index holds, counted from their rows without reading a source.
  Result<uint64_t> CountFigures() const;

 protected:
  void ForgetReadRows() override {
    sources_.clear();
    loaded_all_ = false;
    labelled_.reset();
  }
  void ForgetWrittenRows() override { surface_rows_put_.Clear(); }

 private:
  // The ids of the figures the rows hold a label of, read once: people label few figures, so an
  // extraction's figures are not looked up one by one.
  Result<const std::set<std::string>*> Labelled();
  // Stores a figure's label and, when its source is extracted, re-indexes the labelled figure.
  Status ApplyMetricLabel(const RecordedEvent& event);
  // Writes the index rows of `source`'s figures, replacing `old`'s (the caller writes its row).
  void PutIndexRows(const std::string& source_id, const SourceFigures* old, const SourceFigures& source);
  // Puts the surface row of `f` unless this fold has put it into these rows already (committed or not).
  void PutSurfaceRow(const Figure& f);
  // The figures named by the rows under `prefix` (keys ending in a figure id, values source ids).
  Result<std::vector<FigureRef>> Named(std::string_view begin, std::string_view end) const;

  // The sources read so far (all of them after LoadAll); a std::map, so refs stay put.
  mutable std::map<std::string, SourceFigures> sources_;
  bool loaded_all_ = false;
  std::optional<std::set<std::string>> labelled_;  // Labelled, once asked (labels are never removed)
  // The surface rows put since the rows were attached (kept across a fold's commits), which need no
  // second put: most figures of a large store share their surface and quantity with others ("$3
  // trillion"). Forgotten when it holds kSurfaceRowsRemembered, so that a fold's memory stays bounded.
  static constexpr size_t kSurfaceRowsRemembered = size_t{1} << 18;
  StringSet surface_rows_put_;
  std::string surface_row_;  // the surface row being put, in one buffer reused
};

// `figures` partitioned into groups that state the same quantity (SameQuantity with the group's
// first figure), in the order of each group's first figure.
std::vector<std::vector<FigureRef>> GroupSameQuantity(const std::vector<FigureRef>& figures);

// What a figure measures as one key: its subject (case-folded, a company's legal suffix such as
// "Platforms" or "Inc." dropped), metric, period and dimension (kind, unit, per-unit). Nullopt when
// the subject, metric or period is unknown: such a figure is compared with nothing.
std::optional<std::string> MeasureKey(const Figure& f);

// Two figures of the same subject, metric, period and dimension, whatever their values: what
// `trace` lists as the same quantity.
bool SameMeasure(const Figure& a, const Figure& b);

// Relative gap beyond which two values of one measure disagree ([value, value_high] intervals).
inline constexpr double kConflictTolerance = 0.02;

// The measures stated with different values: figures with the same MeasureKey whose value
// intervals are more than kConflictTolerance apart. Left out: a delta with no basis and the `from`
// end of a revision within one period (neither states a rival value); a delta with a basis (year
// on year, quarter on quarter) meets only deltas of that basis; an expectation (a forecast or a
// plan) never meets a value reported as having happened.
std::vector<FigureConflict> FindConflicts(const std::vector<FigureRef>& figures);

// True when `reading` (a number as a briefing line states it, read by ExtractFigures) names a
// metric that `recorded` contradicts: both metrics a text names outright (revenue, capital
// expenditure, market value …) and different.
bool ContradictsMeaning(const Figure& reading, const Figure& recorded);

// True when the line `line` says a number belongs to someone else than the figure `recorded`
// whose source sentence is `source_sentence`: both subjects known and different, the line's stated
// as a possessive ("Meta's capital spending …"), the line naming
// the figure's subject nowhere, and the source sentence naming the line's subject nowhere. (A line
// quoting a speaker reads the speaker as the number's subject; the source sentence names them too,
// so such a line is not held to contradict.)
bool ContradictsSubject(const Figure& reading, std::string_view line, const Figure& recorded,
                        std::string_view source_sentence);

// "subject Amazon · metric capital expenditure · period 2026 (plan) · change delta yoy": what a
// figure measures, for people; empty when nothing is known.
std::string DescribeMeaning(const Figure& f);

// The figure index, caught up to the head of `store` without writing to it, every source read.
Result<FigureIndex> LoadFigureIndex(EventStore* store);
// The same, read in place: only what its queries ask for.
Result<FigureIndex> OpenFigureIndex(EventStore* store);

}  // namespace dossier
