// Who speaks: a run of gazetteer names, a pronoun or definite description standing for an actor
// named shortly before, or an unknown capitalised name in an attribution position (a candidate).
#include "extract/claim_reader.h"
#include "extract/reporting_lexicon.h"

namespace dossier::extract {

bool SentenceReader::IsSubjectPosition(size_t i) const {
  if (i == 0) return true;
  const Token& before = T(i - 1);
  if (before.word && before.end == T(i).begin && !IsWord(i - 1, "'s")) return true;  // a page's run-together text
  if (!before.word) {
    const std::string_view p = text_.substr(before.begin, before.end - before.begin);
    return p == "," || p == ":" || p == ";" || p == "(" || p == "-" || IsDash(text_, before) ||
           IsQuote(text_, before) || p == "\xe2\x80\xa2" || p == "\xef\xbc\x9a" || p == "\xef\xbc\x8c";
  }
  // "Acme's Jane Doe": the owner only qualifies the name.
  if (IsWord(i - 1, "'s")) return i >= 2 && IsCapitalized(text_, T(i - 2));
  // "Acme CEO Jane Doe", "Senator Jane Doe": titles and the organisation's name before a name.
  if (IsTitle(W(i - 1))) {
    size_t j = i - 1;
    while (j > 0 && j + 4 > i && (IsTitle(W(j - 1)) || (IsCapitalized(text_, T(j - 1)) && T(j - 1).word))) --j;
    return IsSubjectPosition(j);
  }
  return OpensClause(W(i - 1));
}

// A run of speakers from token i: "Cuban", "Cuban and Andreessen", "Auyon Siddiq and Niuniu Zhang
// (UCLA Anderson)". Returns the token after it (after a parenthesis that follows), or i.
size_t SentenceReader::Group(size_t i, std::vector<Speaker>* speakers) const {
  const ActorMention* m = MentionAt(i);
  if (m == nullptr) return i;
  speakers->push_back(f_.SpeakerOf(*m));
  size_t k = MentionEnd(i);
  while ((Is(k, ",") || IsWord(k, "and")) && MentionAt(k + 1) != nullptr && !Is(MentionEnd(k + 1), "'s") &&
         !IsWord(MentionEnd(k + 1), "'s")) {
    speakers->push_back(f_.SpeakerOf(*MentionAt(k + 1)));
    k = MentionEnd(k + 1);
  }
  if (Is(k, "(")) {  // an affiliation in parentheses
    size_t close = k + 1;
    while (close < n() && close < k + 8 && !Is(close, ")")) ++close;
    if (Is(close, ")")) k = close + 1;
  }
  return k;
}

// A speaker starting at token i: a run of gazetteer mentions, a pronoun or description, or an
// unknown name (up to three capitalised words, none of them a common sentence opener).
bool SentenceReader::SpeakerAt(size_t i, std::vector<Speaker>* speakers, size_t* after) const {
  if (i >= n()) return false;
  if (MentionAt(i)) {
    *after = Group(i, speakers);
    return true;
  }
  if (auto pronoun = Pronoun(i, after)) {
    *speakers = *pronoun;
    return true;
  }
  if (!IsCapitalized(text_, T(i)) || IsUnspaced(text_, T(i))) return false;
  size_t end = i;
  while (end < n() && end < i + 3 && IsCapitalized(text_, T(end)) && !MentionAt(end)) ++end;
  const std::string w = W(i);
  const bool common = IsCommonCapitalizedWord(w) || w.find('\'') != std::string::npos;
  const bool surname = end - i == 1 && f_.candidate_surnames_.count(text_.substr(T(i).begin, T(i).end - T(i).begin)) != 0;
  const bool after_capital = i > 0 && IsCapitalized(text_, T(i - 1)) && !IsTitle(W(i - 1));
  if (common || IsTitle(w) || (end - i < 2 && i == 0 && !surname) || after_capital) return false;
  const ByteSpan at{T(i).begin, T(end - 1).end};
  speakers->push_back({{"", std::string(text_.substr(at.begin, at.end - at.begin)), at}, ActorKind::kPerson});
  *after = end;
  return true;
}

// He/She/They/It as a subject, or a definite description ("the company", "the firm"), standing
// for the actor last spoken of; *after is the token after it.
std::optional<std::vector<Speaker>> SentenceReader::Pronoun(size_t i, size_t* after) const {
  const std::string w = W(i);
  const Antecedent* antecedent = nullptr;
  size_t end = i + 1;
  if (w == "he" || w == "she") antecedent = &f_.person_;
  else if (w == "they") antecedent = &f_.plural_;
  else if (w == "it" && i == 0 && IsCapitalized(text_, T(i))) antecedent = &f_.org_;
  else if (w == "the" && i + 1 < n()) {
    end = i + 2;
    if (IsOrganizationNoun(W(i + 1))) antecedent = &f_.company_;
    else if (IsPersonNoun(W(i + 1))) antecedent = &f_.person_;
  }
  if (antecedent == nullptr) return std::nullopt;
  const size_t reach = antecedent == &f_.org_ ? 1 : kPronounReach;
  if (!antecedent->Valid(index_, reach) || (antecedent == &f_.org_ && antecedent->sentence == index_)) return std::nullopt;
  std::vector<Speaker> speakers = antecedent->speakers;
  for (Speaker& s : speakers) {
    // A candidate keeps its name, which is all it is known by (RULES: held-out).
    if (s.mention.actor_id.empty()) continue;
    s.mention.surface = std::string(text_.substr(T(i).begin, T(end - 1).end - T(i).begin));
    s.mention.span = {T(i).begin, T(end - 1).end};
  }
  *after = end;
  return speakers;
}

// His/Her/Their, for the patterns of a possessive speaker.
std::optional<std::vector<Speaker>> SentenceReader::PossessivePronoun(size_t i) const {
  const std::string w = W(i);
  const Antecedent* antecedent = nullptr;
  if (w == "his" || w == "her" || w == "him") antecedent = &f_.person_;
  else if (w == "their" || w == "them") antecedent = &f_.plural_;
  if (antecedent == nullptr || !antecedent->Valid(index_, kPronounReach)) return std::nullopt;
  std::vector<Speaker> speakers = antecedent->speakers;
  for (Speaker& s : speakers) {
    s.mention.surface = std::string(text_.substr(T(i).begin, T(i).end - T(i).begin));
    s.mention.span = {T(i).begin, T(i).end};
  }
  return speakers;
}

// The organisation a description before token i stands for: the last one named in this sentence
// before it, else the one last named before.
std::optional<std::vector<Speaker>> SentenceReader::CompanyBefore(size_t i) const {
  std::optional<std::vector<Speaker>> found;
  for (const auto& [token, mention] : mention_at_) {
    const Speaker s = f_.SpeakerOf(mention.first);
    if (token < i && s.kind != ActorKind::kPerson) found = std::vector<Speaker>{s};
  }
  if (!found && f_.company_.Valid(index_, kPronounReach)) found = f_.company_.speakers;
  return found;
}

}  // namespace dossier::extract
