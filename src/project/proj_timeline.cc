#include "project/proj_timeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "model/source_events.h"

namespace dossier {
namespace {

// YYYY-MM-DD, or "" for an undated item.
std::string Day(const std::optional<std::string>& date) { return date ? date->substr(0, 10) : ""; }

}  // namespace

TimelineProjection::TimelineProjection() : KeptEventsProjection({kSourceRecorded, kSourceAttached}) {}

Result<std::vector<std::string>> TimelineProjection::IndexTerms(const RecordedEvent& event) const {
  if (event.type == kSourceRecorded) {
    SourceRecorded recorded;
    DOSSIER_ASSIGN_OR_RETURN(recorded, DecodeSourceRecorded(event.payload));
    return std::vector<std::string>{SourceTerm(recorded.source_id)};
  }
  SourceAttached attached;
  DOSSIER_ASSIGN_OR_RETURN(attached, DecodeSourceAttached(event.payload));
  return std::vector<std::string>{SourceTerm(attached.source_id)};
}

Result<std::vector<KnownSource>> TimelineProjection::KnownSources(const TimeFilter& filter,
                                                                  const std::optional<std::string>& story) const {
  std::map<std::string, KnownSource> sources;
  std::map<std::string, std::set<std::string>> stories_of;
  for (const KeptEvent& e : events()) {
    if (!filter.Knows(e)) continue;
    if (e.type == kSourceRecorded) {
      SourceRecorded recorded;
      DOSSIER_ASSIGN_OR_RETURN(recorded, DecodeSourceRecorded(e.payload));
      std::string id = recorded.source_id;
      sources[id] = {std::move(recorded), e.position, e.recorded_at};
    } else {
      SourceAttached attached;
      DOSSIER_ASSIGN_OR_RETURN(attached, DecodeSourceAttached(e.payload));
      stories_of[attached.source_id].insert(attached.slug);
    }
  }
  std::vector<KnownSource> out;
  for (auto& [id, source] : sources) {
    if (!story || stories_of[id].count(*story) != 0) out.push_back(std::move(source));
  }
  return out;
}

Result<std::vector<TimelineEntry>> TimelineProjection::Timeline(const TimeFilter& filter,
                                                                const std::optional<std::string>& story,
                                                                const TimelineInputs& in) const {
  std::vector<KnownSource> sources;
  DOSSIER_ASSIGN_OR_RETURN(sources, KnownSources(filter, story));
  return Timeline(sources, filter, story, in);
}

std::vector<TimelineEntry> TimelineProjection::Timeline(const std::vector<KnownSource>& sources,
                                                        const TimeFilter& filter,
                                                        const std::optional<std::string>& story,
                                                        const TimelineInputs& in) const {
  std::set<std::string> in_story_ids;
  for (const KnownSource& s : sources) in_story_ids.insert(s.recorded.source_id);
  auto in_story = [&](const std::string& source_id) { return !story || in_story_ids.count(source_id) != 0; };

  std::vector<TimelineEntry> out;
  out.reserve(sources.size() + in.claims->size() + in.perspectives->size() + 2 * in.questions->size() +
              in.tensions->size());
  for (const KnownSource& source : sources) {
    const SourceRecorded& r = source.recorded;
    const std::string& id = r.source_id;
    if (!filter.SaidBy(r.metadata.published)) continue;
    std::string text = r.metadata.title.value_or(id);
    if (r.metadata.outlet) text += " (" + *r.metadata.outlet + ")";
    CitedSpan whole;
    whole.source_id = id;
    whole.version = r.version;
    whole.span = {0, r.text_bytes};
    out.push_back({Day(r.metadata.published), "published", "ingested", id, r.metadata.author.value_or(""), text,
                   {whole}, source.position});
  }
  for (const ClaimEntry& c : *in.claims) {
    if (!in_story(c.source_id)) continue;
    out.push_back({Day(c.claim.date), "claim", "extracted", c.claim.id, c.claim.speaker.value_or(c.claim.speaker_name),
                   c.claim.text, {CiteClaim(c)}, c.position});
  }
  for (const PerspectiveEntry& p : *in.perspectives) {
    if (story && p.perspective.story != *story) continue;
    out.push_back({p.perspective.date, "perspective", "curated", p.perspective.id, p.perspective.actor,
                   std::string(ToString(p.perspective.stance)) + " on " + p.perspective.topic + ": " + p.perspective.summary,
                   in.resolver->ResolveAll(p.perspective.citations), p.position});
  }
  for (const QuestionEntry& q : *in.questions) {
    if (story && q.opened.story != *story) continue;
    out.push_back({q.opened.date, "question_opened", "curated", q.opened.id, "", q.opened.text,
                   in.resolver->ResolveAll(q.opened.citations), q.position});
    if (q.resolution) {
      out.push_back({q.resolution->date, "question_resolved", "curated", q.opened.id, "", q.resolution->answer,
                     in.resolver->ResolveAll(q.resolution->citations), q.resolved_position});
    }
  }
  for (const TensionEntry& t : *in.tensions) {
    if (story && t.tension.story != *story) continue;
    out.push_back({t.tension.date, "tension", "curated", t.tension.id, "", t.tension.description, t.citations, t.position});
  }
  // Dated entries by date; the undated after them, in the order they were recorded.
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    return std::make_tuple(a.date.empty(), a.date, a.position) < std::make_tuple(b.date.empty(), b.date, b.position);
  });
  return out;
}

Result<TimelineProjection> LoadTimeline(EventStore* store) {
  TimelineProjection timeline;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &timeline, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(timeline.LoadAll());
  return timeline;
}

}  // namespace dossier
