#include "ingest/annotator.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <unordered_map>

#include "extract/quote_selector.h"
#include "ingest/annotation_file_quote.h"
#include "extract/text_bytes.h"
#include "model/source_events.h"
#include "project/source_reader.h"

namespace dossier {
namespace {

bool IsCharBoundary(std::string_view text, size_t i) {
  return i >= text.size() || !extract::IsContinuationByte(text[i]);
}

// How a new event relates to the events already in its stream.
enum class Policy {
  kOnce,            // one event of its type per stream: the same again is unchanged, another is refused
  kLatestReplaces,  // unchanged when the stream's latest event of its type is the same, else recorded
  kUnlessPresent,   // unchanged when the same event is anywhere in the stream, else recorded
};

class Planner {
 public:
  Planner(EventStore* store, const AnnotationFile& file, AnnotationTargets& targets)
      : store_(store), file_(file), targets_(targets) {}

  Status Plan(AnnotateResult* result, AppendBatch* batch);

 private:
  Status CheckStory();
  Status PlanActors();
  Status PlanPerspectives();
  Status PlanTensions();
  Status PlanQuestions();
  Status PlanResolutions();
  Status PlanCorrections();
  Status PlanRetractions();
  Status PlanMetricLabels();
  Status PlanNotes();

  // Resolves each citation's source against the store and checks its span, or that its claim or
  // figure exists; fills in the full source id and the quote selector.
  Status ResolveCitations(std::vector<Citation>* citations, const std::string& path);
  Status ResolveSpan(Citation* c, const std::string& path);
  Status CheckTarget(std::string_view id, const std::string& path, std::string_view field);
  Result<bool> ActorKnown(const std::string& id);
  Result<bool> PerspectiveKnown(const std::string& id);

  // What an item's event is compared with in its stream: the stream's version and its events of the
  // types annotate records (not the sources a story's stream lists, which only its version counts).
  // Its events are found by type and content (a story's corrections stream holds every metric label
  // of the story: compared one by one, annotate of 1,000 labels cost 1,000 times the labels before).
  struct StreamSeen {
    struct OfType {
      const RecordedEvent* latest = nullptr;
      std::unordered_map<std::string, const RecordedEvent*> by_content;  // ContentKey -> its last event
    };
    uint64_t version = 0;
    std::vector<RecordedEvent> annotations;
    std::map<std::string, OfType, std::less<>> by_type;
  };
  // What makes two events of a type the same: their payload and their time.
  static std::string ContentKey(const std::optional<std::string>& occurred_at, std::string_view payload);
  // `stream` as the store has it, read once.
  Result<const StreamSeen*> Events(const std::string& stream);
  // Adds an item's event to the batch, or records it as unchanged, as `policy` says.
  Status Add(const std::string& place, std::string_view type, const std::string& stream,
             std::optional<std::string> occurred_at, std::string payload, Policy policy,
             std::string_view refusal = "");

