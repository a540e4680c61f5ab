#include "support/claim_score.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <unicode/unistr.h>

#include "util/json_object.h"

namespace dossier {
namespace {

// A slug: lowercase ASCII letters and digits in dash-separated words (RULES.md, "Actor ids").
bool IsSlug(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word_char && !(c == '-' && s[i - 1] != '-')) return false;
  }
  return true;
}

bool IsCandidateName(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return s.size() > 1 && s.front() == '?' && !is_space(s[1]) && !is_space(s.back());
}

Result<ByteSpan> ParseSpan(const JsonObject& object, std::string_view begin_key, std::string_view end_key) {
  Result<uint64_t> begin = object.Uint(begin_key);
  if (!begin.ok()) return begin.status();
  Result<uint64_t> end = object.Uint(end_key);
  if (!end.ok()) return end.status();
  if (*begin >= *end) {
    return Status::InvalidInput(fmt::format("`{}`/`{}` [{}, {}) is empty or reversed", begin_key, end_key, *begin, *end));
  }
  return ByteSpan{*begin, *end};
}

Result<ClaimLabel> ParseLabel(std::string_view line) {
  Result<JsonObject> object = JsonObject::Parse(line);
  if (!object.ok()) return object.status();
  if (auto unknown = object->UnknownMember({"speaker", "speaker_start", "speaker_end", "verb", "start", "end", "text"})) {
    return Status::InvalidInput(fmt::format("unknown field `{}`", *unknown));
  }
  ClaimLabel label;
  Result<std::string> speaker = object->String("speaker");
  if (!speaker.ok()) return speaker.status();
  if (!IsSlug(*speaker) && !IsCandidateName(*speaker)) {
    return Status::InvalidInput(fmt::format(
        "field `speaker`: `{}` is neither an actor id (lowercase ASCII words joined by dashes) nor `?Name`", *speaker));
  }
  label.speaker = std::move(*speaker);
  Result<ByteSpan> mention = ParseSpan(*object, "speaker_start", "speaker_end");
  if (!mention.ok()) return mention.status();
  label.speaker_mention = *mention;
  Result<std::string> verb = object->String("verb");
  if (!verb.ok()) return verb.status();
  if (verb->empty()) return Status::InvalidInput("field `verb`: empty");
  label.verb = std::move(*verb);
  Result<ByteSpan> span = ParseSpan(*object, "start", "end");
  if (!span.ok()) return span.status();
  label.span = *span;
  Result<std::string> text = object->String("text");
  if (!text.ok()) return text.status();
  label.text = std::move(*text);
  return label;
}

std::string CaseFolded(std::string_view s) {
  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .foldCase()
      .toUTF8String(folded);
  return folded;
}

uint64_t Length(ByteSpan s) { return s.end - s.begin; }

std::string SpeakerOf(const Claim& claim) {
  return claim.speaker.actor_id.empty() ? "?" + claim.speaker.surface : claim.speaker.actor_id;
}

// Kuhn's augmenting paths: tries to give prediction `p` a label, moving earlier predictions to
// other labels they also match. `label_of[l]` is the prediction holding label l, or npos.
bool Augment(size_t p, const std::vector<std::vector<size_t>>& candidates, std::vector<size_t>& label_of,
             std::vector<bool>& visited) {
  for (size_t l : candidates[p]) {
    if (visited[l]) continue;
    visited[l] = true;
    if (label_of[l] == std::string::npos || Augment(label_of[l], candidates, label_of, visited)) {
      label_of[l] = p;
      return true;
    }
  }
  return false;
}

}  // namespace

Result<std::vector<ClaimLabel>> LoadClaimLabels(const std::string& path) {
  std::vector<ClaimLabel> labels;
  Status read = ForEachLabelLine(path, [&](std::string_view line, size_t number) {
    Result<ClaimLabel> label = ParseLabel(line);
    if (!label.ok()) return label.status();
    label->line = number;
    for (auto it = labels.rbegin(); it != labels.rend() && it->span.begin == label->span.begin; ++it) {
      if (it->span.end == label->span.end && it->speaker == label->speaker) {
        return Status::InvalidInput(fmt::format("the claim [{}, {}) of `{}` is labelled twice (line {})",
                                                label->span.begin, label->span.end, label->speaker, it->line));
      }
    }
    if (!labels.empty() && label->span.begin < labels.back().span.begin) {
      return Status::InvalidInput(fmt::format("start {} is before the start of line {} ({}): labels must be sorted by start",
                                              label->span.begin, labels.back().line, labels.back().span.begin));
    }
    labels.push_back(std::move(*label));
    return Status::OK();
  });
  if (!read.ok()) return read;
  return labels;
}

Status CheckClaimLabelsAgainstText(const std::vector<ClaimLabel>& labels, std::string_view text,
                                   const std::string& path) {
  for (const ClaimLabel& label : labels) {
    if (label.speaker_mention.end > text.size()) {
      return Status::InvalidInput(fmt::format("{}:{}: the speaker mention [{}, {}) is past the end of the text ({} bytes)",
                                              path, label.line, label.speaker_mention.begin, label.speaker_mention.end,
                                              text.size()));
    }
    std::string_view at = label.span.end <= text.size() ? text.substr(label.span.begin, Length(label.span))
                                                        : std::string_view();
    if (at != label.text) {
      return Status::InvalidInput(fmt::format("{}:{}: text `{}` but the text's bytes [{}, {}) are `{}`", path, label.line,
                                              label.text, label.span.begin, label.span.end,
                                              label.span.end <= text.size() ? at : "(past the end of the text)"));
    }
  }
  return Status::OK();
}

