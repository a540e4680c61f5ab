// The claim extractor's accuracy against the hand labels of tests/labels/claims/ (RULES.md):
// precision, recall and F1 of speaker + span, on the corpus (the development set, with the
// gazetteer corpus/actors.json) and on the held-out articles (with their own gazetteer,
// tests/labels/claims/heldout/actors.json), which the extractor is never tuned on. Every run prints
// the scores and the misses, so the figures quoted in the README can be checked by running this test.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "dossier/actor.h"
#include "dossier/claim.h"
#include "support/claim_score.h"
#include "support/text_language.h"

using namespace dossier;

namespace {

Gazetteer LoadGazetteer(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  INFO(path);
  REQUIRE(in);
  std::ostringstream json;
  json << in.rdbuf();
  auto gazetteer = Gazetteer::Parse(json.str());
  INFO(gazetteer.status().message());
  REQUIRE(gazetteer.ok());
  return std::move(*gazetteer);
}

struct SetScore {
  MatchCounts counts;
  size_t files = 0;
  std::map<TextLanguage, std::pair<MatchCounts, size_t>> by_language;  // counts and files
  MissClasses misses;  // printed as totals only, so a held-out set's show no text
};

// Scores every label file of `set` ("corpus", "heldout", "news/dev" …) with `gazetteer`, reporting
// the total and, unless `misses_shown` is false (a held-out set), each file's counts and misses.
SetScore ScoreLabelSet(const std::string& set, const Gazetteer& gazetteer, bool misses_shown = true) {
  const std::string root = DOSSIER_SOURCE_DIR;
  SetScore total;
  for (const std::string& path : LabelFilesIn(root + "/tests/labels/claims/" + set)) {
    auto labels = LoadClaimLabels(path);
    INFO(labels.status().message());
    REQUIRE(labels.ok());
    auto text = ReadLabelledText(path, root);
    INFO(text.status().message());
    REQUIRE(text.ok());
    Status texts = CheckClaimLabelsAgainstText(*labels, *text, path);
    INFO(texts.message());
    REQUIRE(texts.ok());

    auto source = LabelledClaimSource(path);
    INFO(source.status().message());
    REQUIRE(source.ok());

    ClaimScore score = ScoreClaims(ExtractClaims(*text, gazetteer, *source), *labels);
    if (misses_shown) {
      std::string misses = DescribeMisses(score, *text);
      WARN(path.substr(root.size() + 1) << ": " << DescribeCounts(score) << (misses.empty() ? "" : "\n") << misses);
    }
    total.counts += score.counts;
    total.misses += ClassifyMisses(score);
    ++total.files;
    auto& language = total.by_language[LanguageOf(*text)];
    language.first += score.counts;
    ++language.second;
  }
  WARN("claims, " << set << " (" << total.files << " files): " << Describe(total.counts));
  WARN("claims, " << set << ", " << DescribeMissClasses(total.misses));
  // Chinese and English texts apart (a text's language is what most of its letters are written in).
  if (total.by_language.size() > 1) {
    for (const auto& [language, counts] : total.by_language) {
      WARN("claims, " << set << ", " << Name(language) << " (" << counts.second << " files): " << Describe(counts.first));
    }
  }
  return total;
}

}  // namespace

TEST_CASE("Claim extraction scores precision >= 0.9 and recall >= 0.8 on the hand-labelled corpus",
          "[claim_accuracy]") {
  Gazetteer gazetteer = LoadGazetteer(std::string(DOSSIER_SOURCE_DIR) + "/corpus/actors.json");
  SetScore corpus = ScoreLabelSet("corpus", gazetteer);
  REQUIRE(corpus.files == 5);
  REQUIRE(corpus.counts.Precision() >= 0.9);
  REQUIRE(corpus.counts.Recall() >= 0.8);
}