  EventStore* store_;
  const AnnotationFile& file_;
  AnnotationTargets& targets_;
  SourcesProjection sources_;
  std::map<std::pair<std::string, uint64_t>, std::string> texts_;  // (source id, version) -> text
  std::map<std::string, StreamSeen> streams_;
  std::set<std::string> file_actors_, file_perspectives_, file_questions_;
  AnnotateResult* result_ = nullptr;
  AppendBatch* batch_ = nullptr;
};

Status Planner::Plan(AnnotateResult* result, AppendBatch* batch) {
  result_ = result;
  batch_ = batch;
  DOSSIER_ASSIGN_OR_RETURN(sources_, OpenSources(store_));
  for (const auto& a : file_.actors) file_actors_.insert(a.actor.id);
  for (const auto& p : file_.perspectives) file_perspectives_.insert(p.id);
  for (const auto& q : file_.questions) file_questions_.insert(q.id);
  DOSSIER_RETURN_IF_ERROR(CheckStory());
  DOSSIER_RETURN_IF_ERROR(PlanActors());
  DOSSIER_RETURN_IF_ERROR(PlanPerspectives());
  DOSSIER_RETURN_IF_ERROR(PlanTensions());
  DOSSIER_RETURN_IF_ERROR(PlanQuestions());
  DOSSIER_RETURN_IF_ERROR(PlanResolutions());
  DOSSIER_RETURN_IF_ERROR(PlanCorrections());
  DOSSIER_RETURN_IF_ERROR(PlanRetractions());
  DOSSIER_RETURN_IF_ERROR(PlanMetricLabels());
  return PlanNotes();
}

Status Planner::CheckStory() {
  if (!file_.story) return Status::OK();
  std::vector<StoryCount> stories;
  DOSSIER_ASSIGN_OR_RETURN(stories, sources_.StoryCounts());
  std::string known;
  for (const StoryCount& story : stories) {
    if (story.slug == *file_.story) return Status::OK();
    known += fmt::format("{}{}", known.empty() ? "" : ", ", story.slug);
  }
  return Status::InvalidInput(fmt::format("field `story`: no story `{}` in the store ({}); `dossier ingest --story` "
                                          "creates one",
                                          *file_.story, known.empty() ? "it has none" : "it has " + known));
}

Result<const Planner::StreamSeen*> Planner::Events(const std::string& stream) {
  static const std::set<std::string_view> kAnnotationTypes = {
      kActorDefined,        kPerspectiveRecorded, kTensionRecorded, kQuestionOpened, kQuestionResolved,
      kCorrectionRecorded, kRetractionRecorded,  kMetricLabeled,    kEditorNoteRecorded};
  auto it = streams_.find(stream);
  if (it != streams_.end()) return &it->second;
  StreamSeen read;
  DOSSIER_RETURN_IF_ERROR(store_->ReadStream(stream, [&](const RecordedEvent& e) {
    read.version = e.version;
    if (kAnnotationTypes.count(e.type)) read.annotations.push_back(e);
    return true;
  }));
  StreamSeen& seen = streams_.emplace(stream, std::move(read)).first->second;
  for (const RecordedEvent& e : seen.annotations) {
    StreamSeen::OfType& of_type = seen.by_type[e.type];
    of_type.latest = &e;
    of_type.by_content[ContentKey(e.occurred_at, e.payload)] = &e;
  }
  return &seen;
}

std::string Planner::ContentKey(const std::optional<std::string>& occurred_at, std::string_view payload) {
  return occurred_at ? fmt::format("@{}\n{}", *occurred_at, payload) : fmt::format("-\n{}", payload);
}

Status Planner::Add(const std::string& place, std::string_view type, const std::string& stream,
                    std::optional<std::string> occurred_at, std::string payload, Policy policy,
                    std::string_view refusal) {
  const StreamSeen* seen;
  DOSSIER_ASSIGN_OR_RETURN(seen, Events(stream));
  // The same event: for kLatestReplaces the latest of its type, if equal; else any equal one.
  const RecordedEvent* same = nullptr;
  const RecordedEvent* latest = nullptr;
  if (auto of_type = seen->by_type.find(type); of_type != seen->by_type.end()) {
    latest = of_type->second.latest;
    auto equal = of_type->second.by_content.find(ContentKey(occurred_at, payload));
    if (equal != of_type->second.by_content.end()) same = equal->second;
    if (policy == Policy::kLatestReplaces && same != latest) same = nullptr;
  }
  if (policy == Policy::kOnce && !same && latest) {
    return Status::InvalidInput(fmt::format("{}: {} (position {})", place, refusal, latest->position));
  }
  AnnotatedItem item{place, std::string(type), stream, same ? AnnotationOutcome::kUnchanged : AnnotationOutcome::kRecorded};
  result_->items.push_back(item);
  if (same) return Status::OK();
  bool expected = false;
  for (const auto& [s, version] : batch_->expected) expected = expected || s == stream;
  if (!expected) batch_->expected.emplace_back(stream, seen->version == 0 ? kNoStream : int64_t(seen->version));
  batch_->events.push_back({stream, std::string(type), 1, std::move(occurred_at), std::move(payload)});
  return Status::OK();
}

Result<bool> Planner::ActorKnown(const std::string& id) {
  if (file_actors_.count(id)) return true;
  const StreamSeen* seen;
  DOSSIER_ASSIGN_OR_RETURN(seen, Events(ActorStream(id)));
  return seen->version != 0;
}

Result<bool> Planner::PerspectiveKnown(const std::string& id) {
  if (file_perspectives_.count(id)) return true;
  const StreamSeen* seen;
  DOSSIER_ASSIGN_OR_RETURN(seen, Events(PerspectiveStream(id)));
  return seen->version != 0;
}

Status Planner::CheckTarget(std::string_view id, const std::string& path, std::string_view field) {
  const bool claim = id.rfind("clm-", 0) == 0;
  bool known = false;
  DOSSIER_ASSIGN_OR_RETURN(known, claim ? targets_.KnowsClaim(std::string(id)) : targets_.KnowsFigure(std::string(id)));
  if (known) return Status::OK();
  return Status::InvalidInput(fmt::format("{}: field `{}`: no {} `{}` in the store", path, field,
                                          claim ? "claim" : "figure", id));
}

Status Planner::ResolveSpan(Citation* c, const std::string& path) {
  Result<const SourceSummary*> source = sources_.Resolve(c->source_id);
  if (!source.ok()) return Status::InvalidInput(fmt::format("{}: field `source`: {}", path, source.status().message()));
  const SourceSummary& summary = **source;
  const bool by_quote = c->span.end == 0;  // cited by quote: the span is found below
  if (c->version == 0) c->version = summary.versions.size();
  if (c->version > summary.versions.size()) {
    return Status::InvalidInput(fmt::format("{}: field `version`: source {} has {} version{}, not {}", path,
                                            summary.source_id, summary.versions.size(),
                                            summary.versions.size() == 1 ? "" : "s", c->version));
  }
  c->source_id = summary.source_id;
  auto key = std::make_pair(c->source_id, c->version);
  auto cached = texts_.find(key);
  if (cached == texts_.end()) {
    Result<SourceVersion> read = ReadSourceVersion(*store_, summary, c->version);
    if (!read.ok()) return read.status().WithContext(path);
    cached = texts_.emplace(key, std::move(read->text)).first;
  }
  const std::string& text = cached->second;
  const std::string where = fmt::format("source {} v{}", c->source_id, c->version);
  if (by_quote) {
    std::vector<std::string> elsewhere;  // for a quote found nowhere: the versions that hold it
    const bool nowhere = FindQuote(text, c->quote.exact).empty();
    for (uint64_t v = 1; nowhere && v <= summary.versions.size(); ++v) {
      if (v == c->version) continue;
      Result<SourceVersion> other = ReadSourceVersion(*store_, summary, v);
      if (!other.ok()) return other.status().WithContext(path);
      const std::vector<ByteSpan> spans = FindQuote(other->text, c->quote.exact);
      if (!spans.empty()) elsewhere.push_back(fmt::format("v{} at {}–{}", v, spans[0].begin, spans[0].end));
    }
    DOSSIER_ASSIGN_OR_RETURN(c->span, LocateQuote(text, c->quote.exact, path, where, elsewhere));
  }
  const ByteSpan span = c->span;
  if (span.end > text.size()) {
    return Status::InvalidInput(fmt::format("{}: field `end`: {} is past the end of {} ({} bytes)", path, span.end,
                                            where, text.size()));
  }
  if (!IsCharBoundary(text, span.begin) || !IsCharBoundary(text, span.end)) {
    return Status::InvalidInput(fmt::format("{}: the span {}–{} cuts a UTF-8 character of {}", path, span.begin,
                                            span.end, where));
  }
  std::string_view at(text.data() + span.begin, span.end - span.begin);
  if (at != c->quote.exact) {
    // Where the quote really is, if it is there at all, saves the annotator a search.
    size_t found = text.find(c->quote.exact);
    std::string hint = found == std::string::npos
                           ? "the quote is nowhere in that text"
                           : fmt::format("the quote is at {}–{}", found, found + c->quote.exact.size());
    return Status::InvalidInput(fmt::format("{}: field `quote`: the span {}–{} of {} reads \"{}\", not the quote; {}",
                                            path, span.begin, span.end, where, at, hint));
  }
  c->quote = QuoteOf(text, span);
  return Status::OK();
}

Status Planner::ResolveCitations(std::vector<Citation>* citations, const std::string& path) {
  for (size_t i = 0; i < citations->size(); ++i) {
    Citation& c = (*citations)[i];
    const std::string place = fmt::format("{}.citations[{}]", path, i);
    if (c.kind == Citation::Kind::kSpan) {
      DOSSIER_RETURN_IF_ERROR(ResolveSpan(&c, place));
    } else {
      DOSSIER_RETURN_IF_ERROR(CheckTarget(c.target_id, place, c.kind == Citation::Kind::kClaim ? "claim" : "figure"));
    }
  }
  return Status::OK();
}

Status Planner::PlanActors() {
  for (size_t i = 0; i < file_.actors.size(); ++i) {
    const Actor& a = file_.actors[i].actor;
    const std::string place = fmt::format("actors[{}]", i);
    if (a.affiliation) {
      bool known;
      DOSSIER_ASSIGN_OR_RETURN(known, ActorKnown(*a.affiliation));
      if (!known) {
        return Status::InvalidInput(fmt::format("{}: field `affiliation`: no actor `{}` in the store or this file",
                                                place, *a.affiliation));
      }
    }
    DOSSIER_RETURN_IF_ERROR(Add(place, kActorDefined, ActorStream(a.id), std::nullopt, EncodePayload(file_.actors[i]),
                                Policy::kLatestReplaces));
  }
  return Status::OK();
}

Status Planner::PlanPerspectives() {
  for (size_t i = 0; i < file_.perspectives.size(); ++i) {
    PerspectiveRecorded p = file_.perspectives[i];
    const std::string place = fmt::format("perspectives[{}]", i);
    bool known;
    DOSSIER_ASSIGN_OR_RETURN(known, ActorKnown(p.actor));
    if (!known) {
      return Status::InvalidInput(fmt::format(
          "{}: field `actor`: no actor `{}` in the store or this file (define it under `actors`, or annotate "
          "the gazetteer corpus/actors.json first)",
          place, p.actor));
    }
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&p.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kPerspectiveRecorded, PerspectiveStream(p.id), p.date, EncodePayload(p),
                                Policy::kOnce,
                                fmt::format("perspective `{}` is already recorded with other content; a perspective "
                                            "is never edited: record the new one under a new id",
                                            p.id)));
  }
  return Status::OK();
}

