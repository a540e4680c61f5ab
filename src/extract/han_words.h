// Where Han words end, by ICU's dictionary word break: Chinese writes no spaces between words, and
// a noun read character by character runs on into the verb after it ("四个关键词评价一季度").
#pragma once

#include <cstddef>
#include <string_view>

namespace dossier::extract {

// The end of the dictionary word that begins at byte `begin` of `text`, no further than `limit`
// (`limit` when ICU fails). REQUIRES: begin < limit <= text.size(), both on character boundaries.
size_t HanWordEnd(std::string_view text, size_t begin, size_t limit);

}  // namespace dossier::extract
