// ExtractFigures: the recognizer's figures, each placed in its sentence with a quote selector,
// the date its sentence gives and, when plain, the metric it measures.
#include <cstdlib>

#include "dossier/figure.h"
#include "extract/figure_scanner.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"
#include "extract/text_bytes.h"

namespace dossier {
namespace {

using namespace extract;

constexpr size_t kQuoteContext = 32;

QuoteSelector QuoteOf(std::string_view text, ByteSpan span) {
  const size_t prefix_begin = CharBoundary(text, span.begin > kQuoteContext ? span.begin - kQuoteContext : 0, true);
  const size_t suffix_end = CharBoundary(text, std::min<size_t>(text.size(), span.end + kQuoteContext), false);
  return {std::string(text.substr(prefix_begin, span.begin - prefix_begin)),
          std::string(text.substr(span.begin, span.end - span.begin)),
          std::string(text.substr(span.end, suffix_end - span.end))};
}

// The year nearest the figure that its sentence gives after in/by/for/during/since/until
// ("in 2026", "by 2030").
std::optional<std::string> ContextDate(std::string_view text, ByteSpan sentence, ByteSpan figure) {
  std::optional<std::string> best;
  uint64_t best_distance = UINT64_MAX;
  for (size_t i = sentence.begin; i + 4 <= sentence.end; ++i) {
    if (!IsDigit(text[i]) || IsDigit(Before(text, i)) || !IsDigit(text[i + 1]) || !IsDigit(text[i + 2]) ||
        !IsDigit(text[i + 3]) || IsAsciiAlnum(At(text, i + 4))) {
      continue;
    }
    const int year = std::atoi(std::string(text.substr(i, 4)).c_str());
    if (year < 1900 || year > 2100 || Before(text, i) != ' ') continue;
    const size_t word_end = i - 1;
    const std::string word = Lowercase(text.substr(WordStart(text, word_end), word_end - WordStart(text, word_end)));
    if (word != "in" && word != "by" && word != "for" && word != "during" && word != "since" && word != "until" &&
        word != "fiscal") {
      continue;
    }
    const uint64_t distance = i >= figure.end ? i - figure.end : figure.begin > i ? figure.begin - i : 0;
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(text.substr(i, 4));
    }
  }
  return best;
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
  const SentenceBoundaries sentences(text, figures.back().span.end);
  for (Figure& f : figures) {
    f.sentence = sentences.SentenceOf(f.span);
    f.quote = QuoteOf(text, f.span);
    f.context_date = ContextDate(text, f.sentence, f.span);
    f.metric = Metric(text, f);
  }
  return figures;
}

}  // namespace dossier