Status Planner::PlanTensions() {
  for (size_t i = 0; i < file_.tensions.size(); ++i) {
    TensionRecorded t = file_.tensions[i];
    const std::string place = fmt::format("tensions[{}]", i);
    for (size_t k = 0; k < t.between.size(); ++k) {
      const std::string& id = t.between[k];
      const std::string field = fmt::format("between[{}]", k);
      if (id.rfind("clm-", 0) == 0 || id.rfind("fig-", 0) == 0) {
        DOSSIER_RETURN_IF_ERROR(CheckTarget(id, place, field));
        continue;
      }
      bool known;
      DOSSIER_ASSIGN_OR_RETURN(known, PerspectiveKnown(id));
      if (!known) {
        return Status::InvalidInput(fmt::format("{}: field `{}`: no perspective `{}` in the store or this file", place,
                                                field, id));
      }
    }
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&t.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kTensionRecorded, TensionStream(t.id), t.date, EncodePayload(t), Policy::kOnce,
                                fmt::format("tension `{}` is already recorded with other content; a tension is never "
                                            "edited: record the new one under a new id",
                                            t.id)));
  }
  return Status::OK();
}

Status Planner::PlanQuestions() {
  for (size_t i = 0; i < file_.questions.size(); ++i) {
    QuestionOpened q = file_.questions[i];
    const std::string place = fmt::format("questions[{}]", i);
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&q.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kQuestionOpened, QuestionStream(q.id), q.date, EncodePayload(q), Policy::kOnce,
                                fmt::format("question `{}` is already recorded with other content; a question is "
                                            "never edited: record the new one under a new id",
                                            q.id)));
  }
  return Status::OK();
}

