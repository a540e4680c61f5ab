#include <catch2/catch.hpp>

#include "extract/sentences.h"

using namespace dossier;

namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const ByteSpan& s : extract::SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("SplitSentences splits at stops, line breaks and citation markers, trimming blanks", "[sentences]") {
  CHECK(Sentences("Cuban argues that it won't pay. Andreessen counters.") ==
        Texts{"Cuban argues that it won't pay.", "Andreessen counters."});
  CHECK(Sentences("Heading\n  A list item\n\nBody text. More.  ") == Texts{"Heading", "A list item", "Body text.", "More."});
  // ICU would break after the "[" and not after the marker.
  CHECK(Sentences("It fails at scale.[2] Marc Andreessen counters.[3][4] Then") ==
        Texts{"It fails at scale.[2]", "Marc Andreessen counters.[3][4]", "Then"});
  // Han text ends sentences at 。 and ？ with no space after them.
  CHECK(Sentences("\xe9\x80\x99\xe6\x98\xaf\xe6\xb3\xa1\xe6\xb2\xab\xe3\x80\x82\xe6\x98\xaf\xe5\x97\x8e\xef\xbc\x9f") ==
        Texts{"\xe9\x80\x99\xe6\x98\xaf\xe6\xb3\xa1\xe6\xb2\xab\xe3\x80\x82", "\xe6\x98\xaf\xe5\x97\x8e\xef\xbc\x9f"});
  CHECK(Sentences(" \n\t ").empty());
}

TEST_CASE("SplitSentences does not end a sentence at a clock time's a.m. or p.m. before its zone or weekday", "[sentences]") {
  CHECK(Sentences("Prices were £48 at 8 a.m. BST (3 a.m. ET) on Thursday, according to Reuters.") ==
        Texts{"Prices were £48 at 8 a.m. BST (3 a.m. ET) on Thursday, according to Reuters."});
  CHECK(Sentences("The vote closed at 9 p.m. UTC and counting began.") ==
        Texts{"The vote closed at 9 p.m. UTC and counting began."});
  CHECK(Sentences("Divers hope to return at 6 a.m. Wednesday, the harbour police said.") ==
        Texts{"Divers hope to return at 6 a.m. Wednesday, the harbour police said."});
  // A capitalised word after the time is a new sentence, as ICU has it.
  CHECK(Sentences("The polls closed at 8 p.m. The count began at once.") ==
        Texts{"The polls closed at 8 p.m.", "The count began at once."});
}

TEST_CASE("SplitSentences does not end a sentence at an initialism or a company suffix before a name", "[sentences]") {
  CHECK(Sentences("According to the U.S. Centers for Vector Control, cases rose. Then") ==
        Texts{"According to the U.S. Centers for Vector Control, cases rose.", "Then"});
  CHECK(Sentences("Orvane Co. Chief Executive Lisa Brandt said so.") ==
        Texts{"Orvane Co. Chief Executive Lisa Brandt said so."});
  CHECK(Sentences("“Fine,” Adm. Tobias Wren said.") == Texts{"“Fine,” Adm. Tobias Wren said."});
  // A sentence opener after one starts a new sentence, as ICU has it.
  CHECK(Sentences("Sales fell in the U.S. The company blamed prices.") ==
        Texts{"Sales fell in the U.S.", "The company blamed prices."});
  CHECK(Sentences("He joined Harlow Foods Inc. It was 2019.") == Texts{"He joined Harlow Foods Inc.", "It was 2019."});
}

TEST_CASE("SplitSentences does not end a sentence at a month's abbreviation before its day", "[sentences]") {
  CHECK(Sentences("WASHINGTON, Sept. 14 (Fieldwire) - Stocks fell. Then") ==
        Texts{"WASHINGTON, Sept. 14 (Fieldwire) - Stocks fell.", "Then"});
}

TEST_CASE("SplitSentences does not end a sentence at a dateline's place before its wire credit, a clock time before its day, "
          "a company's suffix before its ticker", "[sentences]") {
  CHECK(Sentences("BRISTOW, Okla. (Fieldwire) — Floodwater closed the line. Then") ==
        Texts{"BRISTOW, Okla. (Fieldwire) — Floodwater closed the line.", "Then"});
  CHECK(Sentences("ALBANY, N.Y. (Fieldwire) - Rates rose. Then") == Texts{"ALBANY, N.Y. (Fieldwire) - Rates rose.", "Then"});
  CHECK(Sentences("The airport opened at 6 p.m. Monday, a spokeswoman said.") ==
        Texts{"The airport opened at 6 p.m. Monday, a spokeswoman said."});
  CHECK(Sentences("Orvane Inc. (NYSE: ORV) fell.") == Texts{"Orvane Inc. (NYSE: ORV) fell."});
  // A bracket that is no credit before a dash, after a sentence's stop, starts a sentence.
  CHECK(Sentences("Rates rose in Okla. (The data came late.)") == Texts{"Rates rose in Okla.", "(The data came late.)"});
}

TEST_CASE("SplitSentences opens a Han sentence at the quotation mark after a stop", "[sentences]") {
  // ICU keeps “ (and 「) with the sentence before it, as though it closed that one.
  CHECK(Sentences("他表示,消费会恢复。“出口仍有压力。”") == Texts{"他表示,消费会恢复。", "“出口仍有压力。”"});
  CHECK(Sentences("他說,需求很強。「訂單排到明年。」") == Texts{"他說,需求很強。", "「訂單排到明年。」"});
}

TEST_CASE("SplitSentences does not end a sentence at a dotted abbreviation in brackets", "[sentences]") {
  CHECK(Sentences("Crowds waited outside the Kell (N.J.) County clinic. Then") ==
        Texts{"Crowds waited outside the Kell (N.J.) County clinic.", "Then"});
  // Its own stop after the bracket ends one.
  CHECK(Sentences("Prices rose in Kell (N.J.). Then") == Texts{"Prices rose in Kell (N.J.).", "Then"});
}
