// Looking claims up by what a unit test knows of them: each as "[speaker]: span".
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/claim.h"

namespace dossier {

using Found = std::vector<std::string>;

// A source whose metadata names only its author (whose first person the text's "I" is).
inline ClaimSource WrittenBy(std::string author) {
  ClaimSource source;
  source.author = std::move(author);
  return source;
}

// Each claim of `text` as "[speaker]: span", read with no gazetteer.
inline Found Claims(std::string_view text, const ClaimSource& source = {}) {
  static const Gazetteer none = std::move(Gazetteer::Create({})).value();
  Found out;
  for (const Claim& c : ExtractClaims(text, none, source).claims) {
    out.push_back("[" + c.speaker.surface + "]: " + std::string(text.substr(c.span.begin, c.span.end - c.span.begin)));
  }
  return out;
}

}  // namespace dossier
