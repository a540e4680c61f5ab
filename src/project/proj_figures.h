// FigureIndex: every figure of every source's latest version, as its newest extraction found it
// and with what people labelled it to measure (MetricLabeled: metric, subject, period), with where
// it was recorded; and, computed from it, the figures that state the same quantity
// and the metrics that sources state with different values (conflicts).
//
// Stored as "source/<id>" keys holding the FiguresExtracted payload (labels applied) and the
// event's place, and "label/<figure id>" keys holding each figure's labels, which a later
// extraction of its source keeps.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dossier/event_store.h"
#include "dossier/projection.h"
#include "model/figure_events.h"

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
  int code_version() const override { return 3; }  // 3: labels of subject and period applied
  Status Restore(std::string_view key, std::string_view value) override;
  Status Apply(const RecordedEvent& event) override;
  void TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) override;

  const std::map<std::string, SourceFigures>& sources() const { return sources_; }

  // Every figure, by source id and then span.
  std::vector<FigureRef> Figures() const;
  // The figures whose id starts with `prefix`.
  std::vector<FigureRef> FindById(std::string_view prefix) const;

 private:
  // What a person labelled one figure to measure; nullopt where the extractor's reading stands.
  struct Label {
    std::optional<std::string> metric, subject, period;
  };
  void ApplyLabels(SourceFigures* source) const;

  std::map<std::string, SourceFigures> sources_;
  std::map<std::string, Label> labels_;  // by figure id
  std::set<std::string> changed_;        // source ids
  std::set<std::string> changed_labels_;  // figure ids
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
// on year, quarter on quarter) meets only deltas of that basis.
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

// The figure index, caught up to the head of `store` without writing to it.
Result<FigureIndex> LoadFigureIndex(EventStore* store);

}  // namespace dossier
