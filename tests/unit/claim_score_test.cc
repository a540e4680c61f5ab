#include <catch2/catch.hpp>

#include "support/claim_score.h"
#include "support/temp_file.h"

using namespace dossier;
using Catch::Matchers::Contains;

namespace {

const char* const kText = "Ann Lee argues that rates must fall. Rates must fall, Bo Chan and Ann Lee said. Zoë Roux: costs rise";

// Ann at [20, 35); Bo and Ann on one span [37, 52); the candidate Zoë Roux at [91, 101).
const char* const kLabels =
    R"({"speaker":"ann-lee","speaker_start":0,"speaker_end":7,"verb":"argues","start":20,"end":35,"text":"rates must fall"})"
    "\n"
    R"({"speaker":"bo-chan","speaker_start":54,"speaker_end":61,"verb":"said","start":37,"end":52,"text":"Rates must fall"})"
    "\n"
    R"({"speaker":"ann-lee","speaker_start":66,"speaker_end":73,"verb":"said","start":37,"end":52,"text":"Rates must fall"})"
    "\n"
    R"({"speaker":"?Zoë Roux","speaker_start":80,"speaker_end":89,"verb":":","start":91,"end":101,"text":"costs rise"})"
    "\n";

std::vector<ClaimLabel> Labels() {
  TempFile file("labels.jsonl", kLabels);
  auto labels = LoadClaimLabels(file.path);
  INFO(labels.status().message());
  REQUIRE(labels.ok());
  return *labels;
}

Claim Predicted(std::string actor_id, std::string surface, uint64_t begin, uint64_t end) {
  Claim claim;
  claim.speaker.actor_id = std::move(actor_id);
  claim.speaker.surface = std::move(surface);
  claim.verb = "says";
  claim.span = {begin, end};
  return claim;
}

ClaimExtraction Extraction(std::vector<Claim> claims) {
  ClaimExtraction extraction;
  extraction.claims = std::move(claims);
  return extraction;
}

std::string LoadError(const std::string& contents) {
  TempFile file("labels.jsonl", contents);
  auto labels = LoadClaimLabels(file.path);
  REQUIRE_FALSE(labels.ok());
  return labels.status().message();
}

}  // namespace

TEST_CASE("LoadClaimLabels reads speakers, mentions, verbs and spans", "[claim_score]") {
  auto labels = Labels();
  REQUIRE(labels.size() == 4);
  CHECK(labels[0].speaker == "ann-lee");
  CHECK(labels[0].speaker_mention == ByteSpan{0, 7});
  CHECK(labels[0].verb == "argues");
  CHECK(labels[0].span == ByteSpan{20, 35});
  CHECK(labels[0].text == "rates must fall");
  CHECK(labels[3].speaker == "?Zoë Roux");
  CHECK(labels[3].line == 4);
  CHECK(CheckClaimLabelsAgainstText(labels, kText, "x.jsonl").ok());
}

TEST_CASE("LoadClaimLabels names the file, the line and the problem", "[claim_score]") {
  std::string first =
      R"({"speaker":"ann-lee","speaker_start":0,"speaker_end":7,"verb":"argues","start":20,"end":35,"text":"rates must fall"})";
  auto with = [&](const std::string& from, const std::string& to) {
    std::string line = first;
    line.replace(line.find(from), from.size(), to);
    return line;
  };
  CHECK_THAT(LoadError(first + "\n{oops\n"), Contains("labels.jsonl:2: malformed JSON"));
  CHECK_THAT(LoadError(with(R"("ann-lee")", R"("Ann Lee")")),
             Contains("labels.jsonl:1: field `speaker`: `Ann Lee` is neither an actor id"));
  CHECK_THAT(LoadError(with(R"("ann-lee")", R"("ann--lee")")), Contains("is neither an actor id"));
  CHECK_THAT(LoadError(with(R"("ann-lee")", R"("? Ann")")), Contains("is neither an actor id"));
  CHECK_THAT(LoadError(with(R"("verb":"argues")", R"("verb":"")")), Contains("labels.jsonl:1: field `verb`: empty"));
  CHECK_THAT(LoadError(with(R"("end":35)", R"("end":20)")), Contains("labels.jsonl:1: `start`/`end` [20, 20) is empty"));
  CHECK_THAT(LoadError(with(R"("speaker_end":7)", R"("speaker_end":"7")")), Contains("labels.jsonl:1: field `speaker_end`"));
  CHECK_THAT(LoadError(with(R"("text")", R"("quote")")), Contains("labels.jsonl:1: unknown field `quote`"));
  CHECK_THAT(LoadError(with(R"(,"text":"rates must fall")", "")), Contains("labels.jsonl:1: field `text`"));
  CHECK_THAT(LoadError(first + "\n" + first + "\n"), Contains("labels.jsonl:2: the claim [20, 35) of `ann-lee` is labelled twice (line 1)"));
  CHECK_THAT(LoadError(first + "\n" + with(R"("start":20)", R"("start":10)") + "\n"),
             Contains("labels.jsonl:2: start 10 is before the start of line 1 (20)"));
  CHECK_THAT(LoadError(first + "\n\n"), Contains("labels.jsonl:2: empty line"));
  CHECK(LoadClaimLabels("/nonexistent/labels.jsonl").status().code() == Status::Code::kNotFound);
}

