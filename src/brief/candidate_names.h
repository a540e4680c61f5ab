// One speaker under several names: the candidate speakers of a story's sources (names extraction
// found quoting that no actor has) as one name each, for the briefing, the draft and
// `actors --candidates` alike.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/actor.h"

namespace dossier {

// A name without case or accents, for telling two spellings of one name: NFD, combining marks
// dropped, case-folded ("Rocío Nahle" → "rocio nahle").
std::string NameKey(std::string_view name);

// Each candidate name as written → the name it stands for:
//   - names equal but for case and accents are one ("Rocío Nahle", "Rocio Nahle"), spelled as the
//     gazetteer spells it, else as the most of `names` do (one entry per claim), then with accents;
//   - a name that ends in another longer name is that one with a title before it ("Councillor Priya
//     Nand" → "Priya Nand");
//   - a person's name with a surname or two more is the shorter name ("Rocio Nahle Garcia" →
//     "Rocio Nahle", "Mark Cuban Warns OpenAI" → "Mark Cuban"), unless two such names extend it (two
//     people: "Ana Ruiz Vega", "Ana Ruiz Soto"); an organisation's is not ("Bank of England
//     Governor");
//   - a one-word name that ends or opens exactly one longer name is that one ("Cuban", "Chamath" →
//     "Mark Cuban", "Chamath Palihapitiya"); two longer names make it ambiguous, kept as it is; not a
//     place an organisation is named for ("Sweden" of "Public Health Agency of Sweden");
//   - an acronym is the one longer name its letters spell ("WHO" → "World Health Organization",
//     "Africa CDC" → "Africa Centers for Disease Control and Prevention");
//   - a body named by its field before its kind is the organisation the story names "Kind of Field"
//     ("Health Ministry" → "Ministry of Health", "Interior Ministry" → "Ministry of the Interior").
std::map<std::string, std::string> MergeCandidateNames(const std::vector<std::string>& names,
                                                       const std::vector<Actor>& actors);

}  // namespace dossier
