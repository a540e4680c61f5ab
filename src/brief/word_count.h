// How many words a reader counts in a line of text, in any script.
#pragma once

#include <cstddef>
#include <string_view>

namespace dossier {

// Runs of bytes between blanks (space, tab, line breaks); in a script written without spaces (Han,
// kana, Thai…) every two characters count as one more word, about a Chinese word's length, so that
// "港口的用电量明显增加" is a sentence of words, not one.
size_t WordCount(std::string_view text);

}  // namespace dossier
