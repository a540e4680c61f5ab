// The ClaimsExtracted event: the claims, candidate questions and candidate actors that one claim
// extractor version, reading with one gazetteer, found in one source version.
//
//   ClaimsExtracted  stream claims-<source id>  recorded with the SourceRecorded it reads (and its
//                                                FiguresExtracted), in the same append; `dossier
//                                                extract --rerun` records another when the extractor
//                                                version or the gazetteer changed. Earlier
//                                                extractions stay in the log; the newest counts.
//
// A claim's id is "clm-" and the first 12 hex digits of
// SHA-256("<source id>:<version>:<begin>:<end>:<speaker>"), the speaker being its actor id or, for a
// candidate, the name as written: the same claim extracted again keeps its id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/claim.h"
#include "dossier/event.h"
#include "dossier/status.h"
#include "model/figure_events.h"

namespace dossier {

inline constexpr std::string_view kClaimsExtracted = "ClaimsExtracted";

inline std::string ClaimsStream(std::string_view source_id) { return "claims-" + std::string(source_id); }

struct ExtractedClaim {
  std::string id;
  std::optional<std::string> speaker;  // an actor id; nullopt for a candidate actor
  std::string speaker_name;            // the name as written
  ByteSpan speaker_span;
  std::string verb;
  ByteSpan span;
  std::string text;                    // the bytes at `span`
  ByteSpan sentence;
  std::vector<std::string> figure_ids;  // the figures inside `span`
  std::optional<std::string> date;      // the sentence's own date, else the source's published date
};

struct ExtractedQuestion {
  ByteSpan span;
  std::string text;  // the bytes at `span`
};

struct CandidateActor {
  std::string name;  // as written
  ByteSpan span;     // its first mention
};

struct ClaimsExtracted {
  std::string source_id;
  uint64_t source_version = 0;
  std::string text_sha256;       // of the text the claims were read from
  int extractor_version = kClaimExtractorVersion;
  std::string gazetteer_sha256;  // GazetteerDigest of the actors it was read with
  std::optional<std::string> published;  // the source's date, YYYY-MM-DD…, if known
  std::vector<ExtractedClaim> claims;
  std::vector<ExtractedQuestion> questions;
  std::vector<CandidateActor> candidates;
};

std::string ClaimId(std::string_view source_id, uint64_t source_version, ByteSpan span, std::string_view speaker);

// What identifies one source version and how it was read, for BuildClaimsExtracted.
struct ClaimSourceRef {
  std::string source_id;
  uint64_t source_version = 0;
  std::string text_sha256;
  std::optional<std::string> published;
  std::string gazetteer_sha256;
  ClaimSource by = {};  // the source's author and outlet, for the first person of its text
};

// The event payload for what ExtractClaims found in `text`: ids given, the text at each span
// copied, each claim's figures (of `figures`, the same text's) and its date filled in.
ClaimsExtracted BuildClaimsExtracted(const ClaimSourceRef& source, std::string_view text, const ClaimExtraction& found,
                                     const std::vector<ExtractedFigure>& figures);

// Runs the claim extractor over one source version's text, with `figures` its figures.
ClaimsExtracted ExtractSourceClaims(const ClaimSourceRef& source, std::string_view text, const Gazetteer& gazetteer,
                                    const std::vector<ExtractedFigure>& figures);

// The event to append; it occurred when the source was published, if known.
NewEvent MakeClaimsExtractedEvent(const ClaimsExtracted& extracted);

std::string EncodePayload(const ClaimsExtracted& p);
Result<ClaimsExtracted> DecodeClaimsExtracted(std::string_view payload);

}  // namespace dossier
