// ExtractFigures: the recognizer's figures, each placed in its sentence with a quote selector,
// the date its sentence gives and, when plain, the metric it measures.
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_scanner.h"
#include "extract/lexicon.h"
#include "extract/quote_selector.h"
#include "extract/sentences.h"
#include "extract/text_bytes.h"

namespace dossier {
namespace {

using namespace extract;

// The years a sentence gives after in/by/for/during/since/until/fiscal ("in 2026", "by 2030"),
// by position: found once per sentence, however many figures it holds.
class SentenceYears {
 public:
  // The year nearest `figure` in `sentence`.
  std::optional<std::string> Nearest(std::string_view text, ByteSpan sentence, ByteSpan figure) {
    if (!(sentence == sentence_)) Find(text, sentence);
    auto after = std::lower_bound(years_.begin(), years_.end(), figure.end,
                                  [](const std::pair<size_t, std::string_view>& y, uint64_t at) { return y.first < at; });
    std::optional<std::string> best;
    uint64_t best_distance = UINT64_MAX;
    if (after != years_.end()) {
      best_distance = after->first - figure.end;
      best = std::string(after->second);
    }
    if (after != years_.begin()) {
      const auto& before = *(after - 1);
      const uint64_t distance = before.first + 4 <= figure.begin ? figure.begin - before.first - 4 : 0;
      if (distance < best_distance) best = std::string(before.second);  // a tie goes to "… in 2026"
    }
    return best;
  }

 private:
  void Find(std::string_view text, ByteSpan sentence) {
    sentence_ = sentence;
    years_.clear();
    for (size_t i = sentence.begin; i + 4 <= sentence.end; ++i) {
      if (!IsDigit(text[i]) || Before(text, i) != ' ' || !IsDigit(text[i + 1]) || !IsDigit(text[i + 2]) ||
          !IsDigit(text[i + 3]) || IsAsciiAlnum(At(text, i + 4))) {
        continue;
      }
      const int year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
      const size_t word_end = i - 1;
      const std::string word = Lowercase(text.substr(WordStart(text, word_end), word_end - WordStart(text, word_end)));
      if (year >= 1900 && year <= 2100 &&
          (word == "in" || word == "by" || word == "for" || word == "during" || word == "since" || word == "until" ||
           word == "fiscal")) {
        years_.emplace_back(i, text.substr(i, 4));
      }
    }
  }

  ByteSpan sentence_{UINT64_MAX, UINT64_MAX};
  std::vector<std::pair<size_t, std::string_view>> years_;  // position and year, ascending
};

// Auxiliaries and verbs that, right after a noun, show that noun is a clause's subject.
bool IsClauseVerb(std::string_view word) {
  static constexpr std::string_view kVerbs[] = {"are", "is", "was", "were", "will", "would", "have", "has", "had",
                                                "can", "could", "may", "might", "plan", "plans", "expect", "expects"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), word) != std::end(kVerbs);
}

// What a money figure measures when the sentence names it right after: "$700 billion in capital
// expenditure" -> "capital expenditure". Up to three words, each a noun-like word or an acronym.
std::optional<std::string> Metric(std::string_view text, const Figure& f) {
  if (f.kind != FigureKind::kMoney) return std::nullopt;
  size_t i = f.span.end;
  if (!StartsWith(text, i, " in ") && !StartsWith(text, i, " on ")) return std::nullopt;
  i += 4;
  std::string metric;
  for (int words = 0; words < 3; ++words) {
    const size_t end = WordEnd(text, i);
    if (end == i || IsDigit(At(text, end))) break;
    const std::string_view word = text.substr(i, end - i);
    const std::string lower = Lowercase(word);
    const bool acronym = word.size() >= 2 && IsUpper(word[0]) && IsUpper(word[1]);
    if (!acronym && (!IsLower(word[0]) || IsFunctionWord(lower) || IsMonthName(lower))) break;
    if (words == 0 && IsNounAdjective(lower) && !IsLower(At(text, end + 1))) break;  // "in total"
    // A word followed by a verb begins a clause: "in capital expenditure hyperscalers are deploying".
    if (words > 0 && At(text, end) == ' ' && IsClauseVerb(Lowercase(text.substr(end + 1, WordEnd(text, end + 1) - end - 1)))) break;
    if (!metric.empty()) metric += ' ';
    metric.append(word);
    if (At(text, end) != ' ') break;
    i = end + 1;
  }
  // A year after the words ("in fiscal 2025") makes them a date, not a metric.
  if (IsDigit(At(text, i))) return std::nullopt;
  // An acronym alone ("in AI") names a field, not a metric.
  if (metric.empty() || metric.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) return std::nullopt;
  return metric;
}

}  // namespace

std::vector<Figure> ExtractFigures(std::string_view text) {
  std::vector<Figure> figures = ScanFigures(text);
  if (figures.empty()) return figures;
  SentenceFinder sentences(text);
  SentenceYears years;
  for (Figure& f : figures) {
    f.sentence = sentences.SentenceOf(f.span);
    f.quote = QuoteOf(text, f.span);
    f.context_date = years.Nearest(text, f.sentence, f.span);
    f.metric = Metric(text, f);
  }
  return figures;
}

}  // namespace dossier
