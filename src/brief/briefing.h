// Briefing: one story as an editor publishes it, in the layout of the reference briefing
// (../shared/seeds/000_…): header, What, Why it matters, Open questions, Narrative, Timeline,
// Perspectives (with Evolution), Tensions, Sources. It is a plain value, assembled
// deterministically from the story views at one point on the two time axes, and rendered by
// render_markdown, render_json and render_html; nothing in it is looked up again when rendering,
// so a published briefing re-renders from its stored JSON byte for byte.
//
// Every line of text carries the numbered sources it cites ([n] → Briefing::sources[n-1]), marks
// the figures it states (byte offsets into the text → Briefing::figures by id) and the words it
// quotes from a source (→ their bytes in that source).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/status.h"
#include "project/proj_sources.h"
#include "project/story_views.h"

namespace dossier {

// A figure stated in a line of text: [begin, end) bytes of BriefText::text, and its figure id.
struct FigureMark {
  uint64_t begin = 0;
  uint64_t end = 0;
  std::string figure_id;
};

// Words of a line that are a source's own, as it stores them: [begin, end) bytes of
// BriefText::text equal [source_begin, source_end) of the source's text. A claim's words also say
// where the source names their speaker, which `brief check` re-reads, so an auditor sees on what
// words the attribution rests ("Mendes" at bytes 180–186, or "he").
struct QuoteMark {
  uint64_t begin = 0;
  uint64_t end = 0;
  int source_number = 0;  // Briefing::sources[source_number - 1]
  uint64_t source_begin = 0;
  uint64_t source_end = 0;
  std::string claim_id;  // empty for words quoted as no one's claim (the lede)
  std::string named_as;  // the speaker as the source names them, and where
  uint64_t named_begin = 0;
  uint64_t named_end = 0;
};

// A sentence or short paragraph of the briefing. `origin` tells curated text (an editor's note,
// an annotation) from text assembled from extractions, and from a source's own metadata (a
// Timeline line saying it was published).
struct BriefText {
  std::string text;
  std::vector<FigureMark> figures;  // in order, not overlapping
  std::vector<int> citations;       // source numbers, in order of first use, no repeats
  std::string origin;               // "curated", "extracted" or "ingested"
  std::vector<QuoteMark> quotes;    // in order, not overlapping
};

struct BriefTimelineItem {
  std::string date;  // YYYY-MM-DD
  BriefText text;
};

// One dated step of a person's stance on a topic, for the Evolution line and the chart.
struct BriefStancePoint {
  std::string date;
  std::string topic;
  std::string stance;  // ToString(Stance)
  std::string change;  // ToString(StanceChange)
  BriefText summary;
};

struct BriefPerspective {
  std::string actor_id;
  std::string name;
  BriefText summary;    // the latest stance
  BriefText evolution;  // "First appearance …", "Shifted from against to for on 2026-05-23 …"
  std::vector<BriefStancePoint> points;  // by date
};

// A numbered entry of the Sources list.
struct BriefSource {
  int number = 0;  // 1-based, the [n] of citations
  std::string source_id;
  uint64_t version = 0;
  std::string text_sha256;
  std::string title;
  std::optional<std::string> outlet, author, published, url;
};

// A figure a line marks, with what an auditor needs to see where it came from (and `dossier trace
// ID` to re-check it).
struct BriefFigure {
  std::string id;
  std::string source_id;
  uint64_t source_version = 0;
  int source_number = 0;  // its entry in Briefing::sources
  uint64_t begin = 0, end = 0;  // bytes of the source version
  std::string surface;
  std::string kind;  // ToString(FigureKind)
  double value = 0;
  std::optional<double> value_high;
  std::string unit;
  std::optional<std::string> per;
  std::string approx;  // ToString(Approximation)
  std::optional<std::string> metric;
  std::string sentence;  // the source's sentence holding it, as stored
};

struct Briefing {
  // Header.
  std::string story;        // slug
  std::string title;        // the story's title
  uint64_t version = 0;     // the published version; 0: not published (a draft)
  std::string timestamp;    // "YYYY-MM-DD HH:MM UTC": when published, else the head event's time
  uint64_t log_position = 0;  // the last event it reflects
  std::optional<std::string> as_of;  // when asked --as-of

  std::vector<BriefText> what;
  std::vector<BriefText> why_it_matters;
  std::vector<BriefText> open_questions;
  std::vector<std::vector<BriefText>> narrative;  // paragraphs of sentences
  std::vector<BriefTimelineItem> timeline;
  std::vector<BriefPerspective> perspectives;
  std::vector<BriefText> tensions;
  std::vector<BriefSource> sources;
  std::vector<BriefFigure> figures;  // every figure a line marks, by id

  size_t item_count() const { return sources.size(); }  // the header's "N items"
};

// The point on the log a briefing reflects: the last event its views include.
struct BriefingPoint {
  uint64_t log_position = 0;
  std::string recorded_at;  // that event's, "YYYY-MM-DDTHH:MM:SS.mmmZ"; empty for an empty store
};

// The last event of `store` that `filter` knows (--known-at), or position 0 if none.
Result<BriefingPoint> FindBriefingPoint(const EventStore& store, const TimeFilter& filter);

// The story `slug` at the views' point: sections from the editor's notes where they exist, else
// assembled from the recorded claims, figures and perspectives. Deterministic: the same views
// give the same briefing. `store` gives the stored texts the figures' sentences are read from;
// `point` the header's timestamp and log position. Errors: NotFound for an unknown story.
Result<Briefing> AssembleBriefing(const std::string& slug, const SourcesProjection& sources, const StoryViews& views,
                                  const EventStore& store, const BriefingPoint& point);

}  // namespace dossier