TEST_CASE("Claim extraction scores precision >= 0.8 and recall >= 0.6 on the held-out articles",
          "[claim_accuracy]") {
  Gazetteer gazetteer =
      LoadGazetteer(std::string(DOSSIER_SOURCE_DIR) + "/tests/labels/claims/heldout/actors.json");
  // Its misses are not printed: whoever tunes the extractor must not read them.
  SetScore heldout = ScoreLabelSet("heldout", gazetteer, false);
  REQUIRE(heldout.files >= 6);
  CHECK(heldout.counts.Precision() >= 0.8);
  CHECK(heldout.counts.Recall() >= 0.6);
}

// The news sets (tests/labels/claims/news/): articles with their metadata, every speaker a candidate
// `?Name`, scored with no gazetteer at all, as a new user's story is read.
TEST_CASE("Claim extraction without a gazetteer scores precision >= 0.9 and recall >= 0.8 on the attribution dev texts",
          "[claim_accuracy]") {
  auto none = Gazetteer::Create({});
  REQUIRE(none.ok());
  SetScore dev = ScoreLabelSet("news/dev-attrib", *none);
  REQUIRE(dev.files >= 6);
  CHECK(dev.counts.Precision() >= 0.9);
  CHECK(dev.counts.Recall() >= 0.8);
}

// The news set written for issue 10 (tests/labels/claims/news/README.md): its dev half is tuned on,
// its held-out half never read (so its misses are not printed). Each half is also scored with the
// corpus gazetteer loaded, which knows none of their speakers, to show it does no harm.
TEST_CASE("Claim extraction without a gazetteer on the news dev half", "[claim_accuracy]") {
  auto none = Gazetteer::Create({});
  REQUIRE(none.ok());
  SetScore dev = ScoreLabelSet("news/dev", *none);
  REQUIRE(dev.files >= 61);
  // Regression bars a little under what the extractor scores today (README); issue 10's goal, P >= 0.9
  // and R >= 0.8, is not met yet.
  CHECK(dev.counts.Precision() >= 0.96);
  CHECK(dev.counts.Recall() >= 0.86);
  // The Chinese texts apart (measured 1.000 / 0.940 on 18 texts with claim extractor v6; 0.995 / 0.945
  // on 20 with v7).
  const MatchCounts& zh = dev.by_language.at(TextLanguage::kChinese).first;
  CHECK(zh.Precision() >= 0.98);
  CHECK(zh.Recall() >= 0.93);
  Gazetteer corpus = LoadGazetteer(std::string(DOSSIER_SOURCE_DIR) + "/corpus/actors.json");
  SetScore with = ScoreLabelSet("news/dev", corpus, false);
  CHECK(with.counts.Precision() >= dev.counts.Precision() - 0.02);
  CHECK(with.counts.Recall() >= dev.counts.Recall() - 0.02);
}

TEST_CASE("Claim extraction without a gazetteer on the news held-out half", "[claim_accuracy]") {
  auto none = Gazetteer::Create({});
  REQUIRE(none.ok());
  SetScore heldout = ScoreLabelSet("news/heldout", *none, false);
  REQUIRE(heldout.files >= 20);
  CHECK(heldout.counts.Precision() >= 0.81);
  CHECK(heldout.counts.Recall() >= 0.59);
  const MatchCounts& zh = heldout.by_language.at(TextLanguage::kChinese).first;  // measured 0.818 / 0.581 (v6), 0.822 / 0.597 (v7), 0.851 / 0.645 (v9)
  CHECK(zh.Precision() >= 0.83);
  CHECK(zh.Recall() >= 0.62);
  Gazetteer corpus = LoadGazetteer(std::string(DOSSIER_SOURCE_DIR) + "/corpus/actors.json");
  SetScore with = ScoreLabelSet("news/heldout", corpus, false);
  CHECK(with.counts.Precision() >= heldout.counts.Precision() - 0.02);
  CHECK(with.counts.Recall() >= heldout.counts.Recall() - 0.02);
}
