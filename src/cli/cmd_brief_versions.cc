// The versions of `dossier brief`: STORY --publish, history STORY, show STORY --version N,
// diff STORY N M (brief/briefing_versions.h, brief/briefing_diff.h).
#include <fmt/format.h>

#include "brief/briefing_diff.h"
#include "brief/briefing_versions.h"
#include "cli/brief_commands.h"
#include "cli/story_output.h"
#include "util/ids.h"
#include "util/json_writer.h"

namespace dossier::cli {
namespace {

// NotFound naming `slug` when there is no such story.
Status StoryKnown(const EventStore& store, const std::string& slug) {
  uint64_t story_events = 0;
  DOSSIER_ASSIGN_OR_RETURN(story_events, store.StreamVersion(StoryStream(slug)));
  if (story_events == 0) return Status::NotFound(fmt::format("no story `{}`", OneLine(slug)));
  return Status::OK();
}

// Version `n` of the story's briefing, read back and proven (NotFound, or Corruption: exit 4).
Result<Briefing> ReadVersion(const EventStore& store, const std::string& slug, uint64_t n,
                             PublishedBriefing* version) {
  DOSSIER_RETURN_IF_ERROR(StoryKnown(store, slug));
  DOSSIER_ASSIGN_OR_RETURN(*version, FindPublishedBriefing(store, slug, n));
  return ReadPublishedBriefing(store, *version);
}

// A version number given as an argument: a whole number (as --version N takes), else a usage error.
std::optional<uint64_t> VersionArgument(const std::string& text, const char* what) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    PrintError(fmt::format("brief diff: {} `{}`: expected a version number (1, 2, …)", what, OneLine(text)));
    return std::nullopt;
  }
  return std::stoull(text);
}

std::string Citations(const std::vector<int>& citations) {
  std::string out;
  for (int n : citations) out += fmt::format("[{}]", n);
  return out;
}

std::string TextLine(const BriefText& t) {
  return t.citations.empty() ? OneLine(t.text) : OneLine(t.text) + " " + Citations(t.citations);
}

std::string SourceLine(const BriefSource& s) {
  std::string line = fmt::format("[{}] {}", s.number, OneLine(s.title));
  if (s.outlet) line += " — " + OneLine(*s.outlet);
  if (s.published) line += fmt::format(" ({})", OneLine(*s.published));
  return line + fmt::format(" · source {}@{}", s.source_id, s.version);
}

std::string FigureLine(const BriefFigure& f) {
  return fmt::format("{} · {} · [{}] · {}\n      \"{}\"", OneLine(f.surface), f.kind, f.source_number, f.id,
                     OneLine(f.sentence));
}

std::string SideLine(const BriefingDiff::Side& side) {
  return fmt::format("Version {} ({}, log position {}, {} sources)", side.version, side.timestamp, side.log_position,
                     side.sources);
}

template <typename T, typename Line>
void PrintSection(const char* heading, const std::vector<T>& items, Line line) {
  if (items.empty()) return;
  Print("\n{}\n", heading);
  for (const T& item : items) Print("  {}\n", line(item));
}

void PrintDiff(const BriefingDiff& diff) {
  Print("Briefing {}: {} → {}\n", diff.to.story, SideLine(diff.from), SideLine(diff.to));
  if (diff.empty()) {
    Print("\nNo changes.\n");
    return;
  }
  PrintSection("New sources", diff.new_sources, SourceLine);
  PrintSection("Revised sources", diff.revised_sources, [](const BriefingDiff::RevisedSource& r) {
    return fmt::format("{}: version {} → {}", SourceLine(r.after), r.before.version, r.after.version);
  });
  PrintSection("New figures", diff.new_figures, FigureLine);
  PrintSection("Removed figures", diff.removed_figures, FigureLine);
  PrintSection("Changed figures", diff.changed_figures, [](const BriefingDiff::ChangedFigure& c) {
    auto surfaces = [](const std::vector<BriefFigure>& figures) {
      std::string out;
      for (const BriefFigure& f : figures) out += (out.empty() ? "" : ", ") + OneLine(f.surface);
      return out;
    };
    const BriefFigure& after = c.after.front();
    const std::string what = after.metric ? OneLine(*after.metric) : OneLine(after.surface);
    return fmt::format("[{}] {}: {} → {}", after.source_number, what, surfaces(c.before), surfaces(c.after));
  });
  PrintSection("Stance shifts", diff.stance_shifts, [](const BriefingDiff::StanceShift& s) {
    const std::string from = s.from ? OneLine(*s.from) + " → " : "";
    return fmt::format("{} on {}, {}: {}{} ({}): {}", OneLine(s.name), OneLine(s.point.topic), s.point.date, from,
                       OneLine(s.point.stance), OneLine(s.point.change), TextLine(s.point.summary));
  });
  PrintSection("Questions opened", diff.questions_opened, TextLine);
  PrintSection("Questions resolved (no longer open)", diff.questions_resolved, TextLine);
  PrintSection("New tensions", diff.new_tensions, TextLine);
}

}  // namespace

