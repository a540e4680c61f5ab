// The events a person records with `dossier annotate` (schemas/annotation.schema.json): what
// extraction cannot find. They are curated facts; their types tell them apart from extracted ones.
//
//   ActorDefined         stream actor-<id>            a gazetteer entry; a later definition replaces
//                                                      the earlier one.
//   PerspectiveRecorded  stream perspective-<id>      an actor's stance on a topic at a date.
//   TensionRecorded      stream tension-<id>          perspectives, claims or figures that disagree.
//   QuestionOpened       stream question-<id>         an open question of a story;
//   QuestionResolved     stream question-<id>         its answer (after the QuestionOpened).
//   CorrectionRecorded   stream corrections-<story>   a new value for one field of an extracted
//                                                      figure or claim; the extraction is not edited.
//   RetractionRecorded   stream corrections-<story>   an extracted figure or claim withdrawn.
//   MetricLabeled        stream corrections-<story>   what a figure measures.
//   EditorNoteRecorded   stream story-<slug>          the editor's "What" or "Why it matters".
//
// Perspective, tension and question streams are created once (expected version: no stream), so an
// id names one thing forever. Every event's occurred_at is the item's date (when it was said or
// happened in the world) when the item has one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/actor.h"
#include "dossier/figure.h"  // ByteSpan, QuoteSelector
#include "dossier/status.h"

namespace dossier {

inline constexpr std::string_view kActorDefined = "ActorDefined";
inline constexpr std::string_view kPerspectiveRecorded = "PerspectiveRecorded";
inline constexpr std::string_view kTensionRecorded = "TensionRecorded";
inline constexpr std::string_view kQuestionOpened = "QuestionOpened";
inline constexpr std::string_view kQuestionResolved = "QuestionResolved";
inline constexpr std::string_view kCorrectionRecorded = "CorrectionRecorded";
inline constexpr std::string_view kRetractionRecorded = "RetractionRecorded";
inline constexpr std::string_view kMetricLabeled = "MetricLabeled";
inline constexpr std::string_view kEditorNoteRecorded = "EditorNoteRecorded";

inline std::string ActorStream(std::string_view actor_id) { return "actor-" + std::string(actor_id); }
inline std::string PerspectiveStream(std::string_view id) { return "perspective-" + std::string(id); }
inline std::string TensionStream(std::string_view id) { return "tension-" + std::string(id); }
inline std::string QuestionStream(std::string_view id) { return "question-" + std::string(id); }
inline std::string CorrectionsStream(std::string_view story) { return "corrections-" + std::string(story); }

// A stance on the fixed scale, from strongly against to strongly for.
enum class Stance { kStronglyAgainst, kAgainst, kMixed, kNeutral, kFor, kStronglyFor };
const char* ToString(Stance stance);  // "strongly_against", "against", "mixed", "neutral", "for", "strongly_for"
std::optional<Stance> ParseStance(std::string_view name);

// What supports an annotation: a span of one version of a source (with its quote selector, so it
// can be found again in a later version), an extracted claim, or an extracted figure.
struct Citation {
  enum class Kind { kSpan, kClaim, kFigure };
  Kind kind = Kind::kSpan;
  // kSpan: the full source id, its version, the byte span, and the quote: `exact` is the bytes at
  // the span, `prefix` and `suffix` up to 32 bytes either side, cut at character boundaries.
  std::string source_id;
  uint64_t version = 0;
  ByteSpan span;
  QuoteSelector quote;
  // kClaim: "clm-…"; kFigure: "fig-…".
  std::string target_id;
  bool operator==(const Citation& o) const;
};

struct ActorDefined {
  Actor actor;
};

struct PerspectiveRecorded {
  std::string id;     // a slug, unique across stories
  std::string story;  // the story's slug
  std::string actor;  // an actor id
  std::string topic;  // a slug: "ai-roi-accounting"
  Stance stance = Stance::kNeutral;
  std::string summary;
  std::string date;   // YYYY-MM-DD: when the actor held it (also the event's occurred_at)
  std::vector<Citation> citations;
};

struct TensionRecorded {
  std::string id;
  std::string story;
  std::vector<std::string> between;  // ≥ 2 perspective ids, claim ids (clm-…) or figure ids (fig-…)
  std::string description;
  std::string date;
  std::vector<Citation> citations;
};

struct QuestionOpened {
  std::string id;
  std::string story;
  std::string text;
  std::string date;
  std::vector<Citation> citations;
};

struct QuestionResolved {
  std::string question;  // the question's id
  std::string story;
  std::string answer;
  std::string date;
  std::vector<Citation> citations;
};

struct CorrectionRecorded {
  std::string story;
  std::string target;      // "fig-…" or "clm-…"
  std::string field;       // figures: value, value_high, unit, per, kind, approx, metric;
                           // claims: speaker, verb, date
  std::string value_json;  // the new value as one JSON value (a number, a string, null)
  std::string reason;
  std::vector<Citation> citations;
};

struct RetractionRecorded {
  std::string story;
  std::string target;  // "fig-…" or "clm-…"
  std::string reason;
  std::vector<Citation> citations;
};

// What a figure measures, as a person labels it: any of its metric, subject and period (at least
// one), each replacing what the extractor read.
struct MetricLabeled {
  std::string story;
  std::string figure;                  // "fig-…"
  std::optional<std::string> metric;   // "capital expenditure"
  std::optional<std::string> subject;  // "Amazon"
  std::optional<std::string> period;   // "2026", "Q3 2025", "FY2026" (tests/labels/figures/news/README.md)
};

struct EditorNoteRecorded {
  std::string story;
  std::string section;  // "what" or "why_it_matters"
  std::string text;
  std::vector<Citation> citations;
};

std::string EncodePayload(const ActorDefined& p);
std::string EncodePayload(const PerspectiveRecorded& p);
std::string EncodePayload(const TensionRecorded& p);
std::string EncodePayload(const QuestionOpened& p);
std::string EncodePayload(const QuestionResolved& p);
std::string EncodePayload(const CorrectionRecorded& p);
std::string EncodePayload(const RetractionRecorded& p);
std::string EncodePayload(const MetricLabeled& p);
std::string EncodePayload(const EditorNoteRecorded& p);

Result<ActorDefined> DecodeActorDefined(std::string_view payload);
Result<PerspectiveRecorded> DecodePerspectiveRecorded(std::string_view payload);
Result<TensionRecorded> DecodeTensionRecorded(std::string_view payload);
Result<QuestionOpened> DecodeQuestionOpened(std::string_view payload);
Result<QuestionResolved> DecodeQuestionResolved(std::string_view payload);
Result<CorrectionRecorded> DecodeCorrectionRecorded(std::string_view payload);
Result<RetractionRecorded> DecodeRetractionRecorded(std::string_view payload);
Result<MetricLabeled> DecodeMetricLabeled(std::string_view payload);
Result<EditorNoteRecorded> DecodeEditorNoteRecorded(std::string_view payload);

}  // namespace dossier
