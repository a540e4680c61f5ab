// Briefing assembly: sources numbered and filtered on both time axes, sections from the editor's
// notes or assembled, every citation resolving, every number marked with a recorded figure, the
// same views giving the same briefing; what `brief check` finds; Markdown escaping.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "brief/briefing.h"
#include "brief/briefing_check.h"
#include "brief/candidate_names.h"
#include "brief/render_markdown.h"
#include "brief/story_people.h"
#include "brief/word_count.h"
#include "dossier/clock.h"
#include "extract/reporting_lexicon.h"
#include "ingest/ingester.h"
#include "model/claim_events.h"
#include "model/source_events.h"
#include "project/source_reader.h"
#include "temp_dir.h"
#include "util/markdown_escape.h"
#include "util/sha256.h"

using namespace dossier;

namespace {

const std::string kArticleA =
    "Mark Cuban argues that the $3 trillion spent on AI will not pay off. Marc Andreessen says that chips and energy "
    "will take most of the value.";
const std::string kArticleB =
    "Marc Andreessen counters that hardware will capture 80% of the returns. Analysts put hyperscaler capex at "
    "$700 billion this year.";

Citation SpanOf(const std::string& source_id, const std::string& text, const std::string& quote) {
  Citation c;
  c.source_id = source_id;
  c.version = 1;
  c.span.begin = text.find(quote);
  REQUIRE(c.span.begin != std::string::npos);
  c.span.end = c.span.begin + quote.size();
  c.quote.exact = quote;
  return c;
}

struct Story {
  Story() {
    REQUIRE(EventStore::Create(dir.path).ok());
    auto opened = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
    DefineActor("mark-cuban", "Mark Cuban");
    DefineActor("marc-andreessen", "Marc Andreessen");
    a = Ingest(kArticleA, "https://example.com/a", "2026-05-16", "Cuban doubts the returns");
    b = Ingest(kArticleB, "https://example.com/b", "2026-05-23", "Andreessen on hardware");
    Perspective("cuban-1", "mark-cuban", Stance::kAgainst, "2026-05-16", "Doubts that the $3 trillion will pay off.",
                {SpanOf(a, kArticleA, "Mark Cuban argues that the $3 trillion spent on AI will not pay off.")});
    Perspective("andreessen-1", "marc-andreessen", Stance::kFor, "2026-05-16", "Expects chips and energy to win.",
                {SpanOf(a, kArticleA, "chips and energy will take most of the value")});
    Perspective("andreessen-2", "marc-andreessen", Stance::kMixed, "2026-05-23", "Sees hardware taking the returns.",
                {SpanOf(b, kArticleB, "hardware will capture 80% of the returns")});
    QuestionOpened q;
    q.id = "capex-pays";
    q.story = "ai-roi";
    q.text = "Will $700 billion of capex pay off?";
    q.date = "2026-05-23";
    q.citations = {SpanOf(b, kArticleB, "Analysts put hyperscaler capex at $700 billion this year.")};
    Append({QuestionStream(q.id), std::string(kQuestionOpened), 1, q.date, EncodePayload(q)});
    TensionRecorded t;
    t.id = "cuban-vs-andreessen";
    t.story = "ai-roi";
    t.between = {"cuban-1", "andreessen-1"};
    t.description = "Cuban expects waste; Andreessen expects hardware to earn.";
    t.date = "2026-05-16";
    Append({TensionStream(t.id), std::string(kTensionRecorded), 1, t.date, EncodePayload(t)});
  }

  uint64_t Append(NewEvent event) {
    AppendBatch batch;
    batch.recorded_by = "tester";
    batch.correlation = "corr";
    batch.expected.emplace_back(event.stream, kAnyVersion);
    batch.events.push_back(std::move(event));
    auto appended = store->Append(batch);
    REQUIRE(appended.ok());
    return appended->last_position;
  }
  void DefineActor(const std::string& id, const std::string& name) {
    Actor actor;
    actor.id = id;
    actor.name = name;
    Append({ActorStream(id), std::string(kActorDefined), 1, std::nullopt, EncodePayload(ActorDefined{actor})});
  }
  void Perspective(const std::string& id, const std::string& actor, Stance stance, const std::string& date,
                   const std::string& summary, std::vector<Citation> citations) {
    PerspectiveRecorded p;
    p.id = id;
    p.story = "ai-roi";
    p.actor = actor;
    p.topic = "ai-roi";
    p.stance = stance;
    p.summary = summary;
    p.date = date;
    p.citations = std::move(citations);
    Append({PerspectiveStream(id), std::string(kPerspectiveRecorded), 1, date, EncodePayload(p)});
  }
  uint64_t Note(const std::string& section, const std::string& text, std::vector<Citation> citations) {
    EditorNoteRecorded n{"ai-roi", section, text, std::move(citations)};
    return Append({StoryStream("ai-roi"), std::string(kEditorNoteRecorded), 1, std::nullopt, EncodePayload(n)});
  }
  std::string Ingest(const std::string& text, const std::string& url, const std::string& published,
                     const std::string& title) {
    auto ingester = Ingester::Create(store.get(), {"tester", "corr", std::string("ai-roi"), std::string("AI ROI")});
    REQUIRE(ingester.ok());
    SourceMetadata metadata;
    metadata.url = url;
    metadata.published = published;
    metadata.title = title;
    auto article = ArticleFromText(text, "text", metadata);
    REQUIRE(article.ok());
    auto result = ingester->Ingest(*article, "input.txt", std::nullopt);
    REQUIRE(result.ok());
    return result->source_id;
  }

  struct Assembled {
    SourcesProjection sources;
    std::unique_ptr<StoryViews> views;
    Briefing briefing;
  };
  Assembled Assemble(std::optional<std::string> as_of = std::nullopt, std::optional<std::string> known_at = std::nullopt,
                     const std::string& slug = "ai-roi") {
    auto filter = TimeFilter::Parse(as_of, known_at);
    REQUIRE(filter.ok());
    Assembled out;
    auto sources = LoadSources(store.get());
    REQUIRE(sources.ok());
    out.sources = std::move(*sources);
    auto views = LoadStoryViews(store.get(), *filter);
    REQUIRE(views.ok());
    out.views = std::move(*views);
    auto point = FindBriefingPoint(*store, *filter);
    REQUIRE(point.ok());
    auto briefing = AssembleBriefing(slug, out.sources, *out.views, *store, *point);
    REQUIRE(briefing.ok());
    out.briefing = std::move(*briefing);
    return out;
  }

