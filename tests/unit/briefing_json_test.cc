// The briefing's JSON: render → parse → render is the identity, hostile strings included, and
// the parser refuses what the renderer never writes, naming where.
#include <catch2/catch.hpp>

#include "brief/render_json.h"
#include "briefing_fixture.h"

using namespace dossier;

TEST_CASE("A briefing's JSON parses back to the same briefing, byte for byte", "[briefing][json]") {
  const Briefing b = test::HostileBriefing();
  const std::string json = RenderBriefingJson(b);
  Result<Briefing> parsed = ParseBriefingJson(json);
  REQUIRE(parsed.ok());
  REQUIRE(RenderBriefingJson(*parsed) == json);
  // The values themselves, not only their encoding.
  CHECK(parsed->title == b.title);
  CHECK(parsed->what[0].text == b.what[0].text);
  CHECK(parsed->narrative.size() == 2);
  CHECK(parsed->narrative[1][0].text == b.narrative[1][0].text);
  CHECK(parsed->figures[0].value == b.figures[0].value);
  CHECK(parsed->figures[1].value == b.figures[1].value);
  CHECK(parsed->figures[1].value_high == b.figures[1].value_high);
  CHECK_FALSE(parsed->figures[0].value_high.has_value());
  CHECK(parsed->sources[1].outlet == std::nullopt);
  CHECK(parsed->perspectives[0].points[1].change == "reversed");
  CHECK(parsed->as_of == b.as_of);
  REQUIRE(parsed->narrative[0][0].quotes.size() == 1);
  const QuoteMark& quote = parsed->narrative[0][0].quotes[0];
  CHECK(quote.source_number == 1);
  CHECK(quote.source_begin == 120);
  CHECK(quote.claim_id == "clm-000000000007");
  CHECK(quote.named_as == b.narrative[0][0].quotes[0].named_as);
  CHECK(quote.named_end == 109);
  CHECK(parsed->narrative[0][1].quotes[0].claim_id.empty());
  // A line with no quotations has no `quotes` member, as versions published before them.
  CHECK(json.find("\"text\":\"Who pays?\",\"origin\":\"extracted\",\"citations\":[2],\"figures\":[]}") !=
        std::string::npos);
  // Controls are escaped, non-BMP characters kept as their UTF-8 bytes.
  CHECK(json.find("\\u0001") != std::string::npos);
  CHECK(json.find("\\u2028") != std::string::npos);
  CHECK(json.find("\xf0\x9f\x93\x88") != std::string::npos);
}

TEST_CASE("An empty draft briefing round-trips too", "[briefing][json]") {
  Briefing b;
  b.story = "empty";
  b.title = "Nothing yet";
  b.timestamp = "2026-01-01 00:00 UTC";
  const std::string json = RenderBriefingJson(b);
  Result<Briefing> parsed = ParseBriefingJson(json);
  REQUIRE(parsed.ok());
  REQUIRE(RenderBriefingJson(*parsed) == json);
}

TEST_CASE("The briefing parser refuses what the renderer never writes, naming where", "[briefing][json]") {
  const std::string json = RenderBriefingJson(test::HostileBriefing());
  auto refused = [](std::string text, const std::string& message) {
    Result<Briefing> parsed = ParseBriefingJson(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == Status::Code::kInvalidInput);
    CHECK_THAT(parsed.status().message(), Catch::Contains(message));
  };
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string text = json;
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  refused(replaced("{\"briefing\":1,", "{\"briefing\":1,\"extra\":true,"), "unknown field `extra`");
  refused(replaced("\"origin\":\"curated\"", "\"origin\":7"), "what[0]: field `origin`: expected a string");
  refused(replaced("\"citations\":[1]", "\"citations\":[9]"), "cites [9], but there are 2 sources");
  refused(replaced("\"citations\":[1]", "\"citations\":[1.5]"), "non-negative integers");
  refused(replaced("\"figure_id\":\"fig-000000000001\"", "\"figure_id\":\"fig-ffffffffffff\""),
          "marks figure `fig-ffffffffffff`, which is not in `figures`");
  refused(replaced("\"begin\":4,\"end\":8", "\"begin\":4,\"end\":800"), "what[0]: figures[0]: bytes 4–800");
  refused(replaced("\"change\":\"reversed\"", "\"change\":null"), "perspectives[0]: points[1]: field `change`");
  refused(replaced("\"source_number\":1,\"source_begin\"", "\"source_number\":3,\"source_begin\""),
          "narrative[0].sentences[0]: quotes source [3], but there are 2 sources");
  refused(replaced("\"begin\":0,\"end\":5", "\"begin\":0,\"end\":50"), "quotes[0]: bytes 0–50");
  refused(json.substr(0, json.size() - 1), "malformed JSON");
  Result<Briefing> newer = ParseBriefingJson(replaced("{\"briefing\":1,", "{\"briefing\":2,"));
  REQUIRE_FALSE(newer.ok());
  CHECK(newer.status().code() == Status::Code::kNotSupported);
}
