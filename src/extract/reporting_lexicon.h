// The words that attribute speech: reporting verbs in their written forms, the auxiliaries and
// adverbs that may stand between a speaker and its verb, nouns of stating ("X's point is"), and
// the words after which a name can still be the subject of what follows.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/claim_words.h"

namespace dossier::extract {

enum class VerbClass {
  kStatement,  // says, argues, warns, estimates…: the content follows, with or without `that`
  kTelling,    // told, warned, reminded: an object may come before `that`
  kAsking,     // asks: the question after a colon, else what follows
  kFraming,    // frames, reads, calls, announces: a claim only with a clause (`that`, a colon) or quoted words
  kContest,    // challenges, questions, disputes: a claim only against a named actor or statement
  kPointing,   // points to the next sentence when it ends in `it` ("Sacks has been saying it")
};

struct ReportingVerb {
  size_t tokens;    // how many tokens the verb takes ("pushed back": 2)
  VerbClass verb_class;
  bool past_participle;  // could be passive after a form of "be" ("was asked")
  bool gerund;           // "saying", "forecasting"
};

// The reporting verb that starts at tokens[i], lowercase as written, if any.
std::optional<ReportingVerb> ReportingVerbAt(std::string_view text, const std::vector<Token>& tokens, size_t i);

// The class of `verb` (lowercase, words joined by one space, as a claim records it) when it is a
// finite form of a reporting verb: a past tense ("said", "pushed back") or a third-person present
// ("argues", "points out"). Nullopt for other words and for bare, -ing and participle-only forms
// ("challenge", "framing", "written"), which do not make a sentence after a name.
std::optional<VerbClass> FiniteReportingVerb(std::string_view verb);

// "has", "also", "publicly", "'s" (he's said)…: words that may stand between a subject and its verb.
bool IsAuxiliaryOrAdverb(std::string_view lower_word);

// Whether `verb` (as ReportingVerbAt reads it, lowercase) states only a clause, never a noun: verbs of
// feeling ("felt the decision proved decisive", not "felt pain") and of stance ("was adamant the
// referee was right", "expressed confidence that …", not "was confident of victory").
bool TakesClauseOnly(std::string_view verb);
// "was adamant …", "are confident that …": a form of "be" and one of these states a clause.
bool IsStanceAdjective(std::string_view lower_word);
// "shows", "showed"…: a finding only when a document or data is the subject ("the poll showed …").
bool ShowsFinding(std::string_view verb);
// Nouns of numbers someone compiled: "data", "figures", "estimates" ("data from the agency showed",
// "according to figures from X").
bool IsSourcedNoun(std::string_view lower_word);
bool IsFormOfBe(std::string_view lower_word);
bool IsNegation(std::string_view lower_word);  // not, never, didn't, isn't…

// Nouns of stating after a possessive: "X's point is …", "X's assessment that …", "X's conclusion: …".
bool IsStatementNounBeforeIs(std::string_view lower_word);
bool IsStatementNounBeforeThat(std::string_view lower_word);

// A word after which a name still starts a clause as its subject ("and", "while", "which", "way").
bool OpensClause(std::string_view lower_word);

// Words that open an adverbial after a verb ("said in an interview that", "said on Tuesday").
bool IsPreposition(std::string_view lower_word);
// The same, and the other words an adverbial after a reporting verb opens with ("said here on
// Tuesday", "said ahead of the meeting", "told reporters outside his hotel", "told CNBC moments
// after the vote").
bool IsAdverbialOpener(std::string_view lower_word);

// Nouns of a definite description that carries a speaker over like a pronoun: "the company said",
// "the executive added".
bool IsOrganizationNoun(std::string_view lower_word);
bool IsPersonNoun(std::string_view lower_word);

// Nouns of a document that speaks for whoever issued it: "the report said", "the IEA's annual review
// found", "a client note warned", "the ruling stated".
bool IsDocumentNoun(std::string_view lower_word);

// Subordinators that stay outside a claim's span ("If chips and energy absorb … as Andreessen
// suggests" → "chips and energy absorb …"), and those that keep their clause inside a claim whose
// speaker follows ("if you're just a consumer …, Nadella isn't sure how …").
bool IsConditional(std::string_view lower_word);

// Han reporting verbs (表示, 認為, 指出, 警告, 說, 發現…), matched against the text at `at`;
// returns the verb's length in bytes or 0.
size_t HanReportingVerbAt(std::string_view text, size_t at);

// Participles by which a report adds what followed a statement, in its own voice: "…, sending its
// shares down 8%", "…, knocking the pound", "…, marking the first cut since 2020".
bool IsConsequenceParticiple(std::string_view lower_word);

// An unnamed officer who speaks for an organisation: "a spokesperson for Meta", "an official at".
bool IsSpokesperson(std::string_view lower_word);

// Lowercase role words before a name that are not titles ("Venture capitalist Ana Ruiz", "challenger
// Marcus Reid"): what "the captain" or "the challenger" may later stand for.
bool IsRoleWord(std::string_view lower_word);
// A lowercase particle inside a name: "Ursula von Lind", "Faisal bin Karim", "Rui da Costa".
bool IsNameParticle(std::string_view lower_word);

// The nouns of an unnamed source ("a person familiar with …", "officials who asked not to be named").
bool IsAnonymousNoun(std::string_view lower_word);

// Titles before a name ("CEO Jane Doe", "Senator Doe", "Dr. Roe"): not part of the name.
bool IsTitle(std::string_view lower_word);

// Common capitalised words that begin sentences and are never names ("The", "Analysts", "This").
bool IsCommonCapitalizedWord(std::string_view lower_word);

}  // namespace dossier::extract
