// Which of the question sentences extraction found (ClaimsExtracted::questions) a briefing or a
// draft may present as the story's open questions: real questions, not a headline or subheading
// that asks (a line of its own), not a rhetorical one that the next sentence answers ("Will it pay
// off? Not soon."), not one reported as someone's ("…, he asked, …": that is a claim; or one in
// quotation marks, a speaker's), and long
// enough to say something (four words or more, at most 300 bytes).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "project/proj_claims.h"

namespace dossier {

struct RealQuestion {
  std::string source_id;
  uint64_t source_version = 0;
  ByteSpan span;
  std::string text;
  std::optional<std::string> date;  // the source's published date
  uint64_t position = 0;            // of the extraction that found it
};

// Whether the question at `span` of `text` (the source text) is a real question, as above.
bool IsRealQuestion(std::string_view text, ByteSpan span);

// The real questions of `extractions` (each source's newest), keeping only the sources
// `listed(source_id)` accepts, reading each text by its SHA-256 from `store`; by source order of
// `extractions`, then span. A repeated question text is kept once.
template <typename Listed>
Result<std::vector<RealQuestion>> RealQuestions(const std::vector<SourceClaims>& extractions, const EventStore& store,
                                                Listed listed);

// The real questions of one extraction, `text` being its source text; by span.
std::vector<RealQuestion> RealQuestionsOf(const SourceClaims& source, std::string_view text);

template <typename Listed>
Result<std::vector<RealQuestion>> RealQuestions(const std::vector<SourceClaims>& extractions, const EventStore& store,
                                                Listed listed) {
  std::vector<RealQuestion> out;
  std::vector<std::string> seen;
  for (const SourceClaims& source : extractions) {
    if (source.extracted.questions.empty() || !listed(source.extracted.source_id)) continue;
    std::string text;
    DOSSIER_ASSIGN_OR_RETURN(text, store.GetBlob(source.extracted.text_sha256));
    for (RealQuestion& q : RealQuestionsOf(source, text)) {
      if (std::find(seen.begin(), seen.end(), q.text) != seen.end()) continue;
      seen.push_back(q.text);
      out.push_back(std::move(q));
    }
  }
  return out;
}

}  // namespace dossier
