// Where a source's text stands inside quotation marks: the words a source quotes are its speaker's,
// whether a briefing quotes them as theirs or leaves out a question asked in them.
#pragma once

#include <string_view>

#include "dossier/figure.h"

namespace dossier {

// Whether quotation marks enclose `span` of `text`: an opening mark just before it (or as its first
// byte), or a quotation of its paragraph still open there (`"A. B," the ministry said` quotes B),
// and a closing one just after it (or as its last, or after a comma or full stop, ASCII or Han), or
// the next paragraph's opening one (a quotation that goes on), or one later in the paragraph of a
// quotation still open (`told reporters: “A. B.”` quotes A).
bool Enclosed(std::string_view text, ByteSpan span);

}  // namespace dossier
