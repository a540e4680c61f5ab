// Publishing briefing versions on a real store: the first version, a publish with nothing changed
// (nothing recorded, whatever the time and log position), a stale publish (Conflict), the next
// version, and reading versions back proven against their hashes.
#include <catch2/catch.hpp>

#include "brief/briefing_versions.h"
#include "brief/render_json.h"
#include "brief/render_markdown.h"
#include "briefing_fixture.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

struct Store {
  Store() {
    REQUIRE(EventStore::Create(dir.path).ok());
    auto opened = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
  }
  std::vector<PublishedBriefing> Versions() {
    auto versions = ListPublishedBriefings(*store, "ai-roi");
    REQUIRE(versions.ok());
    return *versions;
  }
  std::optional<PublishedBriefing> Last() {
    auto last = LastPublishedBriefing(*store, "ai-roi");
    REQUIRE(last.ok());
    return *last;
  }
  TempDir dir;
  FixedClock clock{"2026-05-23T18:15:00.000Z"};
  std::unique_ptr<EventStore> store;
};

}  // namespace

TEST_CASE("Publishing records a version only when the content changed", "[briefing][versions]") {
  Store s;
  Briefing draft = test::HostileBriefing();
  draft.version = 0;
  REQUIRE(s.Versions().empty());
  REQUIRE_FALSE(s.Last().has_value());

  auto first = PublishBriefing(s.store.get(), draft, s.Last(), "editor", "c1");
  REQUIRE(first.ok());
  CHECK(first->recorded);
  CHECK(first->version == 1);
  CHECK(first->briefing.version == 1);
  CHECK(first->markdown == RenderBriefingMarkdown(first->briefing));
  auto versions = s.Versions();
  REQUIRE(versions.size() == 1);
  CHECK(versions[0].published.version == 1);
  CHECK(versions[0].published.log_position == 52);
  CHECK(versions[0].published.sources == 2);
  CHECK(versions[0].published.renderer == static_cast<uint64_t>(kMarkdownRenderer));
  CHECK(versions[0].recorded_by == "editor");
  CHECK(versions[0].position == first->position);
  CHECK(versions[0].published.content_sha256 == BriefingContentSha256(draft));

  // Later, further down the log, the same content: nothing is recorded.
  Briefing later = draft;
  later.timestamp = "2026-05-24 09:00 UTC";
  later.log_position = 99;
  auto again = PublishBriefing(s.store.get(), later, s.Last(), "editor", "c2");
  REQUIRE(again.ok());
  CHECK_FALSE(again->recorded);
  CHECK(again->version == 1);
  CHECK(s.store->head_position() == first->position);

  // A changed briefing published against what was read before the first publish: Conflict.
  Briefing changed = later;
  changed.open_questions.push_back(test::Text("Who pays for the power?", {2}));
  auto stale = PublishBriefing(s.store.get(), changed, std::nullopt, "editor", "c3");
  REQUIRE_FALSE(stale.ok());
  CHECK(stale.status().code() == Status::Code::kConflict);

  auto second = PublishBriefing(s.store.get(), changed, s.Last(), "editor", "c4");
  REQUIRE(second.ok());
  CHECK(second->recorded);
  CHECK(second->version == 2);
  versions = s.Versions();
  REQUIRE(versions.size() == 2);
  CHECK(versions[1].published.log_position == 99);
  CHECK(versions[0].published.content_sha256 != versions[1].published.content_sha256);

  REQUIRE(s.Last().has_value());
  CHECK(s.Last()->published.version == 2);
  CHECK(s.Last()->position == second->position);
  auto found = FindPublishedBriefing(*s.store, "ai-roi", 1);
  REQUIRE(found.ok());
  CHECK(found->position == first->position);
  auto absent = FindPublishedBriefing(*s.store, "ai-roi", 3);
  REQUIRE_FALSE(absent.ok());
  CHECK(absent.status().code() == Status::Code::kNotFound);
  CHECK(absent.status().message() == "the briefing of ai-roi has no Version 3: Versions 1–2 are published");

  // Each version reads back as published, and its Markdown proves the same.
  for (size_t i = 0; i < versions.size(); ++i) {
    auto read = ReadPublishedBriefing(*s.store, versions[i]);
    REQUIRE(read.ok());
    CHECK(read->version == i + 1);
    CHECK(RenderBriefingJson(*read) == RenderBriefingJson(i == 0 ? first->briefing : second->briefing));
    CHECK(CheckPublishedMarkdown(versions[i], RenderBriefingMarkdown(*read)).ok());
  }
  Status altered = CheckPublishedMarkdown(versions[0], first->markdown + " ");
  CHECK(altered.code() == Status::Code::kCorruption);
  CHECK_THAT(altered.message(), Catch::Contains("Version 1 of briefing ai-roi"));

  // A version whose JSON is not in the store is an integrity failure, not a missing version.
  PublishedBriefing lost = versions[0];
  lost.published.briefing_sha256 = std::string(64, 'f');
  auto missing = ReadPublishedBriefing(*s.store, lost);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kCorruption);
  CHECK_THAT(missing.status().message(), Catch::Contains("is missing from the store"));
}
