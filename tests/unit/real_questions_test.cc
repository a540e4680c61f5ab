#include <catch2/catch.hpp>

#include "brief/real_questions.h"

using namespace dossier;

namespace {

// The span of `question` in `text`.
ByteSpan SpanOf(const std::string& text, const std::string& question) {
  const size_t at = text.find(question);
  REQUIRE(at != std::string::npos);
  return {at, at + question.size()};
}

}  // namespace

TEST_CASE("real questions: a headline, a rhetorical question, a reported one and a short one are left out") {
  const std::string text =
      "Will the buildout ever pay for itself?\n"
      "Investors have poured money into data centers. Will the buildout ever pay for itself? Nobody can say yet. "
      "Can any lab show a return before the loans fall due? Not soon, by most estimates. "
      "If a model learns from data, he asked, what is the future of the firm? Why now? "
      "Who pays when the chips are obsolete in three years? Probably the lenders.\n"
      "## What happens to the power contracts if demand slows?\n"
      "7. Who carries the risk if the tenants walk away?\n"
      "  - Could the grid take another campus by 2028?\n"
      "A list of 3. Will the town ever see the tax revenue it was promised?\n";
  const size_t body = text.find("Investors");
  const ByteSpan real = SpanOf(text.substr(body), "Will the buildout ever pay for itself?");
  CHECK(IsRealQuestion(text, {body + real.begin, body + real.end}));
  CHECK_FALSE(IsRealQuestion(text, {0, real.end - real.begin}));  // the headline, a line of its own
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Can any lab show a return before the loans fall due?")));  // "Not …"
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Who pays when the chips are obsolete in three years?")));  // "Probably"
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "If a model learns from data, he asked, what is the future of the firm?")));
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Why now?")));  // too short to say anything
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "What happens to the power contracts if demand slows?")));  // a subheading
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Who carries the risk if the tenants walk away?")));  // numbered
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Could the grid take another campus by 2028?")));  // bulleted
  CHECK(IsRealQuestion(text, SpanOf(text, "Will the town ever see the tax revenue it was promised?")));  // in a line
  CHECK_FALSE(IsRealQuestion(text, {text.size() - 2, text.size() + 10}));  // out of bounds
}

TEST_CASE("real questions: a question the source quotes is its speaker's, not the story's") {
  // A victory speech's rhetoric, as a real election report quotes it (invented words and names), and
  // a question the writer asks in their own words.
  const std::string text =
      "\"Who is with us,\" Mayor Ilka Varo shouted to the crowd. \"Who is ready to build the new harbour with me? "
      "And who will stand up for Ostrel tonight?\"\n"
      "The count ended at dawn. Will the coalition hold once the harbour budget comes to a vote?\n"
      "\xE2\x80\x9C" "Can the port pay for its own dredging?" "\xE2\x80\x9D the auditor asked.\n";
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Who is ready to build the new harbour with me?")));
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "And who will stand up for Ostrel tonight?")));
  CHECK_FALSE(IsRealQuestion(text, SpanOf(text, "Can the port pay for its own dredging?")));
  CHECK(IsRealQuestion(text, SpanOf(text, "Will the coalition hold once the harbour budget comes to a vote?")));
}