Result<ClaimSource> LabelledClaimSource(const std::string& label_path) {
  const std::string article_path = std::filesystem::path(label_path).replace_extension(".json").string();
  if (!std::filesystem::exists(article_path)) return ClaimSource{};  // a text without metadata
  Result<JsonObject> article = ReadJsonObjectFile(article_path);
  if (!article.ok()) return article.status();
  ClaimSource source;
  Result<std::optional<std::string>> author = article->OptionalString("author");
  if (!author.ok()) return author.status().WithContext(article_path);
  Result<std::optional<std::string>> outlet = article->OptionalString("outlet");
  if (!outlet.ok()) return outlet.status().WithContext(article_path);
  source.author = std::move(*author);
  source.outlet = std::move(*outlet);
  return source;
}

bool SameSpeaker(const Claim& predicted, const ClaimLabel& label) {
  if (label.speaker.front() != '?') return predicted.speaker.actor_id == label.speaker;
  auto name = [](std::string_view s) {
    std::string folded = CaseFolded(s);
    return folded.rfind("the ", 0) == 0 ? folded.substr(4) : folded;
  };
  return predicted.speaker.actor_id.empty() && name(predicted.speaker.surface) == name(std::string_view(label.speaker).substr(1));
}

bool SpansMatch(ByteSpan a, ByteSpan b) {
  uint64_t from = std::max(a.begin, b.begin);
  uint64_t to = std::min(a.end, b.end);
  uint64_t overlap = to > from ? to - from : 0;
  return overlap > 0 && 2 * overlap >= std::max(Length(a), Length(b));
}

ClaimScore ScoreClaims(const ClaimExtraction& predicted, const std::vector<ClaimLabel>& labels) {
  const std::vector<Claim>& claims = predicted.claims;
  std::vector<std::vector<size_t>> candidates(claims.size());
  for (size_t p = 0; p < claims.size(); ++p) {
    for (size_t l = 0; l < labels.size(); ++l) {
      if (SameSpeaker(claims[p], labels[l]) && SpansMatch(claims[p].span, labels[l].span)) candidates[p].push_back(l);
    }
  }
  std::vector<size_t> label_of(labels.size(), std::string::npos);
  for (size_t p = 0; p < claims.size(); ++p) {
    std::vector<bool> visited(labels.size(), false);
    Augment(p, candidates, label_of, visited);
  }

  ClaimScore score;
  score.counts.predicted = claims.size();
  score.counts.labelled = labels.size();
  std::vector<bool> matched_prediction(claims.size(), false);
  for (size_t l = 0; l < labels.size(); ++l) {
    if (label_of[l] == std::string::npos) {
      score.false_negatives.push_back(labels[l]);
    } else {
      matched_prediction[label_of[l]] = true;
      ++score.counts.matched;
    }
  }
  for (size_t p = 0; p < claims.size(); ++p) {
    if (!matched_prediction[p]) score.false_positives.push_back(claims[p]);
  }
  return score;
}

std::string DescribeCounts(const ClaimScore& score) { return Describe(score.counts); }

MissClasses& MissClasses::operator+=(const MissClasses& o) {
  no_claim += o.no_claim;
  speaker_wrong += o.speaker_wrong;
  span_short += o.span_short;
  span_long += o.span_long;
  spurious += o.spurious;
  return *this;
}

MissClasses ClassifyMisses(const ClaimScore& score) {
  MissClasses classes;
  auto overlap = [](ByteSpan a, ByteSpan b) { return std::min(a.end, b.end) > std::max(a.begin, b.begin); };
  for (const ClaimLabel& label : score.false_negatives) {
    bool wrong_speaker = false, short_span = false, long_span = false;
    for (const Claim& claim : score.false_positives) {
      if (!overlap(claim.span, label.span)) continue;
      if (!SameSpeaker(claim, label)) wrong_speaker |= SpansMatch(claim.span, label.span);
      else if (Length(claim.span) < Length(label.span)) short_span = true;
      else long_span = true;
    }
    if (short_span) ++classes.span_short;
    else if (long_span) ++classes.span_long;
    else if (wrong_speaker) ++classes.speaker_wrong;
    else ++classes.no_claim;
  }
  for (const Claim& claim : score.false_positives) {
    const bool near_label = std::any_of(score.false_negatives.begin(), score.false_negatives.end(),
                                        [&](const ClaimLabel& label) { return overlap(claim.span, label.span); });
    if (!near_label) ++classes.spurious;
  }
  return classes;
}

std::string DescribeMissClasses(const MissClasses& c) {
  return fmt::format("missed: no claim {}, speaker wrong {}, span too short {}, span too long {}; spurious {}", c.no_claim,
                     c.speaker_wrong, c.span_short, c.span_long, c.spurious);
}

std::string DescribeMisses(const ClaimScore& score, std::string_view text) {
  std::ostringstream out;
  for (const ClaimLabel& label : score.false_negatives) {
    out << fmt::format("missed   {} {} [{}, {}): {}\n", label.speaker, label.verb, label.span.begin, label.span.end,
                       InContext(text, label.span));
  }
  for (const Claim& claim : score.false_positives) {
    out << fmt::format("spurious {} {} [{}, {}): {}\n", SpeakerOf(claim), claim.verb, claim.span.begin, claim.span.end,
                       InContext(text, claim.span));
  }
  return out.str();
}

}  // namespace dossier
