// The conflicts FindConflicts reports among texts, each read as a source of its own.
#pragma once

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "project/proj_figures.h"

namespace dossier {

// The conflicts among the figures of `texts`, each a source of its own.
inline std::vector<FigureConflict> ConflictsAmong(const std::vector<std::string>& texts) {
  std::vector<SourceFigures> sources(texts.size());
  for (size_t k = 0; k < texts.size(); ++k) {
    sources[k].extracted.source_id = "s" + std::to_string(k);
    for (Figure& f : ExtractFigures(texts[k])) {
      sources[k].extracted.figures.push_back({"s" + std::to_string(k) + "f" + std::to_string(sources[k].extracted.figures.size()), f});
    }
  }
  std::vector<FigureRef> refs;
  for (SourceFigures& s : sources) {
    for (ExtractedFigure& f : s.extracted.figures) refs.push_back({&s, &f});
  }
  return FindConflicts(refs);
}

}  // namespace dossier
