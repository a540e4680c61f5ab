// The date a sentence gives itself, for dating what it attributes: "On May 16, 2026, …",
// "- 2026-05-16: …", "2026年5月16日". Only a full date counts (a month and a year do not).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dossier::extract {

// The first full date in `sentence` as YYYY-MM-DD, if any.
std::optional<std::string> DateStated(std::string_view sentence);

}  // namespace dossier::extract
