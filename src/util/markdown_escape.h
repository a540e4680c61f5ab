// Untrusted text (article titles, quotes, summaries) made safe to put inside one line of Markdown.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// `text` as inert Markdown inline content on one line: line breaks and tabs become spaces, other
// C0 and C1 control characters and DEL become U+FFFD, `&`, `<` and `>` become entities (so no HTML
// gets through a Markdown renderer), the punctuation that makes emphasis, code, links, tables or
// headings is backslash-escaped; with `starts_line`, so is a leading `-`, `+`, `=` or `1.` that
// would start a list or a heading. REQUIRES: `text` is valid UTF-8.
std::string EscapeMarkdown(std::string_view text, bool starts_line = false);

}  // namespace dossier