int RunBriefPublish(Context& context, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    PrintError("brief --publish takes one STORY");
    return kExitUsage;
  }
  if (context.args.Has("as-of") || context.args.Has("known-at") || context.args.Has("dated-only")) {
    PrintError("brief --publish publishes the briefing at the head of the log: it takes no --as-of, --known-at or --dated-only");
    return kExitUsage;
  }
  const BriefFormat* format = FormatOrFail(context);
  if (!format) return kExitUsage;
  int exit_code = kExitOk;
  std::unique_ptr<LoadedBriefing> loaded = LoadBriefingOrFail(context, args[0], BriefingUse::kPublish, &exit_code);
  if (!loaded) return exit_code;
  Result<std::optional<PublishedBriefing>> last = LastPublishedBriefing(*loaded->store, args[0]);
  if (!last.ok()) return Fail(last.status());
  Result<PublishOutcome> outcome =
      PublishBriefing(loaded->store.get(), std::move(loaded->briefing), *last, context.user, NewCorrelationId());
  if (!outcome.ok()) return Fail(outcome.status());
  if (!outcome->recorded) {
    if (std::string_view(format->name) == "json") {
      JsonWriter w;
      w.BeginObject().Key("story").String(args[0]).Key("unchanged").Bool(true).Key("version").Uint(outcome->version)
          .Key("position").Uint(outcome->position).EndObject();
      Print("{}\n", w.str());
    } else {
      Print("unchanged: Version {} is current\n", outcome->version);
    }
    return kExitOk;
  }
  // The Markdown printed is the Markdown hashed.
  const std::string rendered =
      std::string_view(format->name) == "md" ? outcome->markdown : format->render(outcome->briefing);
  Print("{}", rendered);
  return kExitOk;
}

int RunBriefHistory(Context& context, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    PrintError("brief history takes one STORY");
    return kExitUsage;
  }
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  if (Status known = StoryKnown(*store, args[0]); !known.ok()) return Fail(known);
  Result<std::vector<PublishedBriefing>> versions = ListPublishedBriefings(*store, args[0]);
  if (!versions.ok()) return Fail(versions.status());
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("story").String(args[0]).Key("versions").BeginArray();
    for (const PublishedBriefing& v : *versions) {
      const BriefingPublished& p = v.published;
      w.BeginObject().Key("version").Uint(p.version).Key("published_at").String(v.recorded_at)
          .Key("recorded_by").String(v.recorded_by).Key("position").Uint(v.position)
          .Key("log_position").Uint(p.log_position).Key("sources").Uint(p.sources)
          .Key("content_sha256").String(p.content_sha256).Key("markdown_sha256").String(p.markdown_sha256)
          .Key("briefing_sha256").String(p.briefing_sha256).Key("renderer").Uint(p.renderer).EndObject();
    }
    w.EndArray().EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  if (versions->empty()) {
    Print("{}: no version published yet (`dossier brief {} --publish` publishes one)\n", args[0], args[0]);
    return kExitOk;
  }
  Print("{:>7}  {:<24}  {:<16}  {:>12}  {:>7}  {}\n", "version", "published (UTC)", "by", "log position",
        "sources", "content SHA-256");
  for (const PublishedBriefing& v : *versions) {
    const BriefingPublished& p = v.published;
    Print("{:>7}  {:<24}  {:<16}  {:>12}  {:>7}  {}\n", p.version, v.recorded_at, OneLine(v.recorded_by),
          p.log_position, p.sources, p.content_sha256);
  }
  return kExitOk;
}

int RunBriefShow(Context& context, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    PrintError("brief show takes one STORY and --version N");
    return kExitUsage;
  }
  Result<std::optional<uint64_t>> number = context.args.GetCount("version");
  if (!number.ok() || !number->has_value()) {
    PrintError(number.ok() ? "brief show needs --version N (`dossier brief history STORY` lists them)"
                           : number.status().message());
    return kExitUsage;
  }
  const BriefFormat* format = FormatOrFail(context);
  if (!format) return kExitUsage;
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  PublishedBriefing version;
  Result<Briefing> briefing = ReadVersion(*store, args[0], **number, &version);
  if (!briefing.ok()) return Fail(briefing.status());
  // The Markdown by the renderer that published it, proven against the hash published.
  Result<std::string> rendered =
      std::string_view(format->name) == "md" ? RenderPublishedMarkdown(version, *briefing) : format->render(*briefing);
  if (!rendered.ok()) return Fail(rendered.status());
  Print("{}", *rendered);
  return kExitOk;
}

int RunBriefDiff(Context& context, const std::vector<std::string>& args) {
  if (args.size() != 3) {
    PrintError("brief diff takes a STORY and two version numbers: `dossier brief diff STORY N M`");
    return kExitUsage;
  }
  const std::optional<uint64_t> from = VersionArgument(args[1], "N"), to = VersionArgument(args[2], "M");
  if (!from || !to) return kExitUsage;
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Briefing briefings[2];
  for (int i = 0; i < 2; ++i) {
    PublishedBriefing version;
    Result<Briefing> briefing = ReadVersion(*store, args[0], i == 0 ? *from : *to, &version);
    if (!briefing.ok()) return Fail(briefing.status());
    briefings[i] = std::move(*briefing);
  }
  const BriefingDiff diff = DiffBriefings(briefings[0], briefings[1]);
  if (context.json) {
    Print("{}\n", RenderBriefingDiffJson(diff));
  } else {
    PrintDiff(diff);
  }
  return kExitOk;
}

}  // namespace dossier::cli
