#include "extract/name_initials.h"

#include <algorithm>

namespace dossier::extract {
namespace {

bool IsAsciiCapital(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::string InitialsOf(std::string_view name) {
  std::string initials;
  bool word_start = true;
  for (char c : name) {
    if (word_start && IsAsciiCapital(c)) initials += c;
    word_start = c == ' ';
  }
  return initials;
}

std::string InitialsOf(const std::vector<std::string>& words) {
  std::string initials;
  for (const std::string& word : words) {
    if (!word.empty() && IsAsciiCapital(word[0])) initials += word[0];
  }
  return initials;
}

bool IsInitialsOf(std::string_view acronym, const std::vector<std::string>& words) {
  if (acronym.size() < 2 || !std::all_of(acronym.begin(), acronym.end(), IsAsciiCapital)) return false;
  const std::string initials = InitialsOf(words);
  // "DSHS" for "Texas Department of State Health Services": the body's own initials, without the
  // place that owns it (three letters at least, so that two stay exact).
  return initials == acronym ||
         (acronym.size() >= 3 && initials.size() == acronym.size() + 1 && std::string_view(initials).substr(1) == acronym);
}

}  // namespace dossier::extract
