// ExtractFigures: the recognizer's figures, each placed in its sentence with a quote selector and
// the date its sentence gives; table cells read with their headers (figure_tables.h), bare amounts
// given the scale the text stated for them, and what each measures read (figure_meaning.h).
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_meaning.h"
#include "extract/figure_scanner.h"
#include "extract/figure_tables.h"
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

}  // namespace

std::vector<Figure> ExtractFigures(std::string_view text, std::string_view published) {
  std::vector<Figure> figures = ScanFigures(text);
  if (figures.empty()) return figures;
  SentenceFinder sentences(text);
  SentenceYears years;
  for (Figure& f : figures) {
    f.sentence = sentences.SentenceOf(f.span);
    f.quote = QuoteOf(text, f.span);
    f.context_date = years.Nearest(text, f.sentence, f.span);
  }
  ApplyTableHeaders(text, &figures);
  InferScales(&figures);
  ReadMeaning(text, published, &figures);
  return figures;
}

}  // namespace dossier
