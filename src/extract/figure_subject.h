// Whose number each figure is: the subject, read in the figure's own clause (a company, country,
// person, market or product as the text names it), carried from the sentence before by a pronoun
// ("It expects …", "the company"), and left empty rather than guessed.
#pragma once

#include <string_view>
#include <vector>

#include "dossier/figure.h"

namespace dossier::extract {

// Sets the subject of each of `figures` (spans and sentences set, in span order); `clauses[k]` is
// the clause of its sentence that holds figure k.
void ReadSubjects(std::string_view text, const std::vector<ByteSpan>& clauses, std::vector<Figure>* figures);

}  // namespace dossier::extract
