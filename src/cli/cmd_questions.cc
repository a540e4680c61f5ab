// dossier questions [--all] [--story S]: the open questions (curated), and with --all the resolved
// ones and the questions extraction found in the sources; with --story only that story's, read
// from its rows alone.
#include <set>

#include <fmt/format.h>

#include "cli/story_output.h"

namespace dossier::cli {

int RunQuestions(Context& context) {
  int exit_code = kExitOk;
  std::unique_ptr<StoryViews> views = LoadViewsOrFail(context, &exit_code);
  if (!views) return exit_code;
  const bool all = context.args.Has("all");
  const std::optional<std::string> story = context.args.Get("story");

  std::vector<const QuestionEntry*> curated;
  for (const QuestionEntry& q : views->questions) {
    if ((all || !q.resolution) && (!story || q.opened.story == *story)) curated.push_back(&q);
  }
  // Extracted candidate questions: from each source's newest extraction (with --story, of the
  // story's sources known then), dated by the source.
  std::vector<std::pair<CitedSpan, std::optional<std::string>>> extracted;
  if (all) {
    Result<std::vector<SourceClaims>> extractions = views->claims_projection.Extractions(views->filter);
    if (!extractions.ok()) return Fail(extractions.status());
    std::set<std::string> in_story;
    if (story) {
      Result<std::vector<KnownSource>> known = views->timeline_projection.KnownSources(views->filter, story);
      if (!known.ok()) return Fail(known.status());
      for (const KnownSource& s : *known) in_story.insert(s.recorded.source_id);
    }
    for (const SourceClaims& source : *extractions) {
      if (story && in_story.count(source.extracted.source_id) == 0) continue;
      if (!views->filter.SaidBy(source.extracted.published)) continue;
      for (const ExtractedQuestion& q : source.extracted.questions) {
        CitedSpan cited;
        cited.source_id = source.extracted.source_id;
        cited.version = source.extracted.source_version;
        cited.span = q.span;
        cited.quote = q.text;
        extracted.emplace_back(std::move(cited), source.extracted.published);
      }
    }
  }

  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const QuestionEntry* q : curated) {
      w.BeginObject().Key("id").String(q->opened.id).Key("origin").String("curated").Key("story").String(q->opened.story)
          .Key("text").String(q->opened.text).Key("date").String(q->opened.date)
          .Key("status").String(q->resolution ? "resolved" : "open").Key("position").Uint(q->position).Key("citations");
      WriteCitationsJson(w, views->resolver->ResolveAll(q->opened.citations));
      w.Key("resolution");
      if (q->resolution) {
        w.BeginObject().Key("answer").String(q->resolution->answer).Key("date").String(q->resolution->date)
            .Key("position").Uint(q->resolved_position).Key("citations");
        WriteCitationsJson(w, views->resolver->ResolveAll(q->resolution->citations));
        w.EndObject();
      } else {
        w.Null();
      }
      w.EndObject();
    }
    for (const auto& [cited, date] : extracted) {
      w.BeginObject().Key("origin").String("extracted").Key("text").String(cited.quote).Key("date").OptionalString(date)
          .Key("status").String("candidate").Key("citations");
      WriteCitationsJson(w, {cited});
      w.EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const QuestionEntry* q : curated) {
    Print("{}  {}  {} (curated, {})\n    {}\n", OneLine(q->opened.id), q->opened.date,
          q->resolution ? "resolved" : "open", OneLine(q->opened.story), OneLine(q->opened.text));
    PrintCitations(views->resolver->ResolveAll(q->opened.citations), "    ");
    if (q->resolution) {
      Print("    answered {}: {}\n", q->resolution->date, OneLine(q->resolution->answer));
      PrintCitations(views->resolver->ResolveAll(q->resolution->citations), "      ");
    }
  }
  for (const auto& [cited, date] : extracted) {
    Print("candidate  {}  (extracted)\n    {}\n", date ? date->substr(0, 10) : "undated", FormatCitation(cited));
  }
  Print("{} question{}{}\n", curated.size(), curated.size() == 1 ? "" : "s",
        all ? fmt::format(", {} candidate{} extracted", extracted.size(), extracted.size() == 1 ? "" : "s")
            : std::string(" open"));
  return kExitOk;
}

}  // namespace dossier::cli
