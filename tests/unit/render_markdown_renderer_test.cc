// The Markdown renderer's versions: renderer 1 (the layout published before the draft branch) still
// renders the same bytes, the current one differs from it exactly where the two are meant to
// differ, and a published version renders by the renderer its BriefingPublished event records.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "brief/briefing_versions.h"
#include "brief/render_markdown.h"
#include "briefing_fixture.h"
#include "model/briefing_events.h"
#include "util/sha256.h"

using namespace dossier;

namespace {

// One source and one undated Timeline item; every other section empty.
Briefing SparseBriefing() {
  Briefing b;
  b.story = "vote";
  b.title = "Council vote";
  b.version = 1;
  b.timestamp = "2026-05-23 18:15 UTC";
  b.log_position = 7;
  b.timeline.push_back({"", test::Text("The vote was moved", {1})});
  b.sources.push_back(test::Source(1, "src-1", "Minutes"));
  return b;
}

}  // namespace

TEST_CASE("Renderer 1 renders a briefing as the release before the draft branch did", "[briefing][renderer]") {
  // Written out from the renderer of commit 43ee445: the title ends in " · history", an empty
  // section is its heading alone, an undated Timeline item has an empty date.
  const std::string expected =
      "# Council vote · history\n\n"
      "Version 1\n"
      "2026-05-23 18:15 UTC · 1 item\n"
      "\n## What\n\n"
      "## Why it matters\n\n"
      "## Open questions\n\n"
      "## Narrative\n\n"
      "## Timeline\n\n"
      "- : The vote was moved [1]\n"
      "\n## Perspectives\n\n"
      "## Tensions\n\n"
      "## Sources\n\n"
      "- [1] Minutes — Outlet (2026-05-16)\n"
      "\n## Figures\n\n";
  CHECK(RenderBriefingMarkdown(SparseBriefing(), 1) == expected);
}

TEST_CASE("The current renderer differs from renderer 1 in the header, empty sections and undated items",
          "[briefing][renderer]") {
  const Briefing b = SparseBriefing();
  const std::string current = RenderBriefingMarkdown(b);
  CHECK(current == RenderBriefingMarkdown(b, kMarkdownRenderer));
  CHECK(current.rfind("# Council vote\n\n", 0) == 0);
  CHECK(current.find(" · history") == std::string::npos);
  CHECK(current.find("### Undated, in the order recorded\n\n- The vote was moved [1]\n") != std::string::npos);
  CHECK(current.find("## What\n\nNone: ") != std::string::npos);
  CHECK(current.find("## Figures\n\nNone: no line states a number.\n") != std::string::npos);
  CHECK(RenderBriefingMarkdown(b, 1).find("None") == std::string::npos);
}

TEST_CASE("A BriefingPublished payload records its renderer, and one without it is renderer 1", "[briefing][renderer]") {
  BriefingPublished p;
  p.story = "vote";
  p.version = 1;
  p.content_sha256 = p.markdown_sha256 = p.briefing_sha256 = std::string(64, 'b');
  p.briefing_bytes = 10;
  p.renderer = kMarkdownRenderer;
  const std::string encoded = EncodePayload(p);
  auto decoded = DecodeBriefingPublished(encoded);
  REQUIRE(decoded.ok());
  CHECK(decoded->renderer == static_cast<uint64_t>(kMarkdownRenderer));

  // A payload as renderer 1's release wrote it: the same members, none naming the renderer.
  const std::string old_payload =
      R"({"story":"vote","version":1,"log_position":0,"sources":0,"content_sha256":")" + std::string(64, 'b') +
      R"(","markdown_sha256":")" + std::string(64, 'b') + R"(","briefing_sha256":")" + std::string(64, 'b') +
      R"(","briefing_bytes":10})";
  auto old = DecodeBriefingPublished(old_payload);
  REQUIRE(old.ok());
  CHECK(old->renderer == 1);

  std::string zero = encoded;
  zero.replace(zero.find("\"renderer\":2"), 12, "\"renderer\":0");
  auto rejected = DecodeBriefingPublished(zero);
  REQUIRE_FALSE(rejected.ok());
  CHECK(rejected.status().message().find("renderer") != std::string::npos);
}

TEST_CASE("A published version renders by the renderer its event records", "[briefing][renderer]") {
  const Briefing b = SparseBriefing();
  PublishedBriefing version;
  version.published.story = "vote";
  version.published.version = 1;
  version.position = 9;

  version.published.renderer = 1;
  version.published.markdown_sha256 = Sha256Hex(RenderBriefingMarkdown(b, 1));
  auto old = RenderPublishedMarkdown(version, b);
  REQUIRE(old.ok());
  CHECK(*old == RenderBriefingMarkdown(b, 1));

  // The same hash recorded as the current renderer's: the bytes differ, so it is refused.
  version.published.renderer = kMarkdownRenderer;
  auto mismatched = RenderPublishedMarkdown(version, b);
  REQUIRE_FALSE(mismatched.ok());
  CHECK(mismatched.status().code() == Status::Code::kCorruption);

  // A renderer this build does not have: refused, naming it, rather than checked against the wrong bytes.
  version.published.renderer = kMarkdownRenderer + 1;
  auto unknown = RenderPublishedMarkdown(version, b);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == Status::Code::kNotSupported);
  CHECK(unknown.status().message().find(fmt::format("renderer {}", kMarkdownRenderer + 1)) != std::string::npos);
}
