#include <catch2/catch.hpp>

#include "util/html_escape.h"

using namespace dossier;

TEST_CASE("HtmlText escapes what could open or close markup", "[html]") {
  REQUIRE(HtmlText("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  REQUIRE(HtmlText("AT&T's \"deal\"") == "AT&amp;T's \"deal\"");
  REQUIRE(HtmlText("&lt;") == "&amp;lt;");  // an entity in the text stays text
}

TEST_CASE("HtmlAttribute escapes quotes too, so a value cannot end its attribute", "[html]") {
  REQUIRE(HtmlAttribute("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  REQUIRE(HtmlAttribute("it's") == "it&#39;s");
  REQUIRE(HtmlAttribute("a&b") == "a&amp;b");
}

TEST_CASE("HTML escaping keeps UTF-8 and replaces what is not well-formed", "[html]") {
  REQUIRE(HtmlText("\xe9\xa6\xac\xe5\x85\x8b \xce\xb2 \xe2\x80\x94") == "\xe9\xa6\xac\xe5\x85\x8b \xce\xb2 \xe2\x80\x94");
  REQUIRE(HtmlText("a\xff<b") == "a\xef\xbf\xbd&lt;b");         // a stray byte
  REQUIRE(HtmlText("x\xe9\xa6.") == "x\xef\xbf\xbd.");  // a truncated sequence, as one
  REQUIRE(HtmlAttribute(std::string("n\0l", 3)) == "n\xef\xbf\xbdl");
}

TEST_CASE("IsLinkableUrl allows only absolute http and https URLs", "[html]") {
  REQUIRE(IsLinkableUrl("https://example.com/a?b=1&c=2"));
  REQUIRE(IsLinkableUrl("HTTP://example.com"));
  REQUIRE_FALSE(IsLinkableUrl("javascript:alert(1)"));
  REQUIRE_FALSE(IsLinkableUrl("JavaScript:alert(1)"));
  REQUIRE_FALSE(IsLinkableUrl("javascript://example.com/%0aalert(1)"));  // absolute, so ingest keeps it
  REQUIRE_FALSE(IsLinkableUrl(" https://example.com"));
  REQUIRE_FALSE(IsLinkableUrl("data:text/html,<script>alert(1)</script>"));
  REQUIRE_FALSE(IsLinkableUrl("//example.com/x"));
  REQUIRE_FALSE(IsLinkableUrl("/relative/path"));
  REQUIRE_FALSE(IsLinkableUrl("https://"));
  REQUIRE_FALSE(IsLinkableUrl("https://a.com/x y"));
  REQUIRE_FALSE(IsLinkableUrl("https://a.com/\nx"));
}
