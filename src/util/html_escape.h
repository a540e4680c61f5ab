// Escaping untrusted text for HTML, in one place: every byte of article text that reaches an HTML
// page goes through these. Text and attribute values are escaped so that no character can end the
// context it is in (all attributes are written double-quoted); ill-formed UTF-8 and NUL become
// U+FFFD, so the page is always well-formed UTF-8 whatever it is given; bidirectional controls
// (util/bidi_controls.h) are shown as "[U+202E]", so none can reorder what the page shows.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// Appends `text` as element content: & < > escaped.
void AppendHtmlText(std::string* out, std::string_view text);
// Appends `value` for a double-quoted attribute: & < > " ' escaped.
void AppendHtmlAttribute(std::string* out, std::string_view value);

std::string HtmlText(std::string_view text);
std::string HtmlAttribute(std::string_view value);

// True when `url` may be the target of a link: an absolute http: or https: URL (scheme in any
// case) with no whitespace or control characters. Anything else (javascript:, data:, relative
// or protocol-relative URLs) is refused and shown as text, never linked.
bool IsLinkableUrl(std::string_view url);

}  // namespace dossier
