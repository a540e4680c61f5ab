#include "brief/story_people.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

namespace dossier {
namespace {

// Undated items sort after dated ones.
std::string DateKey(const std::optional<std::string>& date) { return date ? date->substr(0, 10) : "~"; }

// "First appearance on 2026-05-23.", "Consistent since 2026-05-16." or "First appearance on …
// Shifted from against to mixed on 2026-06-01.", with the perspectives it rests on.
std::string DescribeThread(const StanceThread& thread, std::vector<const PerspectiveEntry*>* cited) {
  const PerspectiveEntry& first = thread.perspectives.front();
  cited->push_back(&first);
  const bool consistent = std::all_of(thread.evolution.begin() + 1, thread.evolution.end(),
                                      [](const EvolutionStep& s) { return s.change == StanceChange::kConsistent; });
  if (thread.perspectives.size() > 1 && consistent) return "Consistent since " + first.perspective.date + ".";
  std::string text = "First appearance on " + first.perspective.date + ".";
  for (const EvolutionStep& step : thread.evolution) {
    if (step.change != StanceChange::kShifted && step.change != StanceChange::kReversed) continue;
    const PerspectiveEntry& p = thread.perspectives[step.perspective];
    cited->push_back(&p);
    text += fmt::format(" {} from {} to {} on {}.", step.change == StanceChange::kShifted ? "Shifted" : "Reversed",
                        StanceWords(*step.from), StanceWords(p.perspective.stance), p.perspective.date);
  }
  return text;
}

}  // namespace

std::string StanceWords(Stance stance) {
  std::string words = ToString(stance);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

std::string ActorName(const StoryViews& views, const std::string& id) {
  const Actor* actor = FindActor(views.actors, id);
  return actor ? actor->name : id;
}

std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views, const BriefLineWriter& writer) {
  std::map<std::string, StoryActor> by_id;
  for (const PerspectiveEntry& p : views.perspectives) {
    if (p.perspective.story == slug) by_id[p.perspective.actor].perspectives.push_back(&p);
  }
  for (const ClaimEntry& c : views.claims) {
    if (c.claim.speaker && !c.retraction && writer.SourceNumber(c.source_id) != 0) {
      by_id[*c.claim.speaker].claims.push_back(&c);
    }
  }
  std::vector<StoryActor> out;
  for (auto& [id, actor] : by_id) {
    actor.id = id;
    actor.name = ActorName(views, id);
    std::stable_sort(actor.perspectives.begin(), actor.perspectives.end(), [](const auto* a, const auto* b) {
      return std::tie(a->perspective.date, a->position) < std::tie(b->perspective.date, b->position);
    });
    using ClaimKey = std::tuple<std::string, int, uint64_t>;  // date, source number, span
    std::vector<std::pair<ClaimKey, const ClaimEntry*>> keyed;
    keyed.reserve(actor.claims.size());
    for (const ClaimEntry* c : actor.claims) {
      keyed.push_back({{DateKey(c->claim.date), writer.SourceNumber(c->source_id), c->claim.span.begin}, c});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < keyed.size(); ++i) actor.claims[i] = keyed[i].second;
    std::set<std::string> said;
    actor.claims.erase(std::remove_if(actor.claims.begin(), actor.claims.end(),
                                      [&](const ClaimEntry* c) { return !said.insert(c->claim.text).second; }),
                       actor.claims.end());
    std::string first = "~";
    if (!actor.perspectives.empty()) first = std::min(first, actor.perspectives.front()->perspective.date);
    if (!actor.claims.empty()) first = std::min(first, DateKey(actor.claims.front()->claim.date));
    actor.first_date = first == "~" ? "" : first;
    out.push_back(std::move(actor));
  }
  std::stable_sort(out.begin(), out.end(), [](const StoryActor& a, const StoryActor& b) {
    const std::string ka = a.first_date.empty() ? "~" : a.first_date, kb = b.first_date.empty() ? "~" : b.first_date;
    return std::tie(ka, a.name, a.id) < std::tie(kb, b.name, b.id);
  });
  return out;
}

std::optional<BriefText> ClaimLine(const ClaimEntry& claim, const std::string& name, BriefLineWriter& writer) {
  const ExtractedClaim& c = claim.claim;
  const std::string lead = c.verb == ":" ? name + ": \"" : name + " " + c.verb + ": \"";
  std::vector<FigureMark> marks;
  for (const std::string& id : c.figure_ids) {
    const ExtractedFigure* f = writer.Figure(id);
    if (!f || f->figure.span.begin < c.span.begin || f->figure.span.end > c.span.end) continue;
    marks.push_back({lead.size() + f->figure.span.begin - c.span.begin, lead.size() + f->figure.span.end - c.span.begin, id});
  }
  return writer.Line(lead + c.text + "\"", {CiteClaim(claim)}, "extracted", std::move(marks));
}

std::optional<BriefText> PerspectiveLine(const PerspectiveEntry& entry, const std::string& name, const StoryViews& views,
                                         BriefLineWriter& writer) {
  return writer.Line(name + ": " + entry.perspective.summary, views.resolver->ResolveAll(entry.perspective.citations),
                     "curated");
}

std::vector<std::vector<BriefText>> Narrative(const std::vector<StoryActor>& actors, const StoryViews& views,
                                              BriefLineWriter& writer) {
  constexpr size_t kClaimsPerActor = 3;
  std::vector<std::vector<BriefText>> paragraphs;
  for (const StoryActor& actor : actors) {
    std::vector<BriefText> paragraph;
    for (const PerspectiveEntry* p : actor.perspectives) {
      if (auto line = PerspectiveLine(*p, actor.name, views, writer)) paragraph.push_back(std::move(*line));
    }
    size_t claims = 0;
    for (const ClaimEntry* c : actor.claims) {
      if (claims == kClaimsPerActor) break;
      if (auto line = ClaimLine(*c, actor.name, writer)) {
        paragraph.push_back(std::move(*line));
        ++claims;
      }
    }
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

std::vector<BriefPerspective> Perspectives(const std::vector<StoryActor>& actors, const StoryViews& views,
                                           BriefLineWriter& writer) {
  std::vector<BriefPerspective> out;
  for (const StoryActor& actor : actors) {
    std::vector<PerspectiveEntry> entries;
    for (const PerspectiveEntry* p : actor.perspectives) entries.push_back(*p);
    const std::vector<StanceThread> threads = StanceThreads(std::move(entries));
    BriefPerspective brief;
    brief.actor_id = actor.id;
    brief.name = actor.name;
    std::vector<std::string> described;
    std::vector<const PerspectiveEntry*> cited_entries;
    std::map<uint64_t, std::string> change_at;  // perspective position → its change
    for (const StanceThread& thread : threads) {
      std::vector<const PerspectiveEntry*> cited;
      const std::string text = DescribeThread(thread, &cited);
      bool listed = false;
      for (const PerspectiveEntry* p : cited) {
        for (const CitedSpan& c : views.resolver->ResolveAll(p->perspective.citations)) {
          listed = listed || (c.found && writer.SourceNumber(c.source_id) != 0);
        }
      }
      if (!listed) continue;
      described.push_back(threads.size() > 1 ? thread.topic + ": " + text : text);
      cited_entries.insert(cited_entries.end(), cited.begin(), cited.end());
      for (const EvolutionStep& step : thread.evolution) {
        change_at[thread.perspectives[step.perspective].position] = ToString(step.change);
      }
    }
    for (const PerspectiveEntry* p : actor.perspectives) {
      std::optional<BriefText> summary = writer.Line(p->perspective.summary,
                                                     views.resolver->ResolveAll(p->perspective.citations), "curated");
      if (!summary) continue;
      brief.summary = *summary;  // the latest listed one wins
      brief.points.push_back({p->perspective.date, p->perspective.topic, ToString(p->perspective.stance),
                              change_at[p->position], std::move(*summary)});
    }
    if (brief.points.empty()) continue;
    std::string evolution;
    for (const std::string& d : described) evolution += (evolution.empty() ? "" : " ") + d;
    std::vector<CitedSpan> evolution_citations;
    for (const PerspectiveEntry* p : cited_entries) {
      for (CitedSpan& c : views.resolver->ResolveAll(p->perspective.citations)) evolution_citations.push_back(std::move(c));
    }
    if (auto line = writer.Line(evolution, evolution_citations, "curated")) brief.evolution = std::move(*line);
    out.push_back(std::move(brief));
  }
  return out;
}

}  // namespace dossier
