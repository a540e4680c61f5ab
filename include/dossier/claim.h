// Claims: what a named actor asserts in a source, found by reporting patterns.
//
// "Mark Cuban argues that …", "according to SemiAnalysis, …", "Andreessen counters: …",
// "X's point is …", and reported speech carried into the next sentence when its speaker is plainly
// the same ("He added that …"). A claim keeps its speaker (a gazetteer actor, or a candidate name in
// an attribution position), the reporting verb, the span of what is claimed, and its sentence.
// Sentences that ask (`?`, `？`) are candidate questions. Spans are byte offsets into the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/actor.h"
#include "dossier/figure.h"

namespace dossier {

// Bumped whenever ExtractClaims can give a different answer for the same text and gazetteer.
inline constexpr int kClaimExtractorVersion = 1;

struct Claim {
  ActorMention speaker;                // actor_id empty: a candidate actor
  std::string verb;                    // the reporting word as written: "argues", "according to", ":"
  ByteSpan span;                       // what is claimed: the attributed clause or quote
  ByteSpan sentence;                   // the sentence(s) holding it
  std::optional<std::string> date;     // YYYY-MM-DD when the sentence dates the claim ("On May 16, …")
};

struct ClaimExtraction {
  std::vector<Claim> claims;                 // in span order
  std::vector<ByteSpan> questions;           // sentences that ask
  std::vector<ActorMention> candidates;      // unknown names in attribution positions, deduplicated by surface
};

// REQUIRES: `text` is valid UTF-8. Thread-safe; deterministic for a given kClaimExtractorVersion
// and gazetteer.
ClaimExtraction ExtractClaims(std::string_view text, const Gazetteer& gazetteer);

}  // namespace dossier
