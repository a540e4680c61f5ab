// Whether two texts say the same thing: an editor's curated question usually rewords a question
// its source asks ("Will any large AI deployment show returns, per token and open to audit…?" for
// the text's "Will any major AI deployment demonstrate publicly auditable, per-token ROI…?"), and
// outlets quote one statement with a word or two changed; a briefing or draft that lists both says
// it twice.
#pragma once

#include <string_view>

namespace dossier {

// True when the two share at least kMinSharedWords content words and those are at least half the
// content words of the one with fewer. Content words are found by ICU's word breaks in any script,
// case-folded: a word of letters counts with four characters or more, by its first five (so
// "deployed" meets "deployment", "satisfy" meets "satisfies"), unless it is a function word
// ("will", "which", "before"); an ideographic word with two characters or more, whole. A text of
// three content words or fewer ("Is the cache counted on prefill?") is never another's.
bool SayTheSameThing(std::string_view a, std::string_view b);

// True when the two are one statement as two outlets quote it, a word or two changed: at least
// kMinSharedWords content words shared (as above), and those at least two thirds of each one's.
// Two speakers stating one fact in their own words are two statements.
bool QuoteTheSameStatement(std::string_view a, std::string_view b);

// True when the two share one content word (as above) or more: "offered a 20% raise" and "refused
// a 20% raise" speak of one thing, "surged around 43% this year" and "and 43% of retailer" do not.
bool ShareContentWord(std::string_view a, std::string_view b);

inline constexpr size_t kMinSharedWords = 4;

}  // namespace dossier
