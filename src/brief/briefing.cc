#include "brief/briefing.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "brief/conflict_words.h"
#include "brief/lede.h"
#include "brief/line_writer.h"
#include "brief/real_questions.h"
#include "brief/same_thing.h"
#include "brief/story_people.h"

namespace dossier {
namespace {

constexpr size_t kWhatActors = 3;
constexpr size_t kExtractedQuestions = 6;

// The story's sources (`known`: its KnownSources at the filter's point) published by the --as-of
// date, numbered by published date (undated last), then id, each at its newest known version.
std::vector<BriefSource> ListSources(const std::vector<KnownSource>& known, const TimeFilter& filter) {
  std::vector<const SourceRecorded*> said;
  for (const KnownSource& s : known) {
    if (filter.SaidBy(s.recorded.metadata.published)) said.push_back(&s.recorded);
  }
  auto before = [](const SourceRecorded* a, const SourceRecorded* b) {
    const auto &pa = a->metadata.published, &pb = b->metadata.published;
    if (pa.has_value() != pb.has_value()) return pa.has_value();
    return pa != pb ? *pa < *pb : a->source_id < b->source_id;
  };
  std::sort(said.begin(), said.end(), before);
  std::vector<BriefSource> out;
  out.reserve(said.size());
  for (const SourceRecorded* recorded : said) {
    const SourceRecorded& r = *recorded;
    BriefSource b;
    b.number = static_cast<int>(out.size()) + 1;
    b.source_id = r.source_id;
    b.version = r.version;
    b.text_sha256 = r.text_sha256;
    b.title = r.metadata.title.value_or(r.source_id);
    b.outlet = r.metadata.outlet;
    b.author = r.metadata.author;
    if (r.metadata.published) b.published = r.metadata.published->substr(0, 10);
    b.url = r.metadata.url;
    out.push_back(std::move(b));
  }
  return out;
}

// The figures withdrawn by a RetractionRecorded the store knew.
Result<std::set<std::string>> RetractedFigures(const StoryViews& views) {
  std::set<std::string> out;
  for (const KeptEvent& e : views.claims_projection.events()) {
    if (e.type != kRetractionRecorded || !views.filter.Knows(e)) continue;
    RetractionRecorded r;
    DOSSIER_ASSIGN_OR_RETURN(r, DecodeRetractionRecorded(e.payload));
    if (r.target.rfind("fig-", 0) == 0) out.insert(r.target);
  }
  return out;
}

// Whether every citation of `cited` is a listed source, so that a note written about them holds.
bool AllListed(const std::vector<CitedSpan>& cited, const BriefLineWriter& writer) {
  return !cited.empty() && std::all_of(cited.begin(), cited.end(), [&](const CitedSpan& c) {
           return c.found && writer.SourceNumber(c.source_id) != 0;
         });
}

// The editor's note of `section` when there is one whose sources are all listed.
std::optional<BriefText> NoteLine(const std::map<std::string, NoteEntry>& notes, const std::string& section,
                                  const StoryViews& views, BriefLineWriter& writer) {
  auto note = notes.find(section);
  if (note == notes.end()) return std::nullopt;
  std::vector<CitedSpan> cited = views.resolver->ResolveAll(note->second.note.citations);
  if (!AllListed(cited, writer)) return std::nullopt;
  return writer.Line(note->second.note.text, cited, "curated");
}

// The listed sources that carry `claim`'s statement (QuoteTheSameStatement), whoever they name.
std::set<int> SourcesCarrying(const ClaimEntry& claim, const std::vector<ClaimEntry>& claims, const BriefLineWriter& writer) {
  std::set<int> sources;
  for (const ClaimEntry& c : claims) {
    const int number = writer.SourceNumber(c.source_id);
    if (number != 0 && (c.claim.text == claim.claim.text || QuoteTheSameStatement(c.claim.text, claim.claim.text))) {
      sources.insert(number);
    }
  }
  return sources;
}

// The claim an actor's line in What rests on: what they said last, the best quotable claim
// (BestClaim) of the latest listed source that has one (in a story followed for two years, a
// speaker's longest claim is as likely the oldest), and of that source's, the statement the most
// sources carry (outlets quote the words that made the news: a regulator's "this rise … is going
// to be extremely difficult" before a longer line on working with suppliers).
const ClaimEntry* LatestBestClaim(const StoryActor& actor, const std::vector<ClaimEntry>& claims,
                                  const BriefLineWriter& writer, const std::function<bool(const ClaimEntry&)>& skip) {
  std::set<int, std::greater<int>> numbers;  // sources are numbered in published order
  for (const ClaimEntry* c : actor.claims) numbers.insert(writer.SourceNumber(c->source_id));
  for (int number : numbers) {
    if (number == 0) break;  // not a listed source
    const ClaimEntry* best = BestClaim(actor, /*according_to=*/true, writer, [&](const ClaimEntry& c) {
      return writer.SourceNumber(c.source_id) != number || skip(c);
    });
    if (!best) continue;
    // (The actor's claims hold each text once, perhaps from an earlier source that carries it too.)
    size_t carried = SourcesCarrying(*best, claims, writer).size();
    for (const ClaimEntry* c : actor.claims) {
      if (skip(*c) || c == best) continue;
      const std::set<int> by = SourcesCarrying(*c, claims, writer);
      if (by.size() <= carried || by.count(number) == 0 || !QuotableClaim(c->claim, actor.name, /*according_to=*/true) ||
          !writer.Backed(c->claim.text, {CiteClaim(*c)})) {
        continue;
      }
      best = c;
      carried = by.size();
    }
    return best;
  }
  return nullptr;
}

// Without a note: a line for each of the most salient speakers (StoryActor::Salience), balanced
// across sources: their latest perspective that cites a listed source, else what they said last
// (LatestBestClaim). Candidate speakers count as well, named as unconfirmed. A claim inside the words the lede
// already quotes (`lede`, when there is one) would say them twice.
std::vector<BriefText> AssembleWhat(const std::vector<StoryActor>& actors, const StoryViews& views,
                                    const NameWords& names, QuotationReader& quotes, BriefLineWriter& writer,
                                    const QuoteMark* lede) {
  auto in_lede = [&](const ClaimEntry& c) {
    return lede && writer.SourceNumber(c.source_id) == lede->source_number &&
           c.claim.span.begin < lede->source_end && c.claim.span.end > lede->source_begin;
  };
  // The source an actor's line would rest on, to balance the picks without writing the lines.
  auto source_of = [&](const StoryActor& a) -> std::string {
    for (auto p = a.perspectives.rbegin(); p != a.perspectives.rend(); ++p) {
      for (const CitedSpan& c : views.resolver->ResolveAll((*p)->perspective.citations)) {
        if (c.found && writer.SourceNumber(c.source_id) != 0) return c.source_id;
      }
    }
    const ClaimEntry* best = LatestBestClaim(a, views.claims, writer, in_lede);
    return best ? best->source_id : std::string();
  };
  std::vector<BriefText> out;
  std::vector<std::string_view> quoted;  // the claims quoted so far: each statement once
  for (const StoryActor* a : SalientActors(actors, kWhatActors, source_of)) {
    std::optional<BriefText> line;
    for (auto p = a->perspectives.rbegin(); p != a->perspectives.rend() && !line; ++p) {
      line = PerspectiveLine(**p, a->name, views, names, writer);
    }
    if (const ClaimEntry* best = LatestBestClaim(*a, views.claims, writer, in_lede); best && !line) {
      if (SaidAlready(*best, quoted)) continue;
      line = ClaimLine(*best, a->Label(), quotes, writer);
      if (line) quoted.push_back(best->claim.text);
    }
    if (line) out.push_back(std::move(*line));
  }
  return out;
}

// A side of a tension in a few words: `Name (stance)`, `Name ("claimed words")`, or a figure.
std::string DescribeSide(const TensionSide& side, const StoryViews& views) {
  if (side.kind == "perspective") {
    return fmt::format("{} ({})", ActorName(views, side.actor), side.stance ? StanceWords(*side.stance) : "");
  }
  if (side.kind == "claim") return fmt::format("{} (\"{}\")", ActorName(views, side.actor), side.text);
  return side.text;
}

std::vector<BriefText> Tensions(const std::string& slug, const StoryViews& views, BriefLineWriter& writer) {
  std::vector<BriefText> out;
  for (const TensionEntry& t : views.tensions) {
    if (t.tension.story != slug) continue;
    std::vector<CitedSpan> cited = t.citations;
    std::string sides;
    for (const TensionSide& side : t.sides) {
      if (!side.found) continue;  // not known at this point
      sides += (sides.empty() ? "" : " vs. ") + DescribeSide(side, views);
      cited.insert(cited.end(), side.citations.begin(), side.citations.end());
    }
    std::string text = t.tension.description + (sides.empty() ? "" : " " + sides + ".");
    if (auto line = writer.Line(std::move(text), cited, "curated")) out.push_back(std::move(*line));
  }
  return out;
}

// Each conflict between the listed sources' figures, worded by DescribeConflict ("Sources disagree on
// capital expenditure: $700 billion against $725 billion.", or later reports of another value). One
// source's two values are left out: an editor would not publish "one source gives different
// values" as why a story matters, and such a pair is mostly two measures read as one.
std::vector<BriefText> Conflicts(const std::vector<FigureConflict>& conflicts, BriefLineWriter& writer) {
  const PublishedOf published = [&](const std::string& source_id) { return writer.Published(source_id); };
  std::vector<BriefText> out;
  for (const FigureConflict& conflict : conflicts) {
    if (OneSource(conflict)) continue;
    const ConflictSentence sentence = DescribeConflict(conflict, published);
    std::vector<FigureMark> marks;
    std::vector<CitedSpan> cited;
    for (const ConflictSentence::Value& value : sentence.values) {
      const FigureRef& ref = *value.figure;
      marks.push_back({value.begin, value.end, ref.figure->id});
      CitedSpan c;
      c.via = ref.figure->id;
      c.source_id = ref.source->extracted.source_id;
      c.version = ref.source->extracted.source_version;
      c.span = ref.figure->figure.span;
      c.quote = ref.figure->figure.surface;
      cited.push_back(std::move(c));
    }
    if (auto line = writer.Line(sentence.text, cited, "extracted", std::move(marks))) out.push_back(std::move(*line));
  }
  return out;
}

// The curated questions not resolved, then the real questions the listed sources ask (RealQuestions),
// marked "(extracted)", at most kExtractedQuestions, leaving out those a curated question cites or
// asks in other words (SayTheSameThing), and those an extracted question shown already asks.
Result<std::vector<BriefText>> OpenQuestions(const std::string& slug, const StoryViews& views,
                                             const EventStore& store, BriefLineWriter& writer) {
  std::vector<BriefText> out;
  std::vector<std::string_view> asked_already;  // curated (resolved too), then extracted as shown
  std::set<std::pair<std::string, uint64_t>> curated_spans;  // source id, begin
  for (const QuestionEntry& q : views.questions) {
    if (q.opened.story != slug) continue;
    asked_already.push_back(q.opened.text);
    const std::vector<CitedSpan> cited = views.resolver->ResolveAll(q.opened.citations);
    for (const CitedSpan& c : cited) curated_spans.emplace(c.source_id, c.span.begin);
    if (q.resolution) continue;
    if (auto line = writer.Line(q.opened.text, cited, "curated")) out.push_back(std::move(*line));
  }
  std::vector<SourceClaims> extractions;
  DOSSIER_ASSIGN_OR_RETURN(extractions, views.claims_projection.Extractions(views.filter));
  std::vector<RealQuestion> asked;
  DOSSIER_ASSIGN_OR_RETURN(asked, RealQuestions(extractions, store, [&](const std::string& source_id) {
                             return writer.SourceNumber(source_id) != 0;
                           }));
  size_t extracted = 0;
  for (const RealQuestion& q : asked) {
    if (extracted == kExtractedQuestions) break;
    if (curated_spans.count({q.source_id, q.span.begin}) ||
        std::any_of(asked_already.begin(), asked_already.end(),
                    [&](std::string_view other) { return other == q.text || SayTheSameThing(other, q.text); })) {
      continue;
    }
    CitedSpan cited;
    cited.source_id = q.source_id;
    cited.version = q.source_version;
    cited.span = q.span;
    cited.quote = q.text;
    if (auto line = writer.Line(q.text + " (extracted)", {cited}, "extracted")) {
      out.push_back(std::move(*line));
      asked_already.push_back(q.text);
      ++extracted;
    }
  }
  return out;
}

// The dated events that matter: sources published; each actor's first perspective and every
// perspective that shifted or reversed a stance; tensions; questions resolved, with their opening
// (questions still open are the Open questions section); and quotable claims only where their
// sentence gives a date other than their source's published one.
std::vector<BriefTimelineItem> Timeline(const std::vector<KnownSource>& known, const std::string& slug,
                                        const std::vector<StoryActor>& actors, const std::vector<BriefSource>& sources,
                                        const StoryViews& views, const NameWords& names, QuotationReader& quotes,
                                        BriefLineWriter& writer) {
  const std::vector<TimelineEntry> entries =
      views.timeline_projection.Timeline(known, views.filter, slug, views.timeline_inputs());
  const std::unordered_map<uint64_t, StanceShift> shifts = StanceShifts(actors);
  std::unordered_map<std::string_view, const std::optional<std::string>*> published;
  for (const BriefSource& s : sources) published[s.source_id] = &s.published;
  std::unordered_map<std::string_view, const PerspectiveEntry*> perspectives;
  for (const PerspectiveEntry& p : views.perspectives) perspectives[p.perspective.id] = &p;
  std::set<std::string> introduced;  // actors whose first perspective is on the timeline
  std::set<std::string_view> resolved;  // questions resolved on this timeline
  for (const TimelineEntry& e : entries) {
    if (e.kind == "question_resolved") resolved.insert(e.id);
  }
  std::vector<BriefTimelineItem> out;
  for (const TimelineEntry& e : entries) {
    std::optional<BriefText> line;
    if (e.kind == "published") {
      line = writer.Line("Published: " + e.text, e.citations, "ingested");
    } else if (e.kind == "claim") {
      const ClaimEntry* claim = views.resolver->FindClaim(e.id);
      if (e.date.empty() || !claim || !claim->claim.speaker || claim->retraction) continue;
      auto source = published.find(claim->source_id);
      if (source == published.end() || *source->second == e.date) continue;  // dated by its source only
      const std::string name = ActorName(views, e.actor);
      if (QuotableClaim(claim->claim, name, /*according_to=*/true)) line = ClaimLine(*claim, name, quotes, writer);
    } else if (e.kind == "perspective") {
      auto p = perspectives.find(e.id);
      if (p == perspectives.end()) continue;
      const std::string name = ActorName(views, e.actor);
      auto shift = shifts.find(p->second->position);
      if (introduced.count(e.actor) == 0) {
        line = PerspectiveLine(*p->second, name, views, names, writer);
        if (line) introduced.insert(e.actor);
      } else if (shift != shifts.end()) {
        line = writer.Line(fmt::format("{} {} from {} to {}: {}", name,
                                       shift->second.change == StanceChange::kShifted ? "shifted" : "reversed",
                                       StanceWords(shift->second.from), StanceWords(p->second->perspective.stance),
                                       p->second->perspective.summary),
                           views.resolver->ResolveAll(p->second->perspective.citations), "curated");
      }
    } else if (e.kind == "question_opened") {
      if (resolved.count(e.id) == 0) continue;
      line = writer.Line("Question opened: " + e.text, e.citations, e.origin.c_str());
    } else if (e.kind == "question_resolved") {
      line = writer.Line("Question resolved: " + e.text, e.citations, e.origin.c_str());
    } else if (e.kind == "tension") {
      line = writer.Line("Tension: " + e.text, e.citations, e.origin.c_str());
    }
    if (line) out.push_back({e.date, std::move(*line)});
  }
  return out;
}

// "2026-05-23T18:15:02.123Z" → "2026-05-23 18:15 UTC".
std::string HeaderTime(const std::string& recorded_at) {
  if (recorded_at.size() < 16) return recorded_at;
  return recorded_at.substr(0, 10) + " " + recorded_at.substr(11, 5) + " UTC";
}

}  // namespace

Result<BriefingPoint> FindBriefingPoint(const EventStore& store, const TimeFilter& filter) {
  for (uint64_t position = store.head_position(); position > 0; --position) {
    RecordedEvent event;
    DOSSIER_ASSIGN_OR_RETURN(event, store.ReadEvent(position));
    if (filter.Knows(event.position, event.recorded_at)) return BriefingPoint{event.position, event.recorded_at};
  }
  return BriefingPoint{};
}

Result<Briefing> AssembleBriefing(const std::string& slug, const SourcesProjection& sources, const StoryViews& views,
                                  const EventStore& store, const BriefingPoint& point) {
  auto story = sources.stories().find(slug);
  if (story == sources.stories().end()) {
    return Status::NotFound(fmt::format("no story `{}` (`dossier sources` lists the stories)", slug));
  }
  Briefing b;
  b.story = slug;
  b.title = story->second.title;
  b.timestamp = HeaderTime(point.recorded_at);
  b.log_position = point.log_position;
  b.as_of = views.filter.as_of();
  std::vector<KnownSource> known;
  DOSSIER_ASSIGN_OR_RETURN(known, views.timeline_projection.KnownSources(views.filter, slug));
  b.sources = ListSources(known, views.filter);
  std::set<std::string> retracted;
  DOSSIER_ASSIGN_OR_RETURN(retracted, RetractedFigures(views));
  BriefLineWriter writer(b.sources, views.figures, retracted, store);

  const std::vector<StoryActor> actors = StoryActors(slug, views, writer);
  const NameWords names = GazetteerWords(views.actors);
  QuotationReader quotes(b.sources, store);
  const std::vector<FigureConflict> conflicts = FindConflicts(writer.ListedFigures(views.figures));
  std::map<std::string, NoteEntry> notes;
  DOSSIER_ASSIGN_OR_RETURN(notes, views.notes_projection.Notes(views.filter, slug));
  if (auto note = NoteLine(notes, "what", views, writer)) {
    b.what.push_back(std::move(*note));
  } else {
    std::optional<BriefText> lede;
    DOSSIER_ASSIGN_OR_RETURN(lede, LedeLine(b.sources, views.figures, conflicts, store, writer));
    std::optional<QuoteMark> lede_quote;
    if (lede) {
      if (!lede->quotes.empty()) lede_quote = lede->quotes.front();
      b.what.push_back(std::move(*lede));
    }
    for (BriefText& line : AssembleWhat(actors, views, names, quotes, writer, lede_quote ? &*lede_quote : nullptr)) {
      b.what.push_back(std::move(line));
    }
  }
  if (auto note = NoteLine(notes, "why_it_matters", views, writer)) {
    b.why_it_matters.push_back(std::move(*note));
  } else {
    b.why_it_matters = Tensions(slug, views, writer);
    for (BriefText& conflict : Conflicts(conflicts, writer)) b.why_it_matters.push_back(std::move(conflict));
  }
  DOSSIER_ASSIGN_OR_RETURN(b.open_questions, OpenQuestions(slug, views, store, writer));
  b.narrative = Narrative(actors, views, names, quotes, writer);
  b.timeline = Timeline(known, slug, actors, b.sources, views, names, quotes, writer);
  b.perspectives = Perspectives(actors, views, writer);
  b.tensions = Tensions(slug, views, writer);
  DOSSIER_ASSIGN_OR_RETURN(b.figures, writer.MarkedFigures());
  return b;
}

}  // namespace dossier