TEST_CASE("CheckClaimLabelsAgainstText finds a text that is not the bytes at its span", "[claim_score]") {
  auto labels = Labels();
  std::string text = kText;
  text[20] = 'R';
  CHECK_THAT(CheckClaimLabelsAgainstText(labels, text, "x.jsonl").message(),
             Contains("x.jsonl:1: text `rates must fall` but the text's bytes [20, 35) are `Rates must fall`"));
  CHECK_THAT(CheckClaimLabelsAgainstText(labels, std::string(kText).substr(0, 95), "x.jsonl").message(),
             Contains("x.jsonl:4: text `costs rise`"));
  labels[0].speaker_mention = {0, 500};
  CHECK_THAT(CheckClaimLabelsAgainstText(labels, kText, "x.jsonl").message(),
             Contains("x.jsonl:1: the speaker mention [0, 500) is past the end"));
}

TEST_CASE("SpansMatch needs an overlap of at least half the longer span", "[claim_score]") {
  CHECK(SpansMatch({0, 10}, {0, 10}));
  CHECK(SpansMatch({0, 10}, {5, 10}));
  CHECK(SpansMatch({5, 10}, {0, 10}));
  CHECK_FALSE(SpansMatch({0, 10}, {6, 10}));
  CHECK_FALSE(SpansMatch({0, 10}, {5, 20}));
  CHECK(SpansMatch({0, 10}, {2, 12}));
  CHECK_FALSE(SpansMatch({0, 10}, {10, 20}));
}

TEST_CASE("SameSpeaker compares actor ids, and candidates by case-folded name", "[claim_score]") {
  auto labels = Labels();
  CHECK(SameSpeaker(Predicted("ann-lee", "Lee", 20, 35), labels[0]));
  CHECK_FALSE(SameSpeaker(Predicted("bo-chan", "Bo Chan", 20, 35), labels[0]));
  CHECK_FALSE(SameSpeaker(Predicted("", "ann-lee", 20, 35), labels[0]));
  CHECK(SameSpeaker(Predicted("", "ZOË ROUX", 91, 101), labels[3]));
  CHECK_FALSE(SameSpeaker(Predicted("", "Zoe Roux", 91, 101), labels[3]));
  CHECK_FALSE(SameSpeaker(Predicted("zoe-roux", "Zoë Roux", 91, 101), labels[3]));
}

TEST_CASE("ScoreClaims gives 1 to predictions equal to the labels", "[claim_score]") {
  auto score = ScoreClaims(Extraction({Predicted("ann-lee", "Ann Lee", 20, 35), Predicted("bo-chan", "Bo Chan", 37, 52),
                                       Predicted("ann-lee", "Ann Lee", 37, 52), Predicted("", "Zoë Roux", 91, 101)}),
                           Labels());
  CHECK(score.counts.matched == 4);
  CHECK(score.counts.F1() == 1.0);
  CHECK(score.false_positives.empty());
  CHECK(score.false_negatives.empty());
  CHECK(DescribeMisses(score, kText).empty());
}

