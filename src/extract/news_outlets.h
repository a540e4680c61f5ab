// News outlets and wires that report speech ("Reuters reports", "…, as per CNBC", 新华社报道):
// a curated list written for dossier (not scraped), versioned with the claim extractor, so that an
// outlet named by one word at the start of a sentence is known as a speaker, and so that names
// ending in a masthead word ("the Westmark Herald") are known as organisations.
#pragma once

#include <string_view>

namespace dossier::extract {

// Whether `name` (as written, without a leading "The"/"the") is a news outlet or wire of the list.
bool IsNewsOutlet(std::string_view name);

// Whether `word` (as written) is a masthead word that makes a name an outlet: "Herald", "Times",
// "Journal", "Gazette", "Post"…
bool IsMastheadWord(std::string_view word);

// Whether a name is an outlet's: on the list, or ending in a masthead word ("Westmark Herald").
bool LooksLikeOutlet(std::string_view name);

}  // namespace dossier::extract