  TempDir dir;
  FixedClock clock{"2026-06-01T10:00:00.000Z"};
  std::unique_ptr<EventStore> store;
  std::string a, b;  // source ids
};

// Every line of the briefing, for checks that hold of all of them.
std::vector<const BriefText*> Lines(const Briefing& b) {
  std::vector<const BriefText*> out;
  for (const auto* list : {&b.what, &b.why_it_matters, &b.open_questions, &b.tensions}) {
    for (const BriefText& t : *list) out.push_back(&t);
  }
  for (const auto& paragraph : b.narrative) {
    for (const BriefText& t : paragraph) out.push_back(&t);
  }
  for (const BriefTimelineItem& item : b.timeline) out.push_back(&item.text);
  for (const BriefPerspective& p : b.perspectives) {
    out.push_back(&p.summary);
    out.push_back(&p.evolution);
  }
  return out;
}

const BriefFigure* FigureById(const Briefing& b, const std::string& id) {
  for (const BriefFigure& f : b.figures) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

// The text a mark covers.
std::string Marked(const BriefText& line, const FigureMark& m) { return line.text.substr(m.begin, m.end - m.begin); }

}  // namespace

TEST_CASE("briefing: sources numbered by date, sections assembled when there are no notes, all cited and marked") {
  Story s;
  Story::Assembled got = s.Assemble();
  const Briefing& b = got.briefing;

  CHECK(b.story == "ai-roi");
  CHECK(b.title == "AI ROI");
  CHECK(b.version == 0);
  CHECK(b.timestamp == "2026-06-01 10:00 UTC");
  CHECK(b.log_position == s.store->head_position());
  REQUIRE(b.sources.size() == 2);
  CHECK(b.sources[0].source_id == s.a);
  CHECK(b.sources[0].number == 1);
  CHECK(b.sources[0].published == "2026-05-16");
  CHECK(b.sources[1].source_id == s.b);
  CHECK(b.sources[1].title == "Andreessen on hardware");

  // What: one line per actor, most quoted first, from their latest perspective.
  REQUIRE(b.what.size() == 2);
  CHECK(b.what[0].text == "Marc Andreessen sees hardware taking the returns.");
  CHECK(b.what[0].citations == std::vector<int>{2});
  CHECK(b.what[1].text == "Mark Cuban doubts that the $3 trillion will pay off.");
  // Why it matters: the tension.
  REQUIRE(b.why_it_matters.size() == 1);
  CHECK(b.why_it_matters[0].text ==
        "Cuban expects waste; Andreessen expects hardware to earn. Mark Cuban (against) vs. Marc Andreessen (for).");
  CHECK(b.why_it_matters[0].citations == std::vector<int>{1});
  REQUIRE(b.open_questions.size() == 1);
  CHECK(b.open_questions[0].citations == std::vector<int>{2});

  // Narrative: Cuban's paragraph is his perspective; his one claim is what that perspective cites,
  // so it is not said a second time.
  bool claim_found = false;
  for (const auto& paragraph : b.narrative) {
    for (const BriefText& t : paragraph) claim_found = claim_found || t.origin == "extracted";
  }
  CHECK_FALSE(claim_found);

  // Perspectives: Andreessen shifted, Cuban appeared once.
  REQUIRE(b.perspectives.size() == 2);
  const BriefPerspective& andreessen = b.perspectives[0].name == "Marc Andreessen" ? b.perspectives[0] : b.perspectives[1];
  CHECK(andreessen.summary.text == "Sees hardware taking the returns.");
  CHECK(andreessen.evolution.text == "First appearance on 2026-05-16. Shifted from for to mixed on 2026-05-23.");
  CHECK(andreessen.evolution.citations == std::vector<int>{1, 2});
  REQUIRE(andreessen.points.size() == 2);
  CHECK(andreessen.points[1].change == "shifted");
  CHECK(andreessen.points[1].stance == "mixed");

  // Every citation resolves; every number the extractor reads is marked with a listed figure whose
  // sentence is the source's stored bytes.
  auto text_a = s.store->GetBlob(b.sources[0].text_sha256);
  REQUIRE(text_a.ok());
  size_t marks = 0;
  for (const BriefText* line : Lines(b)) {
    CHECK_FALSE(line->citations.empty());
    for (int n : line->citations) CHECK((n >= 1 && n <= 2));
    for (const Figure& number : ExtractFigures(line->text)) {
      INFO(line->text << " / " << number.surface);
      bool covered = false;
      for (const FigureMark& m : line->figures) covered = covered || (m.begin <= number.span.begin && number.span.end <= m.end);
      CHECK(covered);
    }
    for (const FigureMark& m : line->figures) {
      ++marks;
      const BriefFigure* f = FigureById(b, m.figure_id);
      REQUIRE(f != nullptr);
      CHECK(Marked(*line, m) == f->surface);
    }
  }
  CHECK(marks >= 4);
  // $3 trillion and $700 billion; the 80% is in a claim of Andreessen's the Narrative does not quote
  // (it quotes his longest).
  REQUIRE(b.figures.size() == 2);
  for (const BriefFigure& f : b.figures) {
    if (f.surface != "$3 trillion") continue;
    CHECK(f.source_number == 1);
    CHECK(f.sentence.rfind("Mark Cuban argues that the $3 trillion spent on AI will not pay off.", 0) == 0);
    CHECK(text_a->substr(f.begin, f.end - f.begin) == "$3 trillion");
  }

  const BriefingCheck check = CheckBriefing(b, *s.store, got.views->figures, got.sources);
  for (const BriefingProblem& p : check.problems) INFO(p.where << ": " << p.message);
  CHECK(check.problems.empty());
  CHECK(check.figures == 2);
}

TEST_CASE("briefing: a summary opening with a verb reads with the actor as its subject, else `Name: summary`") {
  const NameWords names = {"david", "sachs", "goldman"};
  CHECK(ProseSubject("Chamath Palihapitiya", "Points out that the returns are unclear.", names) ==
        "Chamath Palihapitiya points out that the returns are unclear.");
  CHECK(ProseSubject("Mark Zuckerberg", "Does not think job losses are inevitable.", names) ==
        "Mark Zuckerberg does not think job losses are inevitable.");
  CHECK(ProseSubject("Bloomberg", "Reports that demand is rising.", names) == "Bloomberg reports that demand is rising.");
  CHECK(ProseSubject("Mark Cuban", "Argued that it is waste.", names) == "Mark Cuban argued that it is waste.");
  // Not verbs: articles, prepositions, adverbs, adjectives, nouns, names, possessives, acronyms.
  for (const char* summary : {"A year earlier, he saw no block.", "With Zhang, finds that labor cheapens.",
                              "Now reads the cut-off as a misplay.", "Optimistic about AI.", "This is the question.",
                              "Analysts say it is waste.", "Sachs holds that it froze.", "Cuban's view is dim.",
                              "GPUs cost more.", "Focus on hardware.", "Always bullish.", "Famous for skepticism.",
                              "Speed is what counts.", "Red flags everywhere."}) {
    INFO(summary);
    CHECK(ProseSubject("X Y", summary, names) == std::string("X Y: ") + summary);
  }
  // A past tense opens with a verb too: "-ed" words of five letters or more, and common irregular ones.
  CHECK(ProseSubject("X Y", "Lobbied for a regulator.", names) == "X Y lobbied for a regulator.");
  CHECK(ProseSubject("Mark Cuban", "Took a price of $0.50 per million tokens as his yardstick.", names) ==
        "Mark Cuban took a price of $0.50 per million tokens as his yardstick.");
}

TEST_CASE("briefing: a public body is a perspective's subject with its article, a person no source names by surname keeps the full name") {
  Story s;
  s.DefineActor("orlan-water-board", "Orlan Water Board");
  s.DefineActor("ministry-of-tides", "Ministry of Tides");
  s.DefineActor("harbor-insight", "Harbor Insight");  // a firm an unedited draft confirmed as a person
  const Citation cited = SpanOf(s.a, kArticleA, "the $3 trillion spent on AI will not pay off");
  s.Perspective("board-1", "orlan-water-board", Stance::kNeutral, "2026-05-16", "Holds that the spending will pay off.", {cited});
  s.Perspective("tides-1", "ministry-of-tides", Stance::kNeutral, "2026-05-16", "Expects the spending to pay off.", {cited});
  s.Perspective("insight-1", "harbor-insight", Stance::kNeutral, "2026-05-16", "Doubts the spending.", {cited});
  s.Perspective("insight-2", "harbor-insight", Stance::kAgainst, "2026-05-17", "Calls the spending waste.", {cited});
  const Briefing b = s.Assemble().briefing;
  std::vector<std::string> lines;
  for (const auto& paragraph : b.narrative) {
    for (const BriefText& line : paragraph) lines.push_back(line.text);
  }
  auto has = [&](const std::string& start) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(start, 0) == 0; });
  };
  CHECK(has("The Orlan Water Board holds that"));
  CHECK(has("The Ministry of Tides expects"));
  CHECK(has("Harbor Insight doubts"));
  CHECK(has("Harbor Insight calls"));  // never "Insight calls"
}