Status Planner::PlanResolutions() {
  for (size_t i = 0; i < file_.resolutions.size(); ++i) {
    QuestionResolved r = file_.resolutions[i];
    const std::string place = fmt::format("resolutions[{}]", i);
    const std::string stream = QuestionStream(r.question);
    const StreamSeen* seen;
    DOSSIER_ASSIGN_OR_RETURN(seen, Events(stream));
    if (!file_questions_.count(r.question) && seen->version == 0) {
      return Status::InvalidInput(fmt::format("{}: field `question`: no question `{}` in the store or this file",
                                              place, r.question));
    }
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&r.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kQuestionResolved, stream, r.date, EncodePayload(r), Policy::kOnce,
                                fmt::format("question `{}` is already resolved with another answer", r.question)));
  }
  return Status::OK();
}

Status Planner::PlanCorrections() {
  for (size_t i = 0; i < file_.corrections.size(); ++i) {
    CorrectionRecorded c = file_.corrections[i];
    const std::string place = fmt::format("corrections[{}]", i);
    DOSSIER_RETURN_IF_ERROR(CheckTarget(c.target, place, "target"));
    if (c.field == "speaker") {
      const std::string actor = c.value_json.substr(1, c.value_json.size() - 2);  // a slug needs no unescaping
      bool known;
      DOSSIER_ASSIGN_OR_RETURN(known, ActorKnown(actor));
      if (!known) {
        return Status::InvalidInput(fmt::format("{}: field `value`: no actor `{}` in the store or this file", place,
                                                actor));
      }
    }
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&c.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kCorrectionRecorded, CorrectionsStream(c.story), std::nullopt, EncodePayload(c),
                                Policy::kUnlessPresent));
  }
  return Status::OK();
}

