// Looking figures and periods up by what a unit test knows of them: the text and a surface.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_period.h"

namespace dossier {

// The one figure of `text` whose surface is `surface` (the test fails when there is not exactly one).
inline Figure OnlyFigure(const std::string& text, const std::string& surface) {
  std::vector<Figure> found;
  for (Figure& f : ExtractFigures(text)) {
    if (f.surface == surface) found.push_back(std::move(f));
  }
  INFO("text: " << text << "\nsurface: " << surface);
  REQUIRE(found.size() == 1);
  return found[0];
}

// The subject and the metric of the one figure of `text` whose surface is `surface`, "-" for none.
inline std::string SubjectOf(const std::string& text, const std::string& surface) {
  return OnlyFigure(text, surface).subject.value_or("-");
}
inline std::string MetricOf(const std::string& text, const std::string& surface) {
  return OnlyFigure(text, surface).metric.value_or("-");
}

// The period of the one figure of `text` (published on `published`) whose surface is `surface`, "-"
// for none.
inline std::string PeriodOf(const std::string& text, const std::string& surface, const std::string& published) {
  std::vector<Figure> found;
  for (Figure& f : ExtractFigures(text, published)) {
    if (f.surface == surface) found.push_back(std::move(f));
  }
  INFO("text: " << text << "\nsurface: " << surface);
  REQUIRE(found.size() == 1);
  return found[0].period.value_or("-");
}

// The surfaces of every figure of `text`, in order.
inline std::vector<std::string> Surfaces(const std::string& text) {
  std::vector<std::string> out;
  for (const Figure& f : ExtractFigures(text)) out.push_back(f.surface);
  return out;
}

// The periods FindPeriods reads in the whole of `text`, in order.
inline std::vector<std::string> PeriodsIn(const std::string& text, extract::Dateline dated) {
  std::vector<std::string> out;
  for (const extract::PeriodMention& p : extract::FindPeriods(text, 0, text.size(), dated)) out.push_back(p.period);
  return out;
}

}  // namespace dossier