TEST_CASE("briefing: a quotation needs a finite reporting verb of the lexicon and words that are the speaker's own") {
  CHECK(extract::FiniteReportingVerb("argues") == extract::VerbClass::kStatement);
  CHECK(extract::FiniteReportingVerb("pushed back"));
  CHECK(extract::FiniteReportingVerb("points out"));
  CHECK(extract::FiniteReportingVerb("replies"));
  CHECK(extract::FiniteReportingVerb("asked") == extract::VerbClass::kAsking);
  for (const char* not_finite : {"challenge", "framing", "saying", "read", "written", "guess", "posed by", ":",
                                 "according to", "conclusion", "for him", "worry"}) {
    INFO(not_finite);
    CHECK_FALSE(extract::FiniteReportingVerb(not_finite));
  }
  ExtractedClaim c;
  c.verb = "argues";
  c.text = "the buildout will leave many data centers standing idle";
  CHECK(QuotableClaim(c, "Mark Cuban", false));
  auto quotable = [&](const std::string& verb, const std::string& text, bool according_to = true) {
    ExtractedClaim changed = c;
    changed.verb = verb;
    changed.text = text;
    return QuotableClaim(changed, "Mark Cuban", according_to);
  };
  CHECK(quotable("According to", c.text));
  CHECK_FALSE(quotable("According to", c.text, false));
  CHECK(quotable(":", c.text));   // a transcript's label: `Cuban: "…"`
  CHECK(quotable("\"", c.text));  // a quotation going on from its tagged sentence
  CHECK_FALSE(quotable("posed by", c.text));
  CHECK_FALSE(quotable("argues", "too short to quote"));
  CHECK_FALSE(quotable("argues", std::string(301, 'a')));
  CHECK_FALSE(quotable("argues", "the buildout will leave many data centers idle[2] by then"));
  CHECK_FALSE(quotable("argues", "the buildout will leave many data centers idle\\[2\\] by then"));
  CHECK_FALSE(quotable("argues", "the buildout will leave many data centers\nstanding idle"));
  CHECK_FALSE(quotable("argues", "a mere 7Open source hub indexed articles from the front page"));
  CHECK_FALSE(quotable("argues", "people look at how teams play.In the league it is rare to see long passes"));
  CHECK_FALSE(quotable("argues", "the buildout, Cuban argues, will leave data centers idle"));
  CHECK_FALSE(quotable("argues", "Smart move, he says, but it has a weakness at its core"));
  // A quotation the span opens inside but never closes would print unbalanced.
  CHECK_FALSE(quotable("said", "both grids saw high demand, though the report noted that \"both fell short of records"));
  CHECK_FALSE(quotable("said", "both grids saw high demand, though the report noted \xE2\x80\x9C both fell short"));
  CHECK(quotable("said", "both grids saw high demand, which the report called \"a leap\" for the grid"));
  CHECK(quotable("said", "\xE2\x80\x9C both grids saw high demand, and records fell in July across the state"));
  CHECK(quotable("said", "the plan \"><img src=x> would cost a great deal and never pay back"));  // a stray mark
}

TEST_CASE("briefing: \"the\" goes before a speaker's name where the source writes it before the whole name") {
  CHECK(WritesTheBefore("Power returned, the National Grid said.", "National Grid"));
  CHECK(WritesTheBefore("It put power into the National Grid.", "National Grid"));
  CHECK(WritesTheBefore("As the BBC reported on Monday, prices rose.", "BBC"));
  CHECK(WritesTheBefore("Prices rose, the Energy Information Administration warned.", "Energy Information Administration"));
  CHECK_FALSE(WritesTheBefore("The Bloomberg op-ed argues that the grid failed. Bloomberg says so.", "Bloomberg"));
  CHECK_FALSE(WritesTheBefore("the National Grid ESO said a circuit was needed", "National Grid"));
  CHECK_FALSE(WritesTheBefore("the BBCs of this world", "BBC"));
  CHECK_FALSE(WritesTheBefore("Bathe Reuters in praise; Reuters said so.", "Reuters"));
  CHECK(WritesTheBefore("Cases fell, according to the Orlan Health Organisation (OHO).", "Orlan Health Organisation"));
}

