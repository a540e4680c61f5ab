#include "support/figure_score.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
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
  if (auto unknown = object->UnknownMember({"begin", "end", "surface", "kind", "value", "value_high", "unit", "per",
                                            "subject", "metric", "period", "period_kind", "change"})) {
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

  for (auto [key, field] : {std::pair<std::string_view, std::optional<std::string>*>{"subject", &label.subject},
                            {"metric", &label.metric}}) {
    Result<std::optional<std::string>> text = object->OptionalString(key);
    if (!text.ok()) return text.status();
    *field = std::move(*text);
  }
  if (object->KindOf("period") == JsonObject::Kind::kObject) {
    Result<JsonObject> period = object->Object("period");
    if (!period.ok()) return period.status();
    Result<std::string> by = period->String("by");
    if (!by.ok()) return by.status();
    label.period = "by " + *by;
  } else {
    Result<std::optional<std::string>> period = object->OptionalString("period");
    if (!period.ok()) return period.status();
    label.period = std::move(*period);
  }
  if (object->Has("period_kind")) {
    Result<std::optional<std::string>> period_kind = object->OptionalString("period_kind");
    if (!period_kind.ok()) return period_kind.status();
    label.period_kind = std::move(*period_kind);
  }
  if (object->KindOf("change") == JsonObject::Kind::kObject) {
    Result<JsonObject> change = object->Object("change");
    if (!change.ok()) return change.status();
    Result<std::string> role = change->String("role");
    if (!role.ok()) return role.status();
    label.change_role = std::move(*role);
  }
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

}  // namespace

