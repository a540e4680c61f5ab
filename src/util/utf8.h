// UTF-8 checks and the scripts a text is written in, through ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/terminal_escape.h"  // EscapeForTerminal, where it used to live

namespace dossier {

// The byte offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed), or nullopt.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// The Unicode scripts present in `text` (ICU names such as "Han", "Latin"), sorted, without
// Common and Inherited. REQUIRES: `text` is valid UTF-8.
std::vector<std::string> ScriptsIn(std::string_view text);

}  // namespace dossier
