// The claim extractor's accuracy against the hand labels of tests/labels/claims/ (RULES.md):
// precision, recall and F1 of speaker + span, on the corpus (the development set, with the
// gazetteer corpus/actors.json) and on the held-out articles (with their own gazetteer,
// tests/labels/claims/heldout/actors.json), which the extractor is never tuned on. Every run prints
// the scores and the misses, so the figures quoted in the README can be checked by running this test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
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

// Why labels were missed and predictions wrong, as totals by class (all that a held-out set may
// print: never its texts or spans). A miss is `speaker wrong` when a prediction covers its span
// under another speaker, `span off` when one of the same speaker overlaps it by less than half,
// else `not found`; apart, the misses whose label's speaker is a pronoun carried from before. A
// wrong prediction is `speaker wrong` or `span off` by the same tests against the labels, else
// `spurious`; apart, those whose own speaker is a pronoun.
struct FailureClasses {
  size_t not_found = 0, speaker_wrong = 0, span_off = 0, pronoun_missed = 0;
  // The labels not found, by how their speaker is written (a capitalised name, Han characters, lowercase words such
  // as "officials" or "the minister", a pronoun, the author's "I"/"we") and whether a quotation mark
  // opens their span.
  size_t by_name = 0, by_han = 0, by_description = 0, by_pronoun = 0, by_first_person = 0, quoted = 0;
  size_t spurious = 0, wrong_speaker = 0, wrong_span = 0, pronoun_wrong = 0;
  // The wrong speakers: sharing a word with the label's (one name written two ways: "Dean Whitlow"
  // for "Kelby manager Dean Whitlow"), or where either side is the unnamed sources' `anonymous`.
  size_t shares_word = 0, anonymous_side = 0;
  size_t predicted_shorter = 0, predicted_longer = 0;  // of shares_word: one name holds the other's words
};

