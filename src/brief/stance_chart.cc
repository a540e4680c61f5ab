#include "brief/stance_chart.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "util/dates.h"
#include "util/html_escape.h"

namespace dossier {
namespace {

// The scale, bottom to top, as ToString(Stance) spells it.
constexpr std::string_view kLevels[] = {"strongly_against", "against", "mixed", "neutral", "for", "strongly_for"};
constexpr int kLevelCount = 6;
constexpr int kTopicColors = 6;  // .t0 … .t5 in the page's stylesheet

constexpr double kLeft = 112, kPlotWidth = 280, kTop = 10, kRow = 16, kLegendRow = 14;
constexpr double kPlotHeight = kRow * (kLevelCount - 1);

std::optional<int> LevelOf(std::string_view stance) {
  for (int i = 0; i < kLevelCount; ++i) {
    if (kLevels[i] == stance) return i;
  }
  return std::nullopt;
}

struct Plotted {
  const BriefStancePoint* point;
  int64_t day;
  int level;
};

std::string Label(std::string_view stance) {
  std::string label(stance);
  std::replace(label.begin(), label.end(), '_', ' ');
  return label;
}

}  // namespace

void AppendStanceChart(std::string* out, const BriefPerspective& perspective) {
  std::vector<Plotted> plotted;
  for (const BriefStancePoint& point : perspective.points) {
    const std::optional<int> level = LevelOf(point.stance);
    const std::optional<int64_t> day = DaysOfDate(point.date);
    if (level && day) plotted.push_back({&point, *day, *level});
  }
  if (plotted.empty()) return;

  // Topics in order of first appearance, each with its color.
  std::map<std::string, int> topic_index;
  std::vector<std::string> topics;
  for (const Plotted& p : plotted) {
    if (topic_index.emplace(p.point->topic, static_cast<int>(topics.size())).second) topics.push_back(p.point->topic);
  }
  const auto [first, last] = std::minmax_element(plotted.begin(), plotted.end(),
                                                 [](const Plotted& a, const Plotted& b) { return a.day < b.day; });
  const int64_t first_day = first->day, last_day = last->day;
  const auto x = [&](int64_t day) {
    if (first_day == last_day) return kLeft + kPlotWidth / 2;
    const double at = kPlotWidth * static_cast<double>(day - first_day) / static_cast<double>(last_day - first_day);
    return kLeft + std::round(at * 10) / 10;  // a tenth of a pixel is plenty
  };
  const auto y = [](int level) { return kTop + kRow * (kLevelCount - 1 - level); };

  const double axis_y = kTop + kPlotHeight + 16;
  const double height = axis_y + 8 + kLegendRow * static_cast<double>(topics.size());
  const double width = kLeft + kPlotWidth + 16;
  auto it = std::back_inserter(*out);
  fmt::format_to(it, "<svg class=\"stance-chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"",
                 width, height);
  AppendHtmlAttribute(out, perspective.name);
  out->append("&#39;s stance by date\">\n");
  for (int level = 0; level < kLevelCount; ++level) {
    fmt::format_to(it, "<line class=\"grid\" x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\"/><text class=\"level\" x=\"{3}\" y=\"{4}\">{5}</text>\n",
                   kLeft, kLeft + kPlotWidth, y(level), kLeft - 6, y(level) + 4, Label(kLevels[level]));
  }
  fmt::format_to(it, "<text class=\"date\" x=\"{}\" y=\"{}\">", x(first_day), axis_y);
  AppendHtmlText(out, first->point->date);
  out->append("</text>\n");
  if (last_day != first_day) {
    fmt::format_to(it, "<text class=\"date end\" x=\"{}\" y=\"{}\">", x(last_day), axis_y);
    AppendHtmlText(out, last->point->date);
    out->append("</text>\n");
  }
  for (size_t t = 0; t < topics.size(); ++t) {
    const std::string color = fmt::format("t{}", t % kTopicColors);
    std::string points;
    for (const Plotted& p : plotted) {
      if (p.point->topic == topics[t]) fmt::format_to(std::back_inserter(points), "{}{},{}", points.empty() ? "" : " ", x(p.day), y(p.level));
    }
    fmt::format_to(it, "<polyline class=\"{}\" points=\"{}\"/>\n", color, points);
    for (const Plotted& p : plotted) {
      if (p.point->topic != topics[t]) continue;
      fmt::format_to(it, "<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"3.5\"><title>", color, x(p.day), y(p.level));
      AppendHtmlText(out, p.point->date + " · " + p.point->topic + ": " + Label(p.point->stance));
      if (!p.point->change.empty()) AppendHtmlText(out, " (" + Label(p.point->change) + ")");
      out->append("</title></circle>\n");
    }
    const double legend_y = axis_y + 8 + kLegendRow * static_cast<double>(t + 1) - 3;
    fmt::format_to(it, "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"10\" height=\"3\"/><text class=\"topic\" x=\"{}\" y=\"{}\">",
                   color, kLeft, legend_y - 4, kLeft + 14, legend_y);
    AppendHtmlText(out, topics[t]);
    out->append("</text>\n");
  }
  out->append("</svg>\n");
}

}  // namespace dossier
