// What a percentage is measured against, as the words of its own clause state it.
//
// Inflation, growth and price changes are reported on several bases at once: "263.4% in July over 12
// months" and "4% in July" (on the month before) share subject, metric and period yet measure
// different things, as do a week's 0.6% and a month's 2.6%. Two percentages are one measure only
// when they state the same basis or neither states one.
#pragma once

#include <string_view>

#include "dossier/figure.h"

namespace dossier {

// "year" (year on year, 12-month, annual), "to date" (accumulated since the year began), "month",
// "quarter" or "week" (on the period before); empty when `f` is no percentage or its clause names
// no basis. Read from the quote's words between `f` and the nearest clause mark or other figure.
std::string_view StatedBasis(const Figure& f);

}  // namespace dossier
