// BriefingDiff: what changed from one briefing to another (`dossier brief diff STORY N M`).
//
//  - sources: new (a source id the first does not list) and revised (listed in both, at a newer
//    version of the source);
//  - figures, among those the briefings' lines mark: new, removed and changed. A figure's identity
//    is its source id with its metric when it has one, else with its surface as written: a
//    figure keeps its identity across versions of its source (figure ids do not: they name a span
//    of one version), a labeled metric can change value, and an unlabeled figure whose text
//    changes is one removed and one new. Several figures of one identity (a number said twice)
//    count as one; the identity changed when the set of their values did;
//  - stance shifts: every perspective point (actor, date, topic, stance) the first does not
//    have, with the stance it moved from on that topic;
//  - questions opened (open in the second only) and resolved (open in the first only: answered
//    or withdrawn), new tensions; each compared by its text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "brief/briefing.h"

namespace dossier {

struct BriefingDiff {
  struct Side {
    std::string story;
    uint64_t version = 0;
    std::string timestamp;
    uint64_t log_position = 0;
    size_t sources = 0;
  };
  struct RevisedSource {
    BriefSource before, after;
  };
  struct ChangedFigure {
    std::vector<BriefFigure> before, after;  // one per distinct value, in order
  };
  struct StanceShift {
    std::string actor_id, name;
    BriefStancePoint point;
    std::optional<std::string> from;  // the stance before it on that topic, if any
  };

  Side from, to;
  std::vector<BriefSource> new_sources;  // numbered as in `to`
  std::vector<RevisedSource> revised_sources;
  std::vector<BriefFigure> new_figures, removed_figures;
  std::vector<ChangedFigure> changed_figures;
  std::vector<StanceShift> stance_shifts;
  std::vector<BriefText> questions_opened, questions_resolved;
  std::vector<BriefText> new_tensions;

  bool empty() const {
    return new_sources.empty() && revised_sources.empty() && new_figures.empty() && removed_figures.empty() &&
           changed_figures.empty() && stance_shifts.empty() && questions_opened.empty() &&
           questions_resolved.empty() && new_tensions.empty();
  }
};

// Each list in the order of the briefing it comes from: `to`, or `from` for what went away (removed
// figures, resolved questions), whose source numbers [n] are then those of `from`.
BriefingDiff DiffBriefings(const Briefing& from, const Briefing& to);

// {"story","from":{…},"to":{…},"sources":{"new","revised"},"figures":{"new","removed","changed"},
//  "stance_shifts","questions":{"opened","resolved"},"tensions":{"new"}}
std::string RenderBriefingDiffJson(const BriefingDiff& diff);

}  // namespace dossier