TEST_CASE("briefing: Narrative is prose with at most one quotation per actor, actors with only claims close it") {
  Story s;
  s.DefineActor("gartner", "Gartner");
  s.DefineActor("arm", "Arm");
  const std::string c = s.Ingest(
      "Mark Cuban said that \"the buildout will leave a great many data centers standing idle by the end of the decade.\" "
      "Cuban warned that hyperscalers are spending far more than their customers will ever pay back. "
      "According to Gartner, AI spending will keep climbing through the next few years despite the doubts. "
      "Arm claims that its rack-scale chips cut the power a data center needs by a wide margin.",
      "https://example.com/c", "2026-05-24", "Cuban again");
  const Briefing b = s.Assemble().briefing;
  REQUIRE(b.narrative.size() == 3);  // Andreessen, Cuban (by first date, then name), then the actors with only claims
  for (size_t i = 0; i < 2; ++i) {
    const std::vector<BriefText>& paragraph = b.narrative[i];
    REQUIRE_FALSE(paragraph.empty());
    CHECK(paragraph[0].origin == "curated");
    size_t quotations = 0;
    for (const BriefText& line : paragraph) {
      if (line.origin != "extracted") continue;
      ++quotations;
      // `Name verb that "…".` or `Name verb: "…".` where the source quotes, else `Name, as reported,
      // verb that ….`; the verb a finite lexicon verb. After the paragraph's first line a person a
      // source names by surname alone ("Cuban warned") is named so.
      const std::string name = i == 0 ? "Andreessen" : "Cuban";
      INFO(line.text);
      REQUIRE(line.text.rfind(name, 0) == 0);
      std::string rest = line.text.substr(name.size());
      rest = rest.substr(rest.rfind(", as reported, ", 0) == 0 ? 15 : 1);
      const std::string verb = rest.substr(0, rest.find_first_of(" :"));
      CHECK(extract::FiniteReportingVerb(verb));
      CHECK(line.text.back() == '.');
    }
    CHECK(quotations == (i == 0 ? 0 : 1));  // Andreessen's claims are all cited by his perspectives
  }
  CHECK(b.narrative[1][0].text == "Mark Cuban doubts that the $3 trillion will pay off.");
  // Cuban's longest quotable claim.
  CHECK(b.narrative[1].back().text ==
        "Cuban said that \"the buildout will leave a great many data centers standing idle by the end of the "
        "decade\".");
  CHECK(b.narrative[1].back().citations == std::vector<int>{3});
  const std::vector<BriefText>& last = b.narrative[2];
  REQUIRE(last.size() == 2);
  // As salient as each other (one source, one claim): in actor order.
  CHECK(last[0].text == "Arm, as reported, claims that its rack-scale chips cut the power a data center needs by a wide "
                        "margin.");
  CHECK(last[1].text == "According to Gartner, as reported, AI spending will keep climbing through the next few years "
                        "despite the doubts.");
  CHECK(b.sources[2].source_id == c);
}

TEST_CASE("briefing: Timeline has first perspectives, shifts, tensions, resolved questions and self-dated claims") {
  Story s;
  s.Ingest("On April 2, 2026, Mark Cuban said that the first wave of AI data centers would be written off within years. "
           "Mark Cuban added that the money spent on them was gone for good.",
           "https://example.com/c", "2026-05-24", "Cuban recalls");
  const Briefing b = s.Assemble().briefing;
  std::vector<std::string> lines;
  for (const BriefTimelineItem& item : b.timeline) lines.push_back(item.date + " " + item.text.text);
  const std::vector<std::string> expected = {
      "2026-04-02 Mark Cuban, as reported, said that the first wave of AI data centers would be written off within "
      "years.",
      "2026-05-16 Published: Cuban doubts the returns",
      "2026-05-16 Mark Cuban doubts that the $3 trillion will pay off.",
      "2026-05-16 Marc Andreessen expects chips and energy to win.",
      "2026-05-23 Published: Andreessen on hardware",
      "2026-05-23 Marc Andreessen shifted from for to mixed: Sees hardware taking the returns.",
      "2026-05-24 Published: Cuban recalls",
  };
  // No claim dated only by its source; the open question is in Open questions. (The tension cites no
  // span of its own here, so the timeline has no line for it; the corpus's are checked end to end.)
  CHECK(lines == expected);
  REQUIRE(b.open_questions.size() == 1);
  for (const BriefTimelineItem& item : b.timeline) CHECK_FALSE(item.text.citations.empty());
}

TEST_CASE("briefing: the editor's latest note of a section replaces the assembled one, as the store knew it") {
  Story s;
  const uint64_t before = s.store->head_position();
  s.Note("what", "Investors argue over the $3 trillion.",
         {SpanOf(s.a, kArticleA, "Mark Cuban argues that the $3 trillion spent on AI will not pay off.")});
  s.Note("what", "Investors argue over where $3 trillion goes; hardware may take 80% of it.",
         {SpanOf(s.a, kArticleA, "Mark Cuban argues that the $3 trillion spent on AI will not pay off."),
          SpanOf(s.b, kArticleB, "hardware will capture 80% of the returns")});
  s.Note("why_it_matters", "It decides who pays.", {SpanOf(s.a, kArticleA, "will not pay off")});

  const Briefing b = s.Assemble().briefing;
  REQUIRE(b.what.size() == 1);
  CHECK(b.what[0].origin == "curated");
  CHECK(b.what[0].text == "Investors argue over where $3 trillion goes; hardware may take 80% of it.");
  CHECK(b.what[0].citations == std::vector<int>{1, 2});
  REQUIRE(b.what[0].figures.size() == 2);
  CHECK(Marked(b.what[0], b.what[0].figures[0]) == "$3 trillion");
  CHECK(Marked(b.what[0], b.what[0].figures[1]) == "80%");
  REQUIRE(b.why_it_matters.size() == 1);
  CHECK(b.why_it_matters[0].text == "It decides who pays.");

  SECTION("known at a point before the notes, the sections are assembled") {
    const Briefing earlier = s.Assemble(std::nullopt, std::to_string(before)).briefing;
    CHECK(earlier.log_position == before);
    REQUIRE(earlier.what.size() == 2);
    CHECK(earlier.what[0].origin == "curated");  // a perspective, not the note
    CHECK(earlier.what[0].text.rfind("Marc Andreessen sees ", 0) == 0);
  }
  SECTION("as of a date before a source the note cites, the note does not hold and What is assembled") {
    const Briefing early = s.Assemble(std::string("2026-05-16")).briefing;
    REQUIRE(early.sources.size() == 1);
    REQUIRE_FALSE(early.what.empty());
    CHECK(early.what[0].text != b.what[0].text);
    CHECK(early.why_it_matters[0].text == "It decides who pays.");  // cites only source 1
  }
}

