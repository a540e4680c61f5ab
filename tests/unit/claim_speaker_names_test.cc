// Issue 10: on every labelled text, read with no gazetteer, no candidate speaker is a pronoun, a
// product or project, or an adjective or common word: each is a name as the text writes names
// (every word capitalised, or a joiner inside a name), a Han name, the unnamed "anonymous", a body
// described instead of named ("state officials", "police"), or the author or outlet of the article's
// metadata.
#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <string>

#include "dossier/claim.h"
#include "support/claim_score.h"

using namespace dossier;

namespace {

bool IsPronoun(const std::string& lower) {
  static const std::set<std::string> words = {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his",
                                              "she", "her", "hers", "it", "its", "they", "them", "their", "one",
                                              "this", "that", "these", "those", "who", "which"};
  return words.count(lower) != 0;
}

std::string Lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Why `name`, a candidate speaker of `text`, is not a name; empty when it is one.
std::string NotAName(const std::string& name, const std::string& text, const ClaimSource& source) {
  if (name == kAnonymousSpeaker || name == source.author || name == source.outlet) return "";
  if (static_cast<unsigned char>(name[0]) >= 0x80) return "";  // Han (and other scripts): checked by their verbs
  static const std::set<std::string> joiners = {"of", "for", "&", "and", "de", "da", "del", "der", "den", "van", "von",
                                                "bin", "al", "la", "le", "du", "di", "dos", "das", "ter", "ten"};
  // A body the text describes instead of naming ("state officials", "police", "local media"): its last
  // word is such a body's noun, and no word of it is a pronoun.
  static const std::set<std::string> bodies = {"officials", "authorities", "police", "prosecutors", "investigators",
                                               "media", "spokesman", "spokeswoman", "spokesperson"};
  const bool described = bodies.count(name.substr(name.rfind(' ') + 1)) != 0;
  size_t from = 0;
  while (from < name.size()) {
    size_t space = name.find(' ', from);
    if (space == std::string::npos) space = name.size();
    const std::string word = name.substr(from, space - from);
    if (IsPronoun(Lowercase(word))) return "a pronoun";
    const char first = word[0];
    const bool capital = (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || static_cast<unsigned char>(first) >= 0x80;
    // "al-Harthy", "el-Sisi": a surname's lowercase prefix before a capital.
    const size_t hyphen = word.find('-');
    const bool prefixed = hyphen != std::string::npos && hyphen > 0 && hyphen <= 3 && hyphen + 1 < word.size() &&
                          word[hyphen + 1] >= 'A' && word[hyphen + 1] <= 'Z';
    // "Organization of the Cocoa Exporting States": an organisation's "of the".
    const bool of_the = word == "the" && from >= 3 && name.compare(from - 3, 3, "of ") == 0;
    if (!capital && !prefixed && !of_the && !described && joiners.count(word) == 0) return "a lowercase word";
    from = space + 1;
  }
  // A product or project: introduced as one ("called Meridian", "the Meridian project").
  static const std::set<std::string> introducers = {"called ", "named ", "dubbed ", "codenamed ", "code-named ", "titled "};
  static const std::set<std::string> things = {" project", " app", " model", " platform", " product", " chip", " device",
                                               " program", " programme", " initiative", " drug", " phone", " software"};
  for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    for (const std::string& before : introducers) {
      if (at >= before.size() && text.compare(at - before.size(), before.size(), before) == 0) return "a product or project";
    }
    for (const std::string& after : things) {
      // A whole word: "NRB projected" is no project.
      const size_t end = at + name.size() + after.size();
      const bool word_ends = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
      if (text.compare(at + name.size(), after.size(), after) == 0 && word_ends) return "a product or project";
    }
  }
  return "";
}

}  // namespace

TEST_CASE("No pronoun, product, project or adjective is a candidate speaker on any labelled text", "[claim_accuracy]") {
  const std::string root = DOSSIER_SOURCE_DIR;
  auto none = Gazetteer::Create({});
  REQUIRE(none.ok());
  size_t texts = 0, candidates = 0;
  for (const char* set : {"corpus", "heldout", "news/dev", "news/heldout", "news/dev-attrib"}) {
    for (const std::string& path : LabelFilesIn(root + "/tests/labels/claims/" + set)) {
      auto text = ReadLabelledText(path, root);
      REQUIRE(text.ok());
      auto source = LabelledClaimSource(path);
      REQUIRE(source.ok());
      ++texts;
      for (const Claim& claim : ExtractClaims(*text, *none, *source).claims) {
        if (!claim.speaker.actor_id.empty()) continue;
        ++candidates;
        const std::string why = NotAName(claim.speaker.surface, *text, *source);
        INFO(path.substr(root.size() + 1) << ": candidate speaker `" << claim.speaker.surface << "` is " << why);
        CHECK(why.empty());
      }
    }
  }
  CHECK(texts >= 70);
  CHECK(candidates >= 400);
}
