#include "brief/draft_stance.h"

#include <cctype>
#include <string>

namespace dossier {
namespace {

// Cues, lowercase, matched at word boundaries. Phrases first where a word is part of one.
constexpr std::string_view kFor[] = {
    "pay off", "pays off", "paid off", "worth it", "justify", "justifies", "justified", "opportunity", "growth",
    "grows", "grow", "boom", "confident", "optimistic", "bullish", "benefit", "benefits", "profitable", "win",
    "wins", "outgrows", "earn back", "strong demand", "cheaper", "succeed",
};
constexpr std::string_view kAgainst[] = {
    "bubble", "waste", "wasted", "overbuilt", "overspending", "overspend", "doubt", "doubts", "risk", "risks",
    "risky", "bust", "loss", "losses", "warn", "warns", "warned", "skeptical", "sceptical", "concern", "concerns",
    "fail", "fails", "written off", "write off", "idle", "bearish", "dearer", "unsustainable", "crash",
};
constexpr std::string_view kNegations[] = {"not", "never", "no", "won't", "cannot", "can't", "isn't", "aren't"};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

// The word just before `at` in `text`.
std::string_view WordBefore(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && !IsWordChar(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && IsWordChar(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

bool Negated(std::string_view text, size_t at) {
  const std::string_view before = WordBefore(text, at);
  for (std::string_view n : kNegations) {
    if (before == n) return true;
  }
  // "will not pay off": a negation two words back, over an auxiliary.
  const std::string_view second = WordBefore(text, before.data() - text.data());
  for (std::string_view n : kNegations) {
    if (second == n && !before.empty()) return true;
  }
  return false;
}

// +1 for each cue of `cues` in `text`, or -1 where it is negated.
int Count(std::string_view text, const std::string_view* begin, const std::string_view* end) {
  int lean = 0;
  for (const std::string_view* cue = begin; cue != end; ++cue) {
    for (size_t at = text.find(*cue); at != std::string_view::npos; at = text.find(*cue, at + 1)) {
      const size_t after = at + cue->size();
      if ((at > 0 && IsWordChar(text[at - 1])) || (after < text.size() && IsWordChar(text[after]))) continue;
      lean += Negated(text, at) ? -1 : 1;
    }
  }
  return lean;
}

}  // namespace

int StanceLean(const std::vector<std::string_view>& texts) {
  int lean = 0;
  for (std::string_view t : texts) {
    const std::string lower = Lower(t);
    lean += Count(lower, std::begin(kFor), std::end(kFor)) - Count(lower, std::begin(kAgainst), std::end(kAgainst));
  }
  return lean;
}

Stance SuggestedStance(int lean) {
  if (lean >= 3) return Stance::kStronglyFor;
  if (lean > 0) return Stance::kFor;
  if (lean <= -3) return Stance::kStronglyAgainst;
  if (lean < 0) return Stance::kAgainst;
  return Stance::kNeutral;
}

}  // namespace dossier
