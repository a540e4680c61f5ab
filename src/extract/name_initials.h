// The initials of a name's capitalised words ("European Central Bank" → "ECB", "Office for
// National Statistics" → "ONS"): how an acronym the text writes is matched to the longer name it
// stands for. Shared by the claims' name index and the figures' subject reader.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier::extract {

// The first letters of the words of `name` (split on blanks) that begin with an ASCII capital;
// lowercase joiners ("of", "for") give none.
std::string InitialsOf(std::string_view name);
std::string InitialsOf(const std::vector<std::string>& words);

// Whether `acronym` (two capitals at least, nothing else) is the initials of `name`'s words, or of
// all but the first when it has three letters or more ("DSHS" for "Texas Department of State
// Health Services").
bool IsInitialsOf(std::string_view acronym, const std::vector<std::string>& words);

}  // namespace dossier::extract