TEST_CASE("ScoreClaims counts wrong speakers, short spans and repeats as misses", "[claim_score]") {
  // Right: Ann's first claim with a span a little long. Wrong speaker: Bo's span given to Zoë.
  // Too short: Ann's second claim at [37, 43). Spurious: a second prediction of Ann's first claim.
  auto score = ScoreClaims(Extraction({Predicted("ann-lee", "Ann Lee", 15, 35), Predicted("", "Zoë Roux", 37, 52),
                                       Predicted("ann-lee", "Ann Lee", 37, 43), Predicted("ann-lee", "Ann", 20, 35)}),
                           Labels());
  CHECK(score.counts.matched == 1);
  CHECK(score.counts.predicted == 4);
  CHECK(score.counts.labelled == 4);
  CHECK(score.counts.Precision() == Approx(0.25));
  CHECK(score.counts.Recall() == Approx(0.25));
  REQUIRE(score.false_positives.size() == 3);
  CHECK(score.false_positives[0].span == ByteSpan{37, 52});
  CHECK(score.false_positives[2].span == ByteSpan{20, 35});
  REQUIRE(score.false_negatives.size() == 3);
  CHECK(score.false_negatives[0].speaker == "bo-chan");
  CHECK(score.false_negatives[1].speaker == "ann-lee");
  CHECK(score.false_negatives[2].speaker == "?Zoë Roux");

  std::string misses = DescribeMisses(score, kText);
  CHECK_THAT(misses, Contains("missed   bo-chan said [37, 52): ") && Contains("fall. [Rates must fall], Bo Chan"));
  CHECK_THAT(misses, Contains("spurious ?Zoë Roux says [37, 52)"));
  CHECK_THAT(DescribeCounts(score), Contains("P=0.250 R=0.250 F1=0.250 (1 matched, 4 predicted, 4 labelled)"));
}

TEST_CASE("ScoreClaims finds the largest one-to-one matching, not the first", "[claim_score]") {
  // The first prediction overlaps both labels; the second only the first label. Taking the first
  // label for the first prediction would leave one of each unmatched.
  TempFile file("labels.jsonl",
                R"({"speaker":"ann-lee","speaker_start":0,"speaker_end":3,"verb":"says","start":0,"end":10,"text":"0123456789"})"
                "\n"
                R"({"speaker":"ann-lee","speaker_start":0,"speaker_end":3,"verb":"says","start":4,"end":14,"text":"456789abcd"})"
                "\n");
  auto labels = LoadClaimLabels(file.path);
  REQUIRE(labels.ok());
  auto score = ScoreClaims(Extraction({Predicted("ann-lee", "Ann", 2, 12), Predicted("ann-lee", "Ann", 0, 8)}), *labels);
  CHECK(score.counts.matched == 2);
  CHECK(score.false_positives.empty());
  CHECK(score.false_negatives.empty());
}

TEST_CASE("ScoreClaims with nothing predicted recalls nothing", "[claim_score]") {
  auto score = ScoreClaims(ClaimExtraction{}, Labels());
  CHECK(score.counts.Precision() == 1.0);
  CHECK(score.counts.Recall() == 0.0);
  CHECK(score.false_negatives.size() == 4);
}

TEST_CASE("Every hand claim label file loads and its texts are its text's bytes", "[claim_score]") {
  const std::string root = DOSSIER_SOURCE_DIR;
  size_t files = 0, labels = 0;
  for (const char* set : {"corpus", "heldout"}) {
    for (const std::string& path : LabelFilesIn(root + "/tests/labels/claims/" + set)) {
      INFO(path);
      auto loaded = LoadClaimLabels(path);
      INFO(loaded.status().message());
      REQUIRE(loaded.ok());
      auto text = ReadLabelledText(path, root);
      REQUIRE(text.ok());
      Status matches = CheckClaimLabelsAgainstText(*loaded, *text, path);
      INFO(matches.message());
      CHECK(matches.ok());
      ++files;
      labels += loaded->size();
    }
  }
  CHECK(LabelFilesIn(root + "/tests/labels/claims/corpus").size() == 5);  // one per corpus article
  CHECK(labels >= 60);
  WARN(files << " claim label files, " << labels << " labels");
}
