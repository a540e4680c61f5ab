// Quotations: `"…," X said` and `"…," said X`, a quotation running over several sentences to its
// attribution, and quoted sentences that go on after an attributed one.
#include "extract/claim_reader.h"
#include "extract/reporting_lexicon.h"

namespace dossier::extract {

// `"…," X said` and `"…," said X`, also when the quotation began sentences earlier: each of its
// sentences is a claim of the one attribution (RULES: held-out).
void SentenceReader::QuotationAttributed() {
  for (size_t close = 0; close < n(); ++close) {
    if (!IsQuote(text_, T(close)) || close == 0) continue;
    size_t k = close + 1;
    if (Is(k, ",")) ++k;
    std::vector<Speaker> speakers;
    size_t verb_at, after;
    // `"…" — Lee Park, CEO of Harbor Asset Management`: a dash line names the quotation's speaker.
    if (k < n() && IsDash(text_, T(k)) && SpeakerAt(k + 1, &speakers, &after) && (after >= n() || Is(after, ",") || TrailsSentence(after))) {
      std::optional<size_t> open;
      for (size_t j = close; j-- > 0;) {
        if (IsQuote(text_, T(j))) {
          open = j;
          break;
        }
      }
      const size_t begin = open ? T(*open).end : T(0).begin;
      const size_t end = TrimEnd(begin, T(close).begin, false);
      if (end > begin) Add(speakers, "\xe2\x80\x94", {begin, end});
      return;
    }
    speakers.clear();
    if (SpeakerAt(k, &speakers, &verb_at)) {
      while (verb_at < n() && IsAuxiliaryOrAdverb(W(verb_at))) ++verb_at;
      after = 0;
    } else if (auto verb = ReportingVerbAt(text_, tokens_, k);
               verb && verb->verb_class != VerbClass::kTelling && SpeakerAt(k + verb->tokens, &speakers, &after)) {
      verb_at = k;  // "…," said Jane Doe
    } else {
      continue;
    }
    auto verb = ReportingVerbAt(text_, tokens_, verb_at);
    if (!verb || speakers.empty()) continue;
    size_t rest = after != 0 ? after : verb_at + verb->tokens;
    // "told Pitchside after training", "told reporters on Friday": the one told, then an adverbial.
    if (verb->verb_class == VerbClass::kTelling && rest < n() && T(rest).word && !IsPreposition(W(rest))) {
      rest = MentionAt(rest) ? MentionEnd(rest) : IsCapitalized(text_, T(rest)) ? NameEnd(rest) : rest + 1;
    }
    // What follows is an adverbial, an appositive ("said Jane Doe, chief economist at Acme") or
    // the quotation going on.
    if (!TrailsSentence(rest) && !Is(rest, ",")) continue;
    // The opening mark: in this sentence (marks before the closing one come in pairs) or before it.
    std::optional<size_t> open;
    for (size_t j = close; j-- > 0;) {
      if (!IsQuote(text_, T(j))) continue;
      if (open) {
        open.reset();  // a pair: the closing mark opened nothing here
        continue;
      }
      open = j;
    }
    const size_t verb_end = verb_at + verb->tokens;
    if (open) {
      const size_t end = TrimEnd(T(*open).end, T(close).begin, false);
      if (end > T(*open).end) Add(speakers, verb_at, verb_end, {T(*open).end, end});
      AddedThat(speakers, rest);
      return;
    }
    if (close > 0) {
      const size_t end = TrimEnd(T(0).begin, T(close).begin, false);
      if (end > T(0).begin) Add(speakers, verb_at, verb_end, {T(0).begin, end});
    }
    // The sentences before, back to the one whose quotation is left open.
    const std::string verb_text(text_.substr(T(verb_at).begin, T(verb_end - 1).end - T(verb_at).begin));
    for (size_t back = 1; back <= 4 && back <= index_; ++back) {
      const ByteSpan earlier = f_.sentences_[index_ - back];
      const std::vector<Token> tokens = Tokenize(text_, earlier);
      size_t marks = 0, last_mark = 0;
      for (size_t j = 0; j < tokens.size(); ++j) {
        if (IsQuote(text_, tokens[j])) {
          ++marks;
          last_mark = j;
        }
      }
      if (marks % 2 == 0 && marks > 0) break;  // closed there: no quotation runs on from it
      const size_t begin = marks % 2 == 1 ? tokens[last_mark].end : earlier.begin;
      const size_t end = TrimEnd(begin, earlier.end, true);
      if (end > begin) Add(speakers, verb_text, {begin, end}, earlier);
      if (marks % 2 == 1) break;
    }
    return;
  }
}

// A quotation going on from the sentence before: inside it until its closing mark, this sentence is
// the same speaker's.
void SentenceReader::QuotationGoesOn() {
  if (!f_.quote_open_ || f_.quote_speakers_.empty() || f_.quote_sentence_ + 1 != index_) return;
  size_t close = 0;
  while (close < n() && !IsQuote(text_, T(close))) ++close;
  const size_t end = TrimEnd(sentence_.begin, close < n() ? T(close).begin : sentence_.end, close == n());
  const std::vector<Speaker> speakers = f_.quote_speakers_;
  if (end > sentence_.begin) Add(speakers, "\"", {sentence_.begin, end});
  f_.quote_speakers_ = speakers;
  f_.quote_sentence_ = index_;
  f_.quote_open_ = close == n();
}

// A sentence that is all quotation, right after an attributed one, and attributed to no one here:
// the same speaker going on ("\"A,\" she said. \"B.\"").
// Also a quotation paragraph with no tag right after a claim that is not quoted ("He added that
// … . “This is home.”"): its speaker goes on.
void SentenceReader::QuotationFollows(size_t claims_before) {
  if (f_.out_.claims.size() != claims_before) return;
  if (n() < 2 || !IsQuote(text_, T(0)) || Is(0, "\xe2\x80\x9d")) return;
  std::vector<Speaker> speakers;
  if (!f_.quote_speakers_.empty() && f_.quote_sentence_ + 1 == index_) speakers = f_.quote_speakers_;
  else if (!f_.last_speakers_.empty() && f_.last_claim_sentence_ + 1 == index_) speakers = f_.last_speakers_;
  if (speakers.empty()) return;
  if (auto span = Quoted(0)) Add(speakers, "\"", *span);
}

bool SentenceReader::IsOpeningQuoteBefore(size_t at) const {
  for (std::string_view mark : {"\"", "\xe2\x80\x9c", "\xe2\x80\x98", "'", "\xc2\xab", "\xe3\x80\x8c"}) {
    if (at >= mark.size() && text_.substr(at - mark.size(), mark.size()) == mark) return true;
  }
  return false;
}

bool SentenceReader::QuoteBetween(size_t begin, size_t end) const {
  for (const Token& t : tokens_) {
    if (t.begin >= begin && t.end <= end && IsQuote(text_, t)) return true;
  }
  return false;
}

}  // namespace dossier::extract