Status Planner::PlanRetractions() {
  for (size_t i = 0; i < file_.retractions.size(); ++i) {
    RetractionRecorded r = file_.retractions[i];
    const std::string place = fmt::format("retractions[{}]", i);
    DOSSIER_RETURN_IF_ERROR(CheckTarget(r.target, place, "target"));
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&r.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kRetractionRecorded, CorrectionsStream(r.story), std::nullopt, EncodePayload(r),
                                Policy::kUnlessPresent));
  }
  return Status::OK();
}

Status Planner::PlanMetricLabels() {
  for (size_t i = 0; i < file_.metric_labels.size(); ++i) {
    const MetricLabeled& m = file_.metric_labels[i];
    const std::string place = fmt::format("metric_labels[{}]", i);
    DOSSIER_RETURN_IF_ERROR(CheckTarget(m.figure, place, "figure"));
    DOSSIER_RETURN_IF_ERROR(Add(place, kMetricLabeled, CorrectionsStream(m.story), std::nullopt, EncodePayload(m),
                                Policy::kUnlessPresent));
  }
  return Status::OK();
}

Status Planner::PlanNotes() {
  for (size_t i = 0; i < file_.notes.size(); ++i) {
    EditorNoteRecorded n = file_.notes[i];
    const std::string place = fmt::format("notes[{}]", i);
    DOSSIER_RETURN_IF_ERROR(ResolveCitations(&n.citations, place));
    DOSSIER_RETURN_IF_ERROR(Add(place, kEditorNoteRecorded, StoryStream(n.story), std::nullopt, EncodePayload(n),
                                Policy::kUnlessPresent));
  }
  return Status::OK();
}

}  // namespace

Result<AnnotateResult> Annotate(EventStore* store, const AnnotationFile& file, AnnotationTargets& targets,
                                const AnnotateOptions& options) {
  AnnotateResult result;
  AppendBatch batch;
  batch.recorded_by = options.recorded_by;
  batch.correlation = options.correlation;
  Planner planner(store, file, targets);
  DOSSIER_RETURN_IF_ERROR(planner.Plan(&result, &batch));
  if (options.dry_run || batch.events.empty()) return result;
  DOSSIER_ASSIGN_OR_RETURN(result.appended, store->Append(batch));
  return result;
}

}  // namespace dossier
