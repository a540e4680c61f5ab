// Scoring claim extraction against hand labels (tests/labels/claims/RULES.md).
//
// A label file is JSON Lines, one attributed claim per line, sorted by `start`:
//   {"speaker":"mark-cuban","speaker_start":120,"speaker_end":130,"verb":"argues",
//    "start":136,"end":210,"text":"announced AI investment figures largely won't materialize"}
// A predicted claim matches a label when the speaker is the same (actor id; or, for a candidate
// `?Name`, an unknown actor whose surface case-folds to the same name, a leading "the " aside) and the spans overlap by at
// least half of the longer span. Each label is matched by at most one prediction, and the matching
// is maximal. Only speaker and span are scored; the verb and the mention are for the reader.
// ScoreClaims never calls the extractor: callers hand it what to score.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/claim.h"
#include "dossier/status.h"
#include "support/label_files.h"
#include "support/match_counts.h"

namespace dossier {

struct ClaimLabel {
  std::string speaker;     // an actor id (a slug), or `?` and a candidate's name as written
  ByteSpan speaker_mention;  // the words that attribute the claim (a pronoun when carried over)
  std::string verb;        // the reporting word as written
  ByteSpan span;           // what is claimed
  std::string text;        // the bytes at `span`
  size_t line = 0;         // in its label file, for messages
};

// Reads a label file. Fails with InvalidInput naming "path:line: problem" for malformed JSON, a
// missing, unknown or mistyped field, a speaker that is neither a slug nor `?Name`, an empty span,
// labels out of `start` order, or the same speaker and span twice.
Result<std::vector<ClaimLabel>> LoadClaimLabels(const std::string& path);

// Checks that every label's text is the bytes of `text` at its span and that its speaker mention
// lies inside `text` ("path:line: …").
Status CheckClaimLabelsAgainstText(const std::vector<ClaimLabel>& labels, std::string_view text,
                                   const std::string& path);

// The author and outlet of the article `DIR/NAME.json` beside a label file `DIR/NAME.jsonl`, which the
// first person of its text stands for; none when there is no such article.
Result<ClaimSource> LabelledClaimSource(const std::string& label_path);

// True when a prediction names the label's speaker (see the top of this file). Candidate names are
// compared case-folded and without a leading "the " ("?The Ledger" is "?Ledger").
bool SameSpeaker(const Claim& predicted, const ClaimLabel& label);

// True when two spans overlap by at least half of the longer one.
bool SpansMatch(ByteSpan a, ByteSpan b);

struct ClaimScore {
  MatchCounts counts;
  std::vector<Claim> false_positives;        // predictions matching no label, in span order
  std::vector<ClaimLabel> false_negatives;   // labels no prediction matched, in label order
};

ClaimScore ScoreClaims(const ClaimExtraction& predicted, const std::vector<ClaimLabel>& labels);

// "P=… R=… F1=… (matched/predicted/labelled)".
std::string DescribeCounts(const ClaimScore& score);

// What went wrong, counted without the texts (a held-out set's totals may be printed): each missed
// label is `no claim` (no unmatched prediction overlaps it), `speaker wrong` (one overlaps it by half
// with another speaker), `span too short` or `span too long` (one of its speaker overlaps it by less
// than half, shorter or longer than it); each unmatched prediction that overlaps no label is
// `spurious`.
struct MissClasses {
  size_t no_claim = 0, speaker_wrong = 0, span_short = 0, span_long = 0, spurious = 0;
  MissClasses& operator+=(const MissClasses& o);
};
MissClasses ClassifyMisses(const ClaimScore& score);
std::string DescribeMissClasses(const MissClasses& classes);

// One line per miss with the speaker, the verb, the byte span and the claim in its surroundings.
std::string DescribeMisses(const ClaimScore& score, std::string_view text);

}  // namespace dossier