TEST_CASE("briefing: without a note, Why it matters states where sources disagree on a figure") {
  Story s;
  const std::string c = s.Ingest("Amazon plans to spend $700 billion on capital expenditure in 2026.",
                                 "https://example.com/c", "2026-05-24", "Capex plans");
  const std::string d = s.Ingest("Amazon plans to spend $725 billion on capital expenditure in 2026.",
                                 "https://example.com/d", "2026-05-24", "Capex tally");
  const Briefing b = s.Assemble().briefing;
  REQUIRE(b.sources.size() == 4);
  REQUIRE(b.why_it_matters.size() == 2);  // the tension, then the conflict
  const BriefText& conflict = b.why_it_matters[1];
  CHECK(conflict.text == "Sources disagree on the capital expenditure of Amazon in 2026: $700 billion against $725 billion.");
  CHECK(conflict.origin == "extracted");
  CHECK(conflict.citations == std::vector<int>{3, 4});
  REQUIRE(conflict.figures.size() == 2);
  CHECK(Marked(conflict, conflict.figures[0]) == "$700 billion");
  CHECK(FigureById(b, conflict.figures[0].figure_id)->source_id == c);
  CHECK(FigureById(b, conflict.figures[1].figure_id)->source_id == d);
}

TEST_CASE("briefing: values that follow one another in time are later reports, dated, not a disagreement") {
  Story s;
  s.Ingest("Amazon plans to spend $700 billion on capital expenditure in 2026.", "https://example.com/c", "2026-05-24",
           "Capex plans");
  s.Ingest("Amazon plans to spend $725 billion on capital expenditure in 2026.", "https://example.com/d", "2026-05-25",
           "Capex raised");
  SECTION("each value's sources published after every source of the value before") {
    s.Ingest("Amazon now plans $725 billion of capital expenditure in 2026.", "https://example.com/e", "2026-05-27",
             "Capex again");
    const Briefing b = s.Assemble().briefing;
    REQUIRE(b.why_it_matters.size() == 2);
    const BriefText& update = b.why_it_matters[1];
    CHECK(update.text ==
          "Later sources give another value of the capital expenditure of Amazon in 2026: $700 billion on 2026-05-24, then "
          "$725 billion from "
          "2026-05-25 to 2026-05-27.");
    CHECK(update.citations == std::vector<int>{3, 4});
    REQUIRE(update.figures.size() == 2);
    CHECK(Marked(update, update.figures[0]) == "$700 billion");
    CHECK(Marked(update, update.figures[1]) == "$725 billion");
  }
  SECTION("the older value stated again after the newer one: the sources disagree") {
    s.Ingest("Amazon still plans $700 billion of capital expenditure in 2026.", "https://example.com/e", "2026-05-27",
             "Capex steady");
    const Briefing b = s.Assemble().briefing;
    REQUIRE(b.why_it_matters.size() == 2);
    CHECK(b.why_it_matters[1].text.rfind("Sources disagree on the capital expenditure of Amazon in 2026: ", 0) == 0);
  }
}

TEST_CASE("briefing: Why it matters leaves out one source's two values of a measure") {
  Story s;
  s.Ingest("Amazon expects capital expenditure of $700 billion in 2026, above the $650 billion analysts had forecast.",
           "https://example.com/c", "2026-05-24", "Capex guidance");
  const Briefing b = s.Assemble().briefing;
  for (const BriefText& line : b.why_it_matters) {
    CHECK(line.text.find("$650 billion") == std::string::npos);
    CHECK(line.text.find("One source gives") == std::string::npos);
  }
}

TEST_CASE("briefing: --as-of leaves out later sources and everything that only they support") {
  Story s;
  const Briefing b = s.Assemble(std::string("2026-05-16")).briefing;
  REQUIRE(b.sources.size() == 1);
  CHECK(b.sources[0].source_id == s.a);
  CHECK(b.as_of == std::string("2026-05-16"));
  CHECK(b.open_questions.empty());  // dated 2026-05-23
  for (const BriefText* line : Lines(b)) {
    for (int n : line->citations) CHECK(n == 1);
  }
  for (const BriefFigure& f : b.figures) CHECK(f.source_id == s.a);
}

TEST_CASE("briefing: the same store gives the same briefing, and an unknown story is NotFound") {
  Story s;
  const std::string first = RenderBriefingMarkdown(s.Assemble().briefing);
  const std::string second = RenderBriefingMarkdown(s.Assemble().briefing);
  CHECK(first == second);
  CHECK(first.find("## Figures") != std::string::npos);

  auto filter = TimeFilter::Parse(std::nullopt, std::nullopt);
  auto sources = LoadSources(s.store.get());
  auto views = LoadStoryViews(s.store.get(), *filter);
  REQUIRE((sources.ok() && views.ok()));
  auto unknown = AssembleBriefing("no-such-story", *sources, **views, *s.store, {});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == Status::Code::kNotFound);
  CHECK(unknown.status().message().find("no-such-story") != std::string::npos);
}

TEST_CASE("briefing check: an unmarked number, a citation without a source and an unknown figure are named") {
  Story s;
  Story::Assembled got = s.Assemble();
  Briefing& b = got.briefing;
  b.what[0].text += " About 42 more.";
  b.open_questions[0].citations.push_back(7);
  b.tensions[0].figures.push_back({0, 4, "fig-000000000000"});

  const BriefingCheck check = CheckBriefing(b, *s.store, got.views->figures, got.sources);
  REQUIRE(check.problems.size() == 3);
  CHECK(check.problems[0].kind == BriefingProblem::Kind::kUnmarkedNumber);
  CHECK(check.problems[0].where == "What, paragraph 1");
  CHECK(check.problems[0].message.find("42") != std::string::npos);
  CHECK(check.problems[1].kind == BriefingProblem::Kind::kUnknownCitation);
  CHECK(check.problems[1].where == "Open questions, item 1");
  CHECK(check.problems[2].kind == BriefingProblem::Kind::kUnknownFigure);
  CHECK(check.problems[2].message.find("fig-000000000000") != std::string::npos);
  CHECK_FALSE(check.altered());
}

TEST_CASE("briefing check: a number inside a cited source's title or outlet, quoted word for word, needs no mark") {
  Story s;
  Story::Assembled got = s.Assemble();
  Briefing& b = got.briefing;
  REQUIRE_FALSE(b.timeline.empty());
  BriefText& line = b.timeline[0].text;
  REQUIRE_FALSE(line.citations.empty());
  BriefSource& source = b.sources[line.citations[0] - 1];
  source.title = "5 things to know";
  source.outlet = "Channel 4 News";
  line.text = "Published: 5 things to know (Channel 4 News)";
  line.figures.clear();
  CHECK(CheckBriefing(b, *s.store, got.views->figures, got.sources).problems.empty());

  // The same words not quoting the cited source's metadata are numbers like any other.
  source.title = "Five things to know";
  const BriefingCheck check = CheckBriefing(b, *s.store, got.views->figures, got.sources);
  REQUIRE(check.problems.size() == 1);
  CHECK(check.problems[0].kind == BriefingProblem::Kind::kUnmarkedNumber);
  CHECK(check.problems[0].message.find("`5 things`") != std::string::npos);
}

