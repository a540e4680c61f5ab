#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ingest/article.h"
#include "temp_dir.h"
#include "util/dates.h"

using namespace dossier;

TEST_CASE("a JSON article is read with its metadata", "[article]") {
  auto a = ParseArticleJson(R"({"id":"x1","url":"https://example.com/a","title":"T","outlet":"O","author":null,
      "published":"2026-05-16","language":"en","text":"Body \u2019 text\n"})");
  REQUIRE(a.ok());
  REQUIRE(a->metadata.article_id == "x1");
  REQUIRE(a->metadata.url == "https://example.com/a");
  REQUIRE_FALSE(a->metadata.author.has_value());
  REQUIRE(a->text == "Body \xe2\x80\x99 text\n");
  REQUIRE(a->format == "json");
}

TEST_CASE("a JSON article without a title takes its first line", "[article]") {
  auto a = ParseArticleJson(R"({"text":"\n  Headline here  \nbody"})");
  REQUIRE(a.ok());
  REQUIRE(a->metadata.title == "Headline here");
}

TEST_CASE("JSON article errors name the field and the problem", "[article]") {
  auto message = [](const char* json) {
    auto a = ParseArticleJson(json);
    REQUIRE_FALSE(a.ok());
    REQUIRE(a.status().code() == Status::Code::kInvalidInput);
    return a.status().message();
  };
  REQUIRE_THAT(message(R"({"text":"x","publisher":"y"})"), Catch::Contains("field `publisher`: not an article field"));
  REQUIRE_THAT(message(R"({"title":"t"})"), Catch::Contains("field `text`: missing"));
  REQUIRE_THAT(message(R"({"text":42})"), Catch::Contains("field `text`: expected a string"));
  REQUIRE_THAT(message(R"({"text":"x","published":"2026-02-30"})"), Catch::Contains("`2026-02-30` is not a date"));
  REQUIRE_THAT(message(R"({"text":"x","language":"english!"})"), Catch::Contains("not a BCP 47 language tag"));
  REQUIRE_THAT(message(R"({"text":"x","url":"example.com"})"), Catch::Contains("not an absolute URL"));
  REQUIRE_THAT(message(R"({"text":"   \n "})"), Catch::Contains("text is empty"));
  REQUIRE_THAT(message(R"({"title":"t","text":"\n \t\n"})"), Catch::Contains("text is empty"));
  REQUIRE_THAT(message(R"({"text":"\n  \n"})"), Catch::Contains("text is empty"));
  REQUIRE_THAT(message(R"({"text":"x","text":"y"})"), Catch::Contains("appears twice"));
  REQUIRE_THAT(message("{\"text\":\"ok\" \"x\"}"), Catch::Contains("malformed JSON"));
  // Documents that end inside a string or an object fail before parsing starts (once a crash).
  REQUIRE_THAT(message("{\"text\": \"never closed"), Catch::Contains("malformed JSON"));
  REQUIRE_THAT(message("{\"text\": \"x\", "),
               Catch::Contains("malformed JSON at line 1, column 13: the object is cut short"));
  REQUIRE_THAT(message("{\"text\": \"x\"}\n x"),
               Catch::Contains("malformed JSON at line 2, column 2: the object is cut short or followed by other content"));
  REQUIRE_THAT(message("[1,2]"), Catch::Contains("expected a JSON object"));
  REQUIRE_THAT(message("{\"text\":\"a\xff\"}"), Catch::Contains("not valid UTF-8 at byte 10"));
}

TEST_CASE("plain text is kept byte for byte and invalid UTF-8 is refused with its offset", "[article]") {
  const std::string mojibake = "Baker\xce\xb2s point\r\n\xe9\xa6\xac\xe5\x85\x8b";
  auto a = ArticleFromText(mojibake, "text", {});
  REQUIRE(a.ok());
  REQUIRE(a->text == mojibake);
  REQUIRE(a->metadata.title == "Baker\xce\xb2s point");

  auto bad = ArticleFromText("ok so far \xc3\x28 then", "text", {});
  REQUIRE_FALSE(bad.ok());
  REQUIRE_THAT(bad.status().message(), Catch::Contains("not valid UTF-8 at byte 10"));
}

TEST_CASE("Markdown titles drop the heading marks, given metadata wins", "[article]") {
  auto md = ArticleFromText("# The title\n\nbody", "markdown", {});
  REQUIRE(md.ok());
  REQUIRE(md->metadata.title == "The title");
  SourceMetadata given;
  given.title = "Given";
  given.published = "2026-05-23T18:15:00Z";
  auto titled = ArticleFromText("# The title\n", "markdown", given);
  REQUIRE(titled.ok());
  REQUIRE(titled->metadata.title == "Given");
}

TEST_CASE("an article over the size limit is refused", "[article]") {
  auto big = ArticleFromText(std::string(kMaxArticleBytes + 1, 'a'), "text", {});
  REQUIRE_FALSE(big.ok());
  REQUIRE_THAT(big.status().message(), Catch::Contains("too large"));
}

TEST_CASE("dates are real calendar days, datetimes follow RFC 3339", "[dates]") {
  REQUIRE(IsValidDate("2024-02-29"));
  REQUIRE_FALSE(IsValidDate("2026-02-29"));
  REQUIRE_FALSE(IsValidDate("2026-13-01"));
  REQUIRE_FALSE(IsValidDate("2026-5-1"));
  REQUIRE(IsValidDateOrDateTime("2026-05-23"));
  REQUIRE(IsValidDateOrDateTime("2026-05-23T18:15Z"));
  REQUIRE(IsValidDateOrDateTime("2026-05-23T18:15:00.123+02:00"));
  REQUIRE_FALSE(IsValidDateOrDateTime("2026-05-23T25:00Z"));
  REQUIRE_FALSE(IsValidDateOrDateTime("2026-05-23T18:15:00"));  // no zone
  REQUIRE_FALSE(IsValidDateOrDateTime("May 23, 2026"));
}

TEST_CASE("a text above 2 GiB is refused by its full 64-bit size, not a 32-bit remainder", "[article][limits]") {
  // A sparse file mapped, not written: 2 GiB + 5 bytes of holes cost no disk and, untouched, no memory.
  TempDir dir;
  const std::string path = dir.path + "/sparse.txt";
  const uint64_t size = (uint64_t{2} << 30) + 5;
  const int fd = open(path.c_str(), O_RDWR | O_CREAT, 0600);
  REQUIRE(fd >= 0);
  REQUIRE(ftruncate(fd, static_cast<off_t>(size)) == 0);
  void* mapped = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  REQUIRE(mapped != MAP_FAILED);
  Status refused = CheckArticleText(std::string_view(static_cast<const char*>(mapped), size));
  munmap(mapped, size);
  REQUIRE(refused.code() == Status::Code::kInvalidInput);
  REQUIRE(refused.message() == "text is too large (2147483653 bytes; the limit is 16 MiB)");
}