Result<std::vector<FigureLabel>> LoadFigureLabels(const std::string& path) {
  std::vector<FigureLabel> labels;
  Status read = ForEachLabelLine(path, [&](std::string_view line, size_t number) {
    Result<FigureLabel> label = ParseLabel(line);
    if (!label.ok()) return label.status();
    label->line = number;
    if (!labels.empty() && label->span.begin < labels.back().span.end) {
      return Status::InvalidInput(fmt::format("span [{}, {}) starts before the label of line {} ends ({}): "
                                              "labels must be in span order and must not overlap",
                                              label->span.begin, label->span.end, labels.back().line,
                                              labels.back().span.end));
    }
    labels.push_back(std::move(*label));
    return Status::OK();
  });
  if (!read.ok()) return read;
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
  return "span " + Describe(score.span) + "; span+value " + Describe(score.span_value);
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

Result<std::map<std::string, std::string>> LoadSubjectAliases(const std::string& path) {
  Result<JsonObject> object = ReadJsonObjectFile(path);
  if (!object.ok()) return object.status();
  std::map<std::string, std::string> aliases;
  for (const std::string& name : object->Keys()) {
    Result<std::vector<std::string>> others = object->StringArray(name);
    if (!others.ok()) return Status::InvalidInput(fmt::format("{}: `{}`: {}", path, name, others.status().message()));
    aliases[AsciiLower(name)] = name;
    for (const std::string& alias : *others) aliases.emplace(AsciiLower(alias), name);
  }
  return aliases;
}

namespace {

// The four-digit years a canonical period names ("Q3 2025" → "2025", "2026-2030" → "20262030",
// "FY2026" → "2026", "2026-09" → "2026"), to tell a wrong year from a wrong granularity.
std::string YearsOf(std::string_view period) {
  std::string years;
  for (size_t i = 0; i + 4 <= period.size(); ++i) {
    const bool starts = i == 0 || !std::isdigit(static_cast<unsigned char>(period[i - 1]));
    const bool four = std::all_of(period.begin() + i, period.begin() + i + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    const bool ends = i + 4 == period.size() || !std::isdigit(static_cast<unsigned char>(period[i + 4]));
    if (starts && four && ends) years += period.substr(i, 4);
  }
  return years;
}

}  // namespace

MeaningScore& MeaningScore::operator+=(const MeaningScore& o) {
  subject_right += o.subject_right;
  subject_labelled += o.subject_labelled;
  metric_right += o.metric_right;
  metric_labelled += o.metric_labelled;
  period_right += o.period_right;
  period_labelled += o.period_labelled;
  subject_guessed += o.subject_guessed;
  metric_guessed += o.metric_guessed;
  period_guessed += o.period_guessed;
  subject_unstated += o.subject_unstated;
  metric_unstated += o.metric_unstated;
  period_unstated += o.period_unstated;
  subject_spans_found += o.subject_spans_found;
  subject_unfound += o.subject_unfound;
  subject_empty += o.subject_empty;
  subject_wrong += o.subject_wrong;
  metric_unfound += o.metric_unfound;
  metric_empty += o.metric_empty;
  metric_wrong += o.metric_wrong;
  subject_wrong_from_sentence += o.subject_wrong_from_sentence;
  subject_wrong_label_in_sentence += o.subject_wrong_label_in_sentence;
  subject_wrong_overlapping += o.subject_wrong_overlapping;
  subject_wrong_longer += o.subject_wrong_longer;
  subject_wrong_shorter += o.subject_wrong_shorter;
  for (const auto& [kind, n] : o.metric_empty_by_kind) metric_empty_by_kind[kind] += n;
  for (const auto& [pair, n] : o.metric_confusions) metric_confusions[pair] += n;
  for (const auto& [metric, n] : o.metric_guessed_by_metric) metric_guessed_by_metric[metric] += n;
  period_empty += o.period_empty;
  period_wrong_year += o.period_wrong_year;
  period_wrong_granularity += o.period_wrong_granularity;
  period_kind_wrong += o.period_kind_wrong;
  for (const auto& [pair, count] : o.period_kind_confusions) period_kind_confusions[pair] += count;
  subject_misses.insert(subject_misses.end(), o.subject_misses.begin(), o.subject_misses.end());
  return *this;
}

MeaningScore ScoreMeaning(const std::vector<Figure>& predicted, const std::vector<FigureLabel>& labels,
                          const std::map<std::string, std::string>& aliases, std::string_view text) {
  std::map<std::pair<uint64_t, uint64_t>, const Figure*> by_span;
  for (const Figure& f : predicted) by_span.emplace(std::make_pair(f.span.begin, f.span.end), &f);
  auto one = [&](const std::string& name) {
    auto found = aliases.find(AsciiLower(name));
    return found == aliases.end() ? name : found->second;
  };
  // A name the aliases know, else a group ("Alphabet, Amazon, Meta Platforms and Microsoft") as
  // its members' canonical names, sorted and joined as the labels join them.
  auto canonical = [&](const std::optional<std::string>& subject) -> std::optional<std::string> {
    if (!subject) return std::nullopt;
    if (aliases.count(AsciiLower(*subject)) != 0) return one(*subject);
    std::vector<std::string> members;
    std::string rest = *subject;
    for (size_t cut; (cut = rest.find(", ")) != std::string::npos;) {
      members.push_back(rest.substr(0, cut));
      rest = rest.substr(cut + 2);
    }
    if (const size_t cut = rest.find(" and "); cut != std::string::npos) {
      members.push_back(rest.substr(0, cut));
      rest = rest.substr(cut + 5);
    }
    members.push_back(rest);
    if (members.size() < 2) return one(*subject);
    for (std::string& m : members) m = one(m);
    std::sort(members.begin(), members.end());
    std::string joined;
    for (size_t k = 0; k < members.size(); ++k) joined += (k == 0 ? "" : k + 1 == members.size() ? " and " : ", ") + members[k];
    return joined;
  };
  MeaningScore score;
  for (const FigureLabel& label : labels) {
    auto found = by_span.find({label.span.begin, label.span.end});
    const Figure* f = found == by_span.end() ? nullptr : found->second;
    if (f) {
      score.subject_unstated += !label.subject;
      score.metric_unstated += !label.metric;
      score.period_unstated += !label.period;
      score.subject_guessed += !label.subject && f->subject;
      score.metric_guessed += !label.metric && f->metric;
      score.period_guessed += !label.period && f->period;
      if (!label.metric && f->metric) ++score.metric_guessed_by_metric[*f->metric];
    }
    if (label.subject) {
      ++score.subject_labelled;
      score.subject_spans_found += f != nullptr;
      if (f && canonical(f->subject) == canonical(label.subject)) {
        ++score.subject_right;
      } else {
        ++(!f ? score.subject_unfound : !f->subject ? score.subject_empty : score.subject_wrong);
        if (f && f->subject && f->sentence.end <= text.size()) {
          const std::string sentence = AsciiLower(text.substr(f->sentence.begin, f->sentence.end - f->sentence.begin));
          score.subject_wrong_from_sentence += sentence.find(AsciiLower(*f->subject)) != std::string::npos;
          const std::string labelled = *canonical(label.subject);
          bool named = sentence.find(AsciiLower(labelled)) != std::string::npos;
          for (const auto& [alias, name] : aliases) named = named || (name == labelled && sentence.find(alias) != std::string::npos);
          score.subject_wrong_label_in_sentence += named;
          // A word of three letters or more that both names hold.
          const std::string read = " " + AsciiLower(*canonical(f->subject)) + " ";
          const std::string wanted = AsciiLower(labelled);
          bool overlapping = false;
          for (size_t i = 0; i < wanted.size();) {
            size_t e = wanted.find_first_of(" ,.", i);
            if (e == std::string::npos) e = wanted.size();
            if (e - i >= 3 && wanted.compare(i, 3, "and") != 0 && read.find(" " + wanted.substr(i, e - i)) != std::string::npos) overlapping = true;
            i = e + 1;
          }
          score.subject_wrong_overlapping += overlapping;
          score.subject_wrong_longer += overlapping && read.find(wanted) != std::string::npos;
          score.subject_wrong_shorter += overlapping && wanted.find(read.substr(1, read.size() - 2)) != std::string::npos;
        }
        score.subject_misses.push_back(fmt::format("[{}] {}: labelled `{}`, read `{}`", label.span.begin, label.surface,
                                                   *label.subject, f && f->subject ? *f->subject : "-"));
      }
    }
    if (label.metric) {
      ++score.metric_labelled;
      if (f && f->metric == label.metric) {
        ++score.metric_right;
      } else {
        ++(!f ? score.metric_unfound : !f->metric ? score.metric_empty : score.metric_wrong);
        if (f && !f->metric) ++score.metric_empty_by_kind[ToString(f->kind)];
        if (f && f->metric) ++score.metric_confusions[*label.metric + ">" + *f->metric];
      }
    }
    if (label.period) {
      ++score.period_labelled;
      if (f && f->period == label.period) {
        ++score.period_right;
        if (label.period_kind && f->period_kind != label.period_kind) {
          ++score.period_kind_wrong;
          ++score.period_kind_confusions[*label.period_kind + ">" + f->period_kind.value_or("-")];
        }
      } else if (!f || !f->period) {
        ++score.period_empty;
      } else if (YearsOf(*f->period) == YearsOf(*label.period)) {
        ++score.period_wrong_granularity;
      } else {
        ++score.period_wrong_year;
      }
    }
  }
  return score;
}

std::string DescribeMeaningMisses(const std::vector<Figure>& predicted, const std::vector<FigureLabel>& labels,
                                  std::string_view text) {
  std::map<std::pair<uint64_t, uint64_t>, const Figure*> by_span;
  for (const Figure& f : predicted) by_span.emplace(std::make_pair(f.span.begin, f.span.end), &f);
  std::ostringstream out;
  auto report = [&](const char* field, const FigureLabel& label, const std::optional<std::string>& labelled,
                    const std::optional<std::string>& got) {
    if (!labelled || got == labelled) return;
    out << fmt::format("{:7} [{}, {}) labelled {}, predicted {}: {}\n", field, label.span.begin, label.span.end,
                       *labelled, got.value_or("-"), InContext(text, label.span));
  };
  for (const FigureLabel& label : labels) {
    auto found = by_span.find({label.span.begin, label.span.end});
    const Figure* f = found == by_span.end() ? nullptr : found->second;
    report("metric", label, label.metric, f ? f->metric : std::nullopt);
    report("period", label, label.period, f ? f->period : std::nullopt);
    // The kind only where the period is right (a wrong period is listed above).
    if (f && label.period && f->period == label.period) report("kind", label, label.period_kind, f->period_kind);
  }
  return out.str();
}

Result<LabelledConflicts> LoadLabelledConflicts(const std::string& path) {
  Result<JsonObject> object = ReadJsonObjectFile(path);
  if (!object.ok()) return object.status();
  LabelledConflicts out;
  for (auto [key, pairs] : {std::make_pair("conflicts", &out.conflicts), std::make_pair("traps", &out.traps)}) {
    Result<std::vector<JsonObject>> entries = object->ObjectArray(key);
    if (!entries.ok()) return Status::InvalidInput(fmt::format("{}: `{}`: {}", path, key, entries.status().message()));
    for (const JsonObject& entry : *entries) {
      std::pair<std::string, uint64_t> ends[2];
      for (int side = 0; side < 2; ++side) {
        Result<JsonObject> end = entry.Object(side == 0 ? "a" : "b");
        if (!end.ok()) return end.status();
        Result<std::string> file = end->String("file");
        if (!file.ok()) return file.status();
        Result<uint64_t> begin = end->Uint("begin");
        if (!begin.ok()) return begin.status();
        ends[side] = {*file, *begin};
      }
      pairs->push_back({ends[0], ends[1]});
    }
  }
  return out;
}

}  // namespace dossier