bool Overlap(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

bool IsPronoun(std::string_view text, ByteSpan mention) {
  std::string word(text.substr(mention.begin, mention.end - mention.begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word == "he" || word == "she" || word == "his" || word == "her" || word == "him" || word == "they" ||
         word == "their" || word == "them";
}

std::string Folded(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool SharesWord(const std::string& a, const std::string& b) {
  std::istringstream words(a);
  for (std::string w; words >> w;) {
    if (w.front() == '?') w.erase(0, 1);
    if (w.size() >= 3 && w != "the" && (" " + b + " ").find(" " + w + " ") != std::string::npos) return true;
    if (w.size() >= 3 && w != "the" && ("?" + w) == b.substr(0, w.size() + 1)) return true;
  }
  return false;
}

void Classify(const ClaimScore& score, std::string_view text, FailureClasses* classes) {
  for (const ClaimLabel& label : score.false_negatives) {
    const auto covers = [&](const Claim& c, bool same, bool half) {
      return SameSpeaker(c, label) == same && (half ? SpansMatch(c.span, label.span) : Overlap(c.span, label.span));
    };
    const auto any = [&](bool same, bool half) {
      return std::any_of(score.false_positives.begin(), score.false_positives.end(), [&](const Claim& c) { return covers(c, same, half); });
    };
    if (any(false, true)) ++classes->speaker_wrong;
    else if (any(true, false)) ++classes->span_off;
    else {
      ++classes->not_found;
      const std::string_view mention = text.substr(label.speaker_mention.begin, label.speaker_mention.end - label.speaker_mention.begin);
      const std::string_view before = text.substr(label.span.begin >= 3 ? label.span.begin - 3 : 0, std::min<size_t>(label.span.begin, 3));
      if (IsPronoun(text, label.speaker_mention)) ++classes->by_pronoun;
      else if (!mention.empty() && static_cast<unsigned char>(mention[0]) >= 0x80) ++classes->by_han;
      else if (mention == "I" || mention == "we" || mention == "We") ++classes->by_first_person;
      else if (!mention.empty() && std::isupper(static_cast<unsigned char>(mention[0])) && mention.substr(0, 4) != "The " &&
               mention.substr(0, 2) != "A " && mention.substr(0, 3) != "An ") {
        ++classes->by_name;
      } else {
        ++classes->by_description;
      }
      if (before.find('"') != std::string_view::npos || before.find("\xe2\x80\x9c") != std::string_view::npos) ++classes->quoted;
    }
    if (IsPronoun(text, label.speaker_mention)) ++classes->pronoun_missed;
  }
  for (const Claim& claim : score.false_positives) {
    const auto any = [&](bool same, bool half) {
      return std::any_of(score.false_negatives.begin(), score.false_negatives.end(), [&](const ClaimLabel& l) {
        return SameSpeaker(claim, l) == same && (half ? SpansMatch(claim.span, l.span) : Overlap(claim.span, l.span));
      });
    };
    if (any(false, true)) {
      ++classes->wrong_speaker;
      for (const ClaimLabel& l : score.false_negatives) {
        if (SameSpeaker(claim, l) || !SpansMatch(claim.span, l.span)) continue;
        const std::string predicted = Folded(claim.speaker.actor_id.empty() ? claim.speaker.surface : claim.speaker.actor_id);
        const std::string labelled = Folded(l.speaker);
        if (predicted == "anonymous" || labelled == "?anonymous") ++classes->anonymous_side;
        else if (SharesWord(predicted, labelled)) {
          ++classes->shares_word;
          const std::string bare = labelled.front() == '?' ? labelled.substr(1) : labelled;
          if (bare.find(predicted) != std::string::npos) ++classes->predicted_shorter;
          else if (predicted.find(bare) != std::string::npos) ++classes->predicted_longer;
        }
        break;
      }
    } else if (any(true, false)) ++classes->wrong_span;
    else ++classes->spurious;
    if (IsPronoun(text, claim.speaker.span)) ++classes->pronoun_wrong;
  }
}

struct SetScore {
  MatchCounts counts;
  FailureClasses classes;
  size_t files = 0;
  std::map<TextLanguage, std::pair<MatchCounts, size_t>> by_language;  // counts and files
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
    Classify(score, *text, &total.classes);
    ++total.files;
    auto& language = total.by_language[LanguageOf(*text)];
    language.first += score.counts;
    ++language.second;
  }
  WARN("claims, " << set << " (" << total.files << " files): " << Describe(total.counts));
  const FailureClasses& c = total.classes;
  WARN("claims, " << set << ", misses: " << c.not_found << " not found, " << c.speaker_wrong << " speaker wrong, " << c.span_off
                  << " span off (" << c.pronoun_missed << " by a pronoun); not found by speaker: " << c.by_name
                  << " name, " << c.by_han << " Han, " << c.by_description << " description, " << c.by_pronoun << " pronoun, " << c.by_first_person
                  << " I/we; " << c.quoted << " quoted; wrong: " << c.spurious << " spurious, " << c.wrong_speaker
                  << " speaker wrong (" << c.shares_word << " sharing a word with the label's: " << c.predicted_shorter << " shorter, " << c.predicted_longer << " longer; " << c.anonymous_side << " anonymous on one side), "
                  << c.wrong_span << " span off (" << c.pronoun_wrong << " by a pronoun)");
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
  // The Chinese texts apart (measured 1.000 / 0.940 on 18 texts with claim extractor v6).
  const MatchCounts& zh = dev.by_language.at(TextLanguage::kChinese).first;
  CHECK(zh.Precision() >= 0.98);
  CHECK(zh.Recall() >= 0.92);
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
  const MatchCounts& zh = heldout.by_language.at(TextLanguage::kChinese).first;  // measured 0.818 / 0.581 (v6)
  CHECK(zh.Precision() >= 0.80);
  CHECK(zh.Recall() >= 0.56);
  Gazetteer corpus = LoadGazetteer(std::string(DOSSIER_SOURCE_DIR) + "/corpus/actors.json");
  SetScore with = ScoreLabelSet("news/heldout", corpus, false);
  CHECK(with.counts.Precision() >= heldout.counts.Precision() - 0.02);
  CHECK(with.counts.Recall() >= heldout.counts.Recall() - 0.02);
}
