#include "brief/briefing_diff.h"

#include <map>
#include <set>
#include <tuple>

#include "brief/render_json.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

std::string FigureIdentity(const BriefFigure& f) {
  return f.source_id + (f.metric ? "\x1fmetric\x1f" + *f.metric : "\x1fsurface\x1f" + f.surface);
}

// What a figure says, without where it says it.
using FigureValue = std::tuple<double, std::optional<double>, std::string, std::optional<std::string>, std::string>;
FigureValue ValueOf(const BriefFigure& f) { return {f.value, f.value_high, f.unit, f.per, f.approx}; }

// The figures of each identity, one per distinct value, in the briefing's order; and the
// identities in order of first appearance.
struct FiguresByIdentity {
  std::vector<std::string> order;
  std::map<std::string, std::vector<BriefFigure>> figures;
  std::map<std::string, std::set<FigureValue>> values;

  explicit FiguresByIdentity(const std::vector<BriefFigure>& list) {
    for (const BriefFigure& f : list) {
      const std::string key = FigureIdentity(f);
      auto [it, first] = values.try_emplace(key);
      if (first) order.push_back(key);
      if (it->second.insert(ValueOf(f)).second) figures[key].push_back(f);
    }
  }
};

void DiffFigures(const Briefing& from, const Briefing& to, BriefingDiff* diff) {
  const FiguresByIdentity before(from.figures), after(to.figures);
  for (const std::string& key : after.order) {
    auto was = before.values.find(key);
    if (was == before.values.end()) {
      diff->new_figures.push_back(after.figures.at(key).front());
    } else if (was->second != after.values.at(key)) {
      diff->changed_figures.push_back({before.figures.at(key), after.figures.at(key)});
    }
  }
  for (const std::string& key : before.order) {
    if (!after.values.count(key)) diff->removed_figures.push_back(before.figures.at(key).front());
  }
}

void DiffSources(const Briefing& from, const Briefing& to, BriefingDiff* diff) {
  std::map<std::string_view, const BriefSource*> before;
  for (const BriefSource& s : from.sources) before.emplace(s.source_id, &s);
  for (const BriefSource& s : to.sources) {
    auto it = before.find(s.source_id);
    if (it == before.end()) {
      diff->new_sources.push_back(s);
    } else if (s.version > it->second->version) {
      diff->revised_sources.push_back({*it->second, s});
    }
  }
}

void DiffStances(const Briefing& from, const Briefing& to, BriefingDiff* diff) {
  using PointKey = std::tuple<std::string, std::string, std::string, std::string>;  // actor, date, topic, stance
  std::set<PointKey> before;
  for (const BriefPerspective& p : from.perspectives) {
    for (const BriefStancePoint& point : p.points) before.emplace(p.actor_id, point.date, point.topic, point.stance);
  }
  for (const BriefPerspective& p : to.perspectives) {
    std::map<std::string, std::string> last_stance;  // topic -> the stance of the point before (points are by date)
    for (const BriefStancePoint& point : p.points) {
      if (!before.count({p.actor_id, point.date, point.topic, point.stance})) {
        auto previous = last_stance.find(point.topic);
        diff->stance_shifts.push_back({p.actor_id, p.name, point,
                                       previous == last_stance.end() ? std::nullopt
                                                                     : std::optional<std::string>(previous->second)});
      }
      last_stance[point.topic] = point.stance;
    }
  }
}

// The texts of `a` whose text is not among those of `b`.
std::vector<BriefText> TextsOnlyIn(const std::vector<BriefText>& a, const std::vector<BriefText>& b) {
  std::set<std::string_view> in_b;
  for (const BriefText& t : b) in_b.insert(t.text);
  std::vector<BriefText> only;
  for (const BriefText& t : a) {
    if (!in_b.count(t.text)) only.push_back(t);
  }
  return only;
}

BriefingDiff::Side SideOf(const Briefing& b) {
  return {b.story, b.version, b.timestamp, b.log_position, b.sources.size()};
}

void WriteSide(JsonWriter& w, const BriefingDiff::Side& side) {
  w.BeginObject().Key("version").Uint(side.version).Key("timestamp").String(side.timestamp)
      .Key("log_position").Uint(side.log_position).Key("sources").Uint(side.sources).EndObject();
}

template <typename T, typename Write>
void WriteList(JsonWriter& w, const std::vector<T>& items, Write write) {
  w.BeginArray();
  for (const T& item : items) write(w, item);
  w.EndArray();
}

}  // namespace

BriefingDiff DiffBriefings(const Briefing& from, const Briefing& to) {
  BriefingDiff diff;
  diff.from = SideOf(from);
  diff.to = SideOf(to);
  DiffSources(from, to, &diff);
  DiffFigures(from, to, &diff);
  DiffStances(from, to, &diff);
  diff.questions_opened = TextsOnlyIn(to.open_questions, from.open_questions);
  diff.questions_resolved = TextsOnlyIn(from.open_questions, to.open_questions);
  diff.new_tensions = TextsOnlyIn(to.tensions, from.tensions);
  return diff;
}

std::string RenderBriefingDiffJson(const BriefingDiff& diff) {
  JsonWriter w;
  w.BeginObject().Key("story").String(diff.to.story).Key("from");
  WriteSide(w, diff.from);
  w.Key("to");
  WriteSide(w, diff.to);
  w.Key("sources").BeginObject().Key("new");
  WriteList(w, diff.new_sources, WriteBriefSourceJson);
  w.Key("revised");
  WriteList(w, diff.revised_sources, [](JsonWriter& w, const BriefingDiff::RevisedSource& r) {
    w.BeginObject().Key("before");
    WriteBriefSourceJson(w, r.before);
    w.Key("after");
    WriteBriefSourceJson(w, r.after);
    w.EndObject();
  });
  w.EndObject().Key("figures").BeginObject().Key("new");
  WriteList(w, diff.new_figures, WriteBriefFigureJson);
  w.Key("removed");
  WriteList(w, diff.removed_figures, WriteBriefFigureJson);
  w.Key("changed");
  WriteList(w, diff.changed_figures, [](JsonWriter& w, const BriefingDiff::ChangedFigure& c) {
    w.BeginObject().Key("before");
    WriteList(w, c.before, WriteBriefFigureJson);
    w.Key("after");
    WriteList(w, c.after, WriteBriefFigureJson);
    w.EndObject();
  });
  w.EndObject().Key("stance_shifts");
  WriteList(w, diff.stance_shifts, [](JsonWriter& w, const BriefingDiff::StanceShift& s) {
    w.BeginObject().Key("actor_id").String(s.actor_id).Key("name").String(s.name).Key("from").OptionalString(s.from)
        .Key("point");
    WriteBriefStancePointJson(w, s.point);
    w.EndObject();
  });
  w.Key("questions").BeginObject().Key("opened");
  WriteList(w, diff.questions_opened, WriteBriefTextJson);
  w.Key("resolved");
  WriteList(w, diff.questions_resolved, WriteBriefTextJson);
  w.EndObject().Key("tensions").BeginObject().Key("new");
  WriteList(w, diff.new_tensions, WriteBriefTextJson);
  w.EndObject().EndObject();
  return w.Take();
}

}  // namespace dossier