TEST_CASE("briefing: a headline's number that its own text states too is metadata, marked with no figure") {
  Story s;
  const std::string text = "Bus fares across Orlan County will rise 10 per cent for every rider in the county from May.";
  const std::string fares = s.Ingest(text, "https://example.com/fares", "2026-05-20", "Transit board lifts fares by 10 per cent");
  Story::Assembled got = s.Assemble();
  const Briefing& b = got.briefing;
  const BriefText* published = nullptr;
  for (const BriefTimelineItem& item : b.timeline) {
    if (item.text.text.find("Transit board lifts fares by 10 per cent") != std::string::npos) published = &item.text;
  }
  REQUIRE(published != nullptr);
  CHECK(published->figures.empty());  // it had been marked with the text's figure, of another subject
  REQUIRE(published->citations.size() == 1);
  CHECK(b.sources[published->citations[0] - 1].source_id == fares);
  CHECK(CheckBriefing(b, *s.store, got.views->figures, got.sources).problems.empty());
}

TEST_CASE("markdown escape: untrusted text cannot add HTML, structure or control characters") {
  CHECK(EscapeMarkdown("<script>alert(1)</script> & \"><img onerror=x>") ==
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"&gt;&lt;img onerror=x&gt;");
  CHECK(EscapeMarkdown("*bold* _it_ `code` [link](x) a|b ~s~ #h \\") ==
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) a\\|b \\~s\\~ \\#h \\\\");
  CHECK(EscapeMarkdown("two\nlines\ttab\r") == "two lines tab ");
  CHECK(EscapeMarkdown("bell\x07 esc\x1b del\x7f c1\xc2\x9b") == "bell\xEF\xBF\xBD esc\xEF\xBF\xBD del\xEF\xBF\xBD c1\xEF\xBF\xBD");
  CHECK(EscapeMarkdown("- item") == "- item");
  CHECK(EscapeMarkdown("- item", true) == "\\- item");
  CHECK(EscapeMarkdown("12. list", true) == "12\\. list");
  CHECK(EscapeMarkdown("7.8% of it", false) == "7.8% of it");
  CHECK(EscapeMarkdown("é 兆美元 ok") == "é 兆美元 ok");
}

TEST_CASE("markdown: the layout of the reference briefing, with article text escaped") {
  Briefing b;
  b.story = "s";
  b.title = "Title <b>";
  b.version = 2;
  b.timestamp = "2026-05-23 18:15 UTC";
  b.what.push_back({"What *happened*.", {{5, 6, "fig-1"}}, {1}, "curated", {}});
  b.timeline.push_back({"2026-05-16", {"Published: x", {}, {1}, "ingested", {}}});
  b.sources.push_back({1, "abc", 1, "sha", "A <title>", std::string("Outlet"), std::nullopt, std::string("2026-05-16"),
                       std::nullopt});
  BriefFigure f;
  f.id = "fig-000000000001";
  f.surface = "$3 trillion";
  f.source_number = 1;
  f.begin = 120;
  f.end = 131;
  b.figures.push_back(f);
  const std::string md = RenderBriefingMarkdown(b);
  CHECK(md.rfind("# Title &lt;b&gt;\n\nVersion 2\n2026-05-23 18:15 UTC · 1 item\n\n## What\n\n"
                 "What \\*happened\\*. [1]\n\n## Why it matters\n\n", 0) == 0);
  CHECK(md.find("## Timeline\n\n- 2026-05-16: Published: x [1]\n") != std::string::npos);
  CHECK(md.find("## Sources\n\n- [1] A &lt;title&gt; — Outlet (2026-05-16)\n") != std::string::npos);
  CHECK(md.find("## Figures\n\n- fig-000000000001 $3 trillion — [1] bytes 120–131\n") != std::string::npos);
  for (const char* section : {"## What", "## Why it matters", "## Open questions", "## Narrative", "## Timeline",
                              "## Perspectives", "## Tensions", "## Sources", "## Figures"}) {
    CHECK(md.find(section) != std::string::npos);
  }
  b.version = 0;
  CHECK(RenderBriefingMarkdown(b).find("\nDraft (not published)\n") != std::string::npos);
}

TEST_CASE("briefing check: a mark that points at an uncited source's figure, or at a figure of another metric, is named") {
  Story s;
  Story::Assembled got = s.Assemble();
  REQUIRE(CheckBriefing(got.briefing, *s.store, got.views->figures, got.sources).problems.empty());

  // Forge every mark of every line onto each figure of a source the line does not cite.
  size_t forged = 0;
  std::vector<const BriefText*> lines = Lines(got.briefing);
  for (size_t l = 0; l < lines.size(); ++l) {
    for (size_t m = 0; m < lines[l]->figures.size(); ++m) {
      for (const BriefFigure& other : got.briefing.figures) {
        const std::vector<int>& cited = lines[l]->citations;
        if (std::find(cited.begin(), cited.end(), other.source_number) != cited.end()) continue;
        Briefing b = got.briefing;
        BriefText* line = const_cast<BriefText*>(Lines(b)[l]);
        line->figures[m].figure_id = other.id;
        const BriefingCheck check = CheckBriefing(b, *s.store, got.views->figures, got.sources);
        const bool named = std::any_of(check.problems.begin(), check.problems.end(), [&](const BriefingProblem& p) {
          return p.kind == BriefingProblem::Kind::kUncitedSource && p.message.find(other.id) != std::string::npos &&
                 p.message.find(other.source_id) != std::string::npos;
        });
        CHECK(named);
        ++forged;
      }
    }
  }
  CHECK(forged > 0);

  // A line that says the number is revenue, marked with a figure of capital expenditure.
  const BriefFigure* capex = nullptr;
  for (const BriefFigure& f : got.briefing.figures) {
    if (f.surface == "$700 billion") capex = &f;
  }
  REQUIRE(capex);
  Briefing b = got.briefing;
  const std::string text = "Amazon's revenue reached $700 billion.";
  const uint64_t at = text.find("$700 billion");
  b.what.push_back(BriefText{text, {{at, at + 12, capex->id}}, {capex->source_number}, "curated", {}});
  const BriefingCheck check = CheckBriefing(b, *s.store, got.views->figures, got.sources);
  REQUIRE(check.problems.size() == 1);
  CHECK(check.problems[0].kind == BriefingProblem::Kind::kContradicted);
  CHECK(check.problems[0].where == "What, paragraph " + std::to_string(b.what.size()));
  CHECK(check.problems[0].message.find("metric revenue") != std::string::npos);
}

