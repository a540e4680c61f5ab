// FigureIndex: every figure of every source's latest version, as its newest extraction found it,
// with where it was recorded; and, computed from it, the figures that state the same quantity
// and the metrics that sources state with different values (conflicts).
//
// Stored as "source/<id>" keys holding the FiguresExtracted payload and the event's place.
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
  std::vector<std::vector<FigureRef>> values;  // one group per distinct value, each ≥ 1 figure
};

class FigureIndex final : public Projection {
 public:
  std::string_view name() const override { return "figures"; }
  int code_version() const override { return 1; }
  Status Restore(std::string_view key, std::string_view value) override;
  Status Apply(const RecordedEvent& event) override;
  void TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) override;

  const std::map<std::string, SourceFigures>& sources() const { return sources_; }

  // Every figure, by source id and then span.
  std::vector<FigureRef> Figures() const;
  // The figures whose id starts with `prefix`.
  std::vector<FigureRef> FindById(std::string_view prefix) const;

 private:
  std::map<std::string, SourceFigures> sources_;
  std::set<std::string> changed_;  // source ids
};

// `figures` partitioned into groups that state the same quantity (SameQuantity with the group's
// first figure), in the order of each group's first figure.
std::vector<std::vector<FigureRef>> GroupSameQuantity(const std::vector<FigureRef>& figures);

// The metrics stated with more than one value: figures with the same metric, kind, unit, per-unit
// and context date whose values differ beyond the tolerance.
std::vector<FigureConflict> FindConflicts(const std::vector<FigureRef>& figures);

// The figure index, caught up to the head of `store` without writing to it.
Result<FigureIndex> LoadFigureIndex(EventStore* store);

}  // namespace dossier
