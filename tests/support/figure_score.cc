#include "support/figure_score.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include <fmt/format.h>

#include "util/json_object.h"

namespace dossier {
namespace {

// FigureKind's names (figure.h). The scorer does not link the extractor, which owns ParseFigureKind.
constexpr std::string_view kKindNames[] = {"money", "percent", "multiple", "rate",
                                           "duration", "count", "quantity"};

Result<double> ParseNumber(const JsonObject& object, std::string_view key) {
  Result<std::string> raw = object.RawMember(key);
  if (!raw.ok()) return raw.status();
  double value = 0;
  const char* end = raw->data() + raw->size();
  auto [stop, error] = std::from_chars(raw->data(), end, value);
  if (error != std::errc() || stop != end || !std::isfinite(value)) {
    return Status::InvalidInput(fmt::format("field `{}`: expected a finite number, got {}", key, *raw));
  }
  return value;
}

Result<FigureLabel> ParseLabel(std::string_view line) {
  Result<JsonObject> object = JsonObject::Parse(line);
  if (!object.ok()) return object.status();
  if (auto unknown = object->UnknownMember({"begin", "end", "surface", "kind", "value", "value_high", "unit", "per"})) {
    return Status::InvalidInput(fmt::format("unknown field `{}`", *unknown));
  }
  FigureLabel label;
  Result<uint64_t> begin = object->Uint("begin");
  if (!begin.ok()) return begin.status();
  Result<uint64_t> end = object->Uint("end");
  if (!end.ok()) return end.status();
  if (*begin >= *end) return Status::InvalidInput(fmt::format("span [{}, {}) is empty or reversed", *begin, *end));
  label.span = {*begin, *end};

  Result<std::string> surface = object->String("surface");
  if (!surface.ok()) return surface.status();
  label.surface = std::move(*surface);

  Result<std::string> kind = object->String("kind");
  if (!kind.ok()) return kind.status();
  if (std::find(std::begin(kKindNames), std::end(kKindNames), *kind) == std::end(kKindNames)) {
    return Status::InvalidInput(fmt::format("field `kind`: `{}` is not a figure kind", *kind));
  }
  label.kind = std::move(*kind);

  Result<double> value = ParseNumber(*object, "value");
  if (!value.ok()) return value.status();
  label.value = *value;
  if (!object->Has("value_high")) return Status::InvalidInput("field `value_high`: missing");
  if (*object->RawMember("value_high") != "null") {
    Result<double> high = ParseNumber(*object, "value_high");
    if (!high.ok()) return high.status();
    label.value_high = *high;
  }

  Result<std::string> unit = object->String("unit");
  if (!unit.ok()) return unit.status();
  label.unit = std::move(*unit);
  if (!object->Has("per")) return Status::InvalidInput("field `per`: missing");
  Result<std::optional<std::string>> per = object->OptionalString("per");
  if (!per.ok()) return per.status();
  label.per = std::move(*per);
  return label;
}

bool NearlyEqual(double a, double b) {
  return std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b));
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Range(double value, const std::optional<double>& high) {
  return high ? fmt::format("{}–{}", value, *high) : fmt::format("{}", value);
}

// Up to 30 bytes of `text` either side of `span`, cut at character boundaries, on one line.
std::string InContext(std::string_view text, ByteSpan span) {
  auto is_continuation = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  size_t begin = std::min<uint64_t>(span.begin, text.size());
  size_t end = std::min<uint64_t>(span.end, text.size());
  size_t from = begin > 30 ? begin - 30 : 0;
  while (from < begin && is_continuation(from)) ++from;
  size_t to = std::min(end + 30, text.size());
  while (to > end && is_continuation(to)) --to;
  std::string out = fmt::format("{}[{}]{}", text.substr(from, begin - from), text.substr(begin, end - begin),
                                text.substr(end, to - end));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

Result<std::string> ReadLabelledText(const std::string& label_path, const std::string& source_dir) {
  std::filesystem::path labels(label_path);
  if (labels.parent_path().filename() != "corpus") return ReadFile(labels.replace_extension(".txt").string());
  std::string article_path = (std::filesystem::path(source_dir) / "corpus" / labels.stem()).string() + ".json";
  Result<std::string> article = ReadFile(article_path);
  if (!article.ok()) return article.status();
  Result<JsonObject> object = JsonObject::Parse(*article);
  if (!object.ok()) return object.status().WithContext(article_path);
  Result<std::string> text = object->String("text");
  if (!text.ok()) return text.status().WithContext(article_path);
  return text;
}

std::vector<std::string> LabelFilesIn(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::vector<FigureLabel>> LoadFigureLabels(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::vector<FigureLabel> labels;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    std::string where = fmt::format("{}:{}", path, number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      return Status::InvalidInput(where + ": empty line (one label per line, no blank lines)");
    }
    Result<FigureLabel> label = ParseLabel(line);
    if (!label.ok()) return label.status().WithContext(where);
    label->line = number;
    if (!labels.empty() && label->span.begin < labels.back().span.end) {
      return Status::InvalidInput(fmt::format("{}: span [{}, {}) starts before the label of line {} ends ({}): "
                                              "labels must be in span order and must not overlap",
                                              where, label->span.begin, label->span.end, labels.back().line,
                                              labels.back().span.end));
    }
    labels.push_back(std::move(*label));
  }
  return labels;
}

Status CheckLabelsAgainstText(const std::vector<FigureLabel>& labels, std::string_view text,
                              const std::string& path) {
  for (const FigureLabel& label : labels) {
    std::string_view at = label.span.end <= text.size()
                              ? text.substr(label.span.begin, label.span.end - label.span.begin)
                              : std::string_view();
    if (at != label.surface) {
      return Status::InvalidInput(fmt::format("{}:{}: surface `{}` but the text's bytes [{}, {}) are `{}`", path,
                                              label.line, label.surface, label.span.begin, label.span.end,
                                              label.span.end <= text.size() ? at : "(past the end of the text)"));
    }
  }
  return Status::OK();
}

double MatchCounts::Precision() const { return predicted == 0 ? 1.0 : double(matched) / double(predicted); }
double MatchCounts::Recall() const { return labelled == 0 ? 1.0 : double(matched) / double(labelled); }
double MatchCounts::F1() const {
  return predicted + labelled == 0 ? 1.0 : 2.0 * double(matched) / double(predicted + labelled);
}

MatchCounts& MatchCounts::operator+=(const MatchCounts& other) {
  matched += other.matched;
  predicted += other.predicted;
  labelled += other.labelled;
  return *this;
}

bool SameValue(const Figure& predicted, const FigureLabel& label) {
  if (!NearlyEqual(predicted.value, label.value)) return false;
  if (predicted.value_high.has_value() != label.value_high.has_value()) return false;
  if (label.value_high && !NearlyEqual(*predicted.value_high, *label.value_high)) return false;
  return AsciiLower(predicted.unit) == AsciiLower(label.unit);
}

FigureScore ScoreFigures(const std::vector<Figure>& predicted, const std::vector<FigureLabel>& labels) {
  FigureScore score;
  score.span.predicted = score.span_value.predicted = predicted.size();
  score.span.labelled = score.span_value.labelled = labels.size();
  // Labels do not overlap (LoadFigureLabels), so a span names at most one label.
  std::map<std::pair<uint64_t, uint64_t>, size_t> label_at;
  for (size_t i = 0; i < labels.size(); ++i) label_at.emplace(std::make_pair(labels[i].span.begin, labels[i].span.end), i);
  std::vector<bool> claimed(labels.size(), false);
  for (const Figure& figure : predicted) {
    auto it = label_at.find({figure.span.begin, figure.span.end});
    if (it == label_at.end() || claimed[it->second]) {
      score.false_positives.push_back(figure);
      continue;
    }
    claimed[it->second] = true;
    ++score.span.matched;
    const FigureLabel& label = labels[it->second];
    if (SameValue(figure, label)) {
      ++score.span_value.matched;
    } else {
      score.wrong_values.push_back({label, figure});
    }
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    if (!claimed[i]) score.false_negatives.push_back(labels[i]);
  }
  return score;
}

std::string DescribeCounts(const FigureScore& score) {
  auto one = [](const char* name, const MatchCounts& c) {
    return fmt::format("{} P={:.3f} R={:.3f} F1={:.3f} ({} matched, {} predicted, {} labelled)", name, c.Precision(),
                       c.Recall(), c.F1(), c.matched, c.predicted, c.labelled);
  };
  return one("span", score.span) + "; " + one("span+value", score.span_value);
}

std::string DescribeMisses(const FigureScore& score, std::string_view text) {
  std::ostringstream out;
  for (const FigureLabel& label : score.false_negatives) {
    out << fmt::format("missed   [{}, {}) {} {} {}: {}\n", label.span.begin, label.span.end, label.kind,
                       Range(label.value, label.value_high), label.unit, InContext(text, label.span));
  }
  for (const Figure& figure : score.false_positives) {
    out << fmt::format("spurious [{}, {}) {} {}: {}\n", figure.span.begin, figure.span.end,
                       Range(figure.value, figure.value_high), figure.unit, InContext(text, figure.span));
  }
  for (const WrongValue& wrong : score.wrong_values) {
    out << fmt::format("value    [{}, {}) labelled {} {}, predicted {} {}: {}\n", wrong.label.span.begin,
                       wrong.label.span.end, Range(wrong.label.value, wrong.label.value_high), wrong.label.unit,
                       Range(wrong.predicted.value, wrong.predicted.value_high), wrong.predicted.unit,
                       InContext(text, wrong.label.span));
  }
  return out.str();
}

}  // namespace dossier