TEST_CASE("briefing check: a mark on a figure of another subject is named, a line quoting the figure's speaker is not") {
  Story s;
  s.Ingest("Amazon told investors that it expects to spend $200 billion on capital projects in 2026. "
           "Andy Jassy said capital spending would stay high.",
           "https://example.com/amazon", "2026-05-24", "Amazon's plans");
  Story::Assembled got = s.Assemble();
  const BriefFigure* amazon = nullptr;
  for (const BriefFigure& f : got.briefing.figures) {
    if (f.surface == "$200 billion") amazon = &f;
  }
  REQUIRE(amazon);
  auto check = [&](const std::string& text) {
    Briefing b = got.briefing;
    const uint64_t at = text.find("$200 billion");
    b.what.push_back(BriefText{text, {{at, at + 12, amazon->id}}, {amazon->source_number}, "curated", {}});
    return CheckBriefing(b, *s.store, got.views->figures, got.sources);
  };
  // Another company's number, in a line that names Amazon nowhere.
  const BriefingCheck forged = check("Meta's capital spending will reach $200 billion in 2026.");
  REQUIRE(forged.problems.size() == 1);
  CHECK(forged.problems[0].kind == BriefingProblem::Kind::kContradicted);
  CHECK(forged.problems[0].message.find("subject Meta") != std::string::npos);
  CHECK(forged.problems[0].message.find("subject Amazon") != std::string::npos);
  // The same number as Amazon's, and as what its chief executive reports, is no contradiction.
  CHECK(check("Amazon's capital spending will reach $200 billion in 2026.").problems.empty());
  CHECK(check("Andy Jassy says that spending will reach $200 billion.").problems.empty());
}

TEST_CASE("briefing check: quoted words are re-read from their source, and where it names their speaker") {
  Story s;
  s.Ingest("Jane Roe argues that the buildout will strand a great many assets before the decade is out.",
           "https://example.com/roe", "2026-05-25", "Roe on stranded assets");
  Story::Assembled got = s.Assemble();
  // Every claim line marks the source's words it quotes; the check re-reads them all.
  const BriefText* roe = nullptr;
  for (const BriefText* line : Lines(got.briefing)) {
    for (const QuoteMark& q : line->quotes) {
      if (q.named_as == "Jane Roe") roe = line;
    }
  }
  REQUIRE(roe);
  const QuoteMark quote = roe->quotes.front();
  CHECK(roe->text.substr(quote.begin, quote.end - quote.begin) ==
        "the buildout will strand a great many assets before the decade is out");
  const BriefingCheck clean = CheckBriefing(got.briefing, *s.store, got.views->figures, got.sources);
  REQUIRE(clean.problems.empty());
  CHECK(clean.quotes >= 1);

  auto forge = [&](const std::function<void(BriefText&)>& change) {
    Briefing b = got.briefing;
    for (const BriefText* line : Lines(b)) {
      if (line->text == roe->text) change(const_cast<BriefText&>(*line));
    }
    return CheckBriefing(b, *s.store, got.views->figures, got.sources);
  };
  auto only = [](const BriefingCheck& check, BriefingProblem::Kind kind) {
    return !check.problems.empty() && std::all_of(check.problems.begin(), check.problems.end(),
                                                  [&](const BriefingProblem& p) { return p.kind == kind; });
  };
  // Words the source did not write where the mark says: reworded, or the mark moved.
  CHECK(only(forge([](BriefText& t) { t.text.replace(t.text.find("great many"), 10, "few"), t.quotes[0].end -= 7; }),
             BriefingProblem::Kind::kMisquoted));
  CHECK(only(forge([](BriefText& t) { t.quotes[0].source_begin += 1, t.quotes[0].source_end += 1; }),
             BriefingProblem::Kind::kMisquoted));
  // A source the line does not cite.
  CHECK(only(forge([&](BriefText& t) { t.quotes[0].source_number = t.citations[0] == 1 ? 2 : 1; }),
             BriefingProblem::Kind::kMisquoted));
  // The speaker named elsewhere than the source names them.
  const BriefingCheck moved = forge([](BriefText& t) { t.quotes[0].named_begin += 5, t.quotes[0].named_end += 5; });
  REQUIRE(only(moved, BriefingProblem::Kind::kMisattributed));
  CHECK(moved.problems[0].message.find("`Jane Roe`") != std::string::npos);
}

TEST_CASE("briefing: candidate speakers speak, marked unconfirmed, but not through a pronoun carried over") {
  Story s;
  s.Ingest("Jane Roe argues that the buildout will strand a great many assets before the decade is out. "
           "Analysts were surprised. She said that token prices will keep falling for years to come, whatever happens.",
           "https://example.com/roe", "2026-05-25", "Roe on stranded assets");
  const Briefing b = s.Assemble().briefing;
  std::string all;
  for (const auto& paragraph : b.narrative) {
    for (const BriefText& t : paragraph) all += t.text + "\n";
  }
  INFO(all);
  CHECK(all.find("Jane Roe (unconfirmed), as reported, argues that the buildout will strand a great many assets") !=
        std::string::npos);
  CHECK(all.find("token prices") == std::string::npos);  // "She" names no one in its own sentence
}

