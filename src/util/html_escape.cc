#include "util/html_escape.h"

#include <cstdint>
#include <iterator>

#include <fmt/format.h>

#include "util/bidi_controls.h"
#include "util/code_points.h"

namespace dossier {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void AppendEscaped(std::string* out, std::string_view text, bool attribute) {
  out->reserve(out->size() + text.size());
  ForEachCodePoint(text, [&](int32_t c, std::string_view bytes) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append(attribute ? "&quot;" : "\""); break;
      case '\'': out->append(attribute ? "&#39;" : "'"); break;
      case 0: out->append(kReplacement); break;
      default:
        if (c < 0) {
          out->append(kReplacement);  // an ill-formed sequence
        } else if (IsBidiControl(c)) {
          fmt::format_to(std::back_inserter(*out), "[U+{:04X}]", c);  // shown, never obeyed
        } else {
          out->append(bytes);
        }
    }
  });
}

}  // namespace

void AppendHtmlText(std::string* out, std::string_view text) { AppendEscaped(out, text, false); }
void AppendHtmlAttribute(std::string* out, std::string_view value) { AppendEscaped(out, value, true); }

std::string HtmlText(std::string_view text) {
  std::string out;
  AppendHtmlText(&out, text);
  return out;
}

std::string HtmlAttribute(std::string_view value) {
  std::string out;
  AppendHtmlAttribute(&out, value);
  return out;
}

bool IsLinkableUrl(std::string_view url) {
  const auto starts_with = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  const size_t host = starts_with("https://") ? 8 : starts_with("http://") ? 7 : 0;
  if (host == 0 || host == url.size()) return false;
  for (unsigned char c : url) {
    if (c <= 0x20 || c == 0x7f) return false;
  }
  return true;
}

}  // namespace dossier
