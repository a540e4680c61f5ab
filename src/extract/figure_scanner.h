// The figure recognizer's first stage: finds every figure in a text and reads its currency,
// number, scale, range, unit, per-unit and qualifier. The sentence, quote, metric and date
// context are added by ExtractFigures.
#pragma once

#include <string_view>
#include <vector>

#include "dossier/figure.h"

namespace dossier::extract {

// The figures of `text` in span order, with surface, kind, value, value_high, unit, per, approx
// and span filled. REQUIRES: `text` is valid UTF-8. Thread-safe.
std::vector<Figure> ScanFigures(std::string_view text);

}  // namespace dossier::extract