TEST_CASE("story people: candidate names merge with their longer forms and other spellings, titles dropped, slugs") {
  Actor cuban;
  cuban.id = "mark-cuban";
  cuban.name = "Mark Cuban";
  const std::map<std::string, std::string> merged = MergeCandidateNames(
      {"Priya Nand", "Councillor Priya Nand", "Nand", "Chamath", "Chamath Palihapitiya", "Cuban", "Levie", "Lee",
       "Ann Lee", "Tom Lee"},
      {cuban});
  CHECK(merged.at("Nand") == "Priya Nand");
  CHECK(merged.at("Councillor Priya Nand") == "Priya Nand");
  CHECK(merged.at("Chamath") == "Chamath Palihapitiya");  // a first name opens one longer name
  CHECK(merged.at("Cuban") == "Mark Cuban");              // the gazetteer's name
  CHECK(merged.at("Levie") == "Levie");                   // nothing longer
  CHECK(merged.at("Lee") == "Lee");                       // two longer names: ambiguous, kept apart
  // One person spelled three ways across a story's sources: with and without accents, and with a
  // second surname; an organisation is not a person's name with a title after it; two people who
  // share a first name and surname are kept apart.
  const std::map<std::string, std::string> spelled = MergeCandidateNames(
      {"Rocío Nahle", "Rocio Nahle", "Rocio Nahle", "Rocio Nahle Garcia", "Nahle", "Bank of England",
       "Bank of England Governor", "Ana Ruiz", "Ana Ruiz Vega", "Ana Ruiz Soto", "Mark Cuban Warns OpenAI"},
      {cuban});
  CHECK(spelled.at("Rocío Nahle") == "Rocio Nahle");
  CHECK(spelled.at("Rocio Nahle Garcia") == "Rocio Nahle");
  CHECK(spelled.at("Nahle") == "Rocio Nahle");
  CHECK(spelled.at("Bank of England Governor") == "Bank of England Governor");
  CHECK(spelled.at("Ana Ruiz Vega") == "Ana Ruiz Vega");
  CHECK(spelled.at("Ana Ruiz") == "Ana Ruiz");
  CHECK(spelled.at("Mark Cuban Warns OpenAI") == "Mark Cuban");  // the gazetteer's name, two words on
  // A given name before and a surname after; an acronym and the name it spells; a country is not an
  // agency named for it.
  const std::map<std::string, std::string> wire = MergeCandidateNames(
      {"Roger Kamba", "Samuel Roger Kamba Mulamba", "WHO", "World Health Organization", "Africa CDC",
       "Africa Centers for Disease Control and Prevention", "Sweden", "Public Health Agency of Sweden", "IMF"},
      {});
  CHECK(wire.at("Samuel Roger Kamba Mulamba") == "Roger Kamba");
  CHECK(wire.at("WHO") == "World Health Organization");
  CHECK(wire.at("Africa CDC") == "Africa Centers for Disease Control and Prevention");
  CHECK(wire.at("Sweden") == "Sweden");
  CHECK(wire.at("IMF") == "IMF");  // no longer name spells it
  // A body named by its field before its kind is the one named "Kind of Field"; a person is not.
  const std::map<std::string, std::string> bodies = MergeCandidateNames(
      {"Transport Ministry", "Ministry of Transport", "Interior Ministry", "Ministry of the Interior", "Health Board",
       "Ada Penn", "Penn Ada"},
      {});
  CHECK(bodies.at("Transport Ministry") == "Ministry of Transport");
  CHECK(bodies.at("Interior Ministry") == "Ministry of the Interior");
  CHECK(bodies.at("Health Board") == "Health Board");  // no "Board of Health" in the story
  CHECK(bodies.at("Penn Ada") == "Penn Ada");
  const std::map<std::string, std::string> accented = MergeCandidateNames({"Rocío Nahle", "Rocio Nahle"}, {});
  CHECK(accented.at("Rocio Nahle") == "Rocío Nahle");  // as many claims each: the spelling with its accents
  CHECK(NameSlug("Councillor Priya Nand") == "councillor-priya-nand");
  CHECK(NameSlug("DeepSeek-R1") == "deepseek-r1");
  CHECK(NameSlug("Óscar Varela") == "oscar-varela");  // accents dropped, not the letter they sit on
  CHECK(NameSlug("Luka Modrić") == "luka-modric");
  // At most 48 bytes, in whole words.
  CHECK(NameSlug("Organization of the Petroleum Exporting Countries Secretariat") ==
        "organization-of-the-petroleum-exporting");
  CHECK(NameSlug("International Association of Machinists Lodge") == "international-association-of-machinists-lodge");
  CHECK(NameSlug("International Association of Machinists Lodgeabc Union") ==
        "international-association-of-machinists-lodgeabc");  // 48 bytes to the end of a word
  CHECK(NameSlug("馬克·庫班").rfind("speaker-", 0) == 0);
  CHECK(NameSlug("馬克·庫班").size() == 16);
  CHECK(NameSlug("馬克·庫班") != NameSlug("庫班"));
}

TEST_CASE("briefing: a surname without its accent, a name in other capitals and a mixed-case acronym are one speaker") {
  // Real wires drop the accent the name's first mention keeps ("Sanchez" beside "Pedro Sánchez"),
  // write one operator as "REN" and "Ren", and a UK paper's "BoE" is the Bank of England.
  const std::map<std::string, std::string> merged = MergeCandidateNames(
      {"Lucía Ferrándiz", "Ferrandiz", "Ferrandiz", "KORVA", "KORVA", "Korva", "BoO", "Bank of Ostrelia", "DfTS",
       "Department for Tram Safety", "McKee", "Ian McKee", "VoO", "PwX"},
      {});
  CHECK(merged.at("Ferrandiz") == "Lucía Ferrándiz");
  CHECK(merged.at("Korva") == "KORVA");  // as the most claims spell it
  CHECK(merged.at("KORVA") == "KORVA");
  CHECK(merged.at("BoO") == "Bank of Ostrelia");
  CHECK(merged.at("DfTS") == "Department for Tram Safety");
  CHECK(merged.at("McKee") == "Ian McKee");  // a surname, not an acronym
  CHECK(merged.at("VoO") == "VoO");          // no longer name spells it
  CHECK(merged.at("PwX") == "PwX");
  // A mixed-case acronym spells every word, the small ones too: "BO" is no "BoO".
  const std::map<std::string, std::string> partial = MergeCandidateNames({"BoG", "Bank of Ostrelia Group"}, {});
  CHECK(partial.at("BoG") == "BoG");
}

TEST_CASE("briefing: WordCount counts words between blanks, and two characters of a script without spaces as one") {
  CHECK(WordCount("") == 0);
  CHECK(WordCount("  the grid\tfailed \n twice ") == 4);
  CHECK(WordCount("港口的用电量明显增加") == 5);  // ten Han characters
  CHECK(WordCount("港口 ERCOT 电价") == 3);       // two Han pairs and a Latin word
  CHECK(WordCount("用") == 1);
}

TEST_CASE("briefing: a claim stating a number no recorded figure backs is not quoted, and the briefing checks") {
  Story s;
  const std::string text =
      "The Harbour Board said it halted the search at 7:30 p.m. on Tuesday, when the tide turned against the divers.";
  const std::string c = s.Ingest(text, "https://example.com/harbour", "2026-05-25", "Search halted");
  // A faulty extraction (as the colon of a time once cut a span): the claim opens at "30 p.m.",
  // a number the line would state and no figure of the source backs.
  Claim cut;
  cut.speaker = {"", "Harbour Board", {4, 17}};
  cut.verb = "said";
  cut.span = {text.find("30 p.m."), text.size() - 1};
  cut.sentence = {0, text.size()};
  ClaimExtraction found;
  found.claims.push_back(cut);
  s.Append(MakeClaimsExtractedEvent(
      BuildClaimsExtracted({c, 1, Sha256Hex(text), std::string("2026-05-25"), ""}, text, found, {})));

  const Story::Assembled assembled = s.Assemble();
  for (const BriefText* line : Lines(assembled.briefing)) CHECK(line->text.find("30 p.m.") == std::string::npos);
  const BriefingCheck check = CheckBriefing(assembled.briefing, *s.store, assembled.views->figures, assembled.sources);
  CHECK(check.problems.empty());
}
