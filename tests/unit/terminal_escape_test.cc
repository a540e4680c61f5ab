#include <catch2/catch.hpp>

#include "util/html_escape.h"
#include "util/terminal_escape.h"

using namespace dossier;

TEST_CASE("EscapeForTerminal shows bytes that are not UTF-8 instead of passing them on", "[escape]") {
  // A lone 0x9b is an 8-bit CSI to some terminals; a truncated sequence and an overlong slash too.
  CHECK(EscapeForTerminal("a\x9b" "31mb") == "a\\x9b31mb");
  CHECK(EscapeForTerminal("cut \xe2\x80") == "cut \\xe2\\x80");
  CHECK(EscapeForTerminal("\xc0\xaf") == "\\xc0\\xaf");
  CHECK(EscapeForTerminal("bell\x07 osc\x1b]8;;x\x1b\\") == "bell\\x07 osc\\x1b]8;;x\\x1b\\");
}

TEST_CASE("bidirectional controls are shown, not obeyed, on a terminal and in HTML", "[escape]") {
  const std::string rlo = "\xe2\x80\xae";  // U+202E RIGHT-TO-LEFT OVERRIDE
  const std::string pdi = "\xe2\x81\xa9";  // U+2069 POP DIRECTIONAL ISOLATE
  CHECK(EscapeForTerminal("pay " + rlo + "001$" + pdi) == "pay \\u202e001$\\u2069");
  CHECK(HtmlText("pay " + rlo + "001$") == "pay [U+202E]001$");
  CHECK(HtmlAttribute(pdi) == "[U+2069]");
  // The marks reorder nothing beyond themselves and stay, as does right-to-left text.
  const std::string rlm = "\xe2\x80\x8f";
  const std::string hebrew = "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d";
  CHECK(EscapeForTerminal(hebrew + rlm) == hebrew + rlm);
  CHECK(HtmlText(hebrew + rlm) == hebrew + rlm);
}
