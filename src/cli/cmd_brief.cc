// dossier brief STORY [--format md|json|html] [--as-of DATE] [--known-at P]: the story's briefing;
// dossier brief check STORY: prove its numbers, citations and figures. The versions (--publish,
// history, show, diff) are in cmd_brief_versions.cc.
//
// The first positional names a subcommand from kSubcommands, else it is the story; the formats
// are kFormats. Both tables are where later subcommands and formats go.
#include <fmt/format.h>

#include "audit/trace.h"
#include "brief/briefing_check.h"
#include "brief/render_html.h"
#include "brief/render_json.h"
#include "brief/render_markdown.h"
#include "cli/brief_commands.h"
#include "cli/story_output.h"
#include "project/source_reader.h"

namespace dossier::cli {
namespace {

// The JSON on one line of its own, as every --json output is printed.
std::string RenderBriefingJsonLine(const Briefing& briefing) { return RenderBriefingJson(briefing) + "\n"; }

const BriefFormat kFormats[] = {
    {"md", RenderBriefingMarkdown},
    {"json", RenderBriefingJsonLine},
    {"html", RenderBriefingHtml},
};

}  // namespace

// Assembles the briefing of `slug` for `use`; see brief_commands.h.
std::unique_ptr<LoadedBriefing> LoadBriefingOrFail(const Context& context, const std::string& slug, BriefingUse use,
                                                   int* exit_code) {
  Result<TimeFilter> filter = TimeFilter::Parse(context.args.Get("as-of"), context.args.Get("known-at"),
                                                context.args.Has("dated-only"));
  if (!filter.ok()) {
    PrintError(filter.status().message());
    *exit_code = kExitUsage;
    return nullptr;
  }
  auto loaded = std::make_unique<LoadedBriefing>();
  loaded->store = context.OpenStore(use == BriefingUse::kPublish ? OpenMode::kReadWrite : OpenMode::kReadOnly);
  if (!loaded->store) {
    *exit_code = kExitStore;
    return nullptr;
  }
  Status status = [&]() -> Status {
    // Only the story's rows: its own, its sources' and what they cite.
    DOSSIER_ASSIGN_OR_RETURN(loaded->sources, OpenSources(loaded->store.get()));
    DOSSIER_RETURN_IF_ERROR(loaded->sources.LoadStory(slug));
    DOSSIER_ASSIGN_OR_RETURN(loaded->views, LoadStoryViewsOf(loaded->store.get(), *filter, slug));
    BriefingPoint point;
    DOSSIER_ASSIGN_OR_RETURN(point, FindBriefingPoint(*loaded->store, *filter));
    if (use == BriefingUse::kPublish) point.recorded_at = context.clock->NowUtc();  // the header says when published
    DOSSIER_ASSIGN_OR_RETURN(loaded->briefing, AssembleBriefing(slug, loaded->sources, *loaded->views, *loaded->store, point));
    return Status::OK();
  }();
  if (!status.ok()) {
    *exit_code = Fail(status);
    return nullptr;
  }
  return loaded;
}

const BriefFormat* FormatOrFail(const Context& context) {
  const std::string format_name = context.json ? "json" : context.args.Get("format").value_or("md");
  std::string names;
  for (const BriefFormat& f : kFormats) {
    if (format_name == f.name) return &f;
    names += (names.empty() ? "" : ", ") + std::string(f.name);
  }
  PrintError(fmt::format("--format: unknown format `{}` (one of: {})", OneLine(format_name), names));
  return nullptr;
}

namespace {

int RunRender(Context& context, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    PrintError("brief takes one STORY (`dossier brief STORY`, `dossier brief check STORY`)");
    return kExitUsage;
  }
  if (context.args.Has("publish")) return RunBriefPublish(context, args);
  const BriefFormat* format = FormatOrFail(context);
  if (!format) return kExitUsage;
  int exit_code = kExitOk;
  std::unique_ptr<LoadedBriefing> loaded = LoadBriefingOrFail(context, args[0], BriefingUse::kRead, &exit_code);
  if (!loaded) return exit_code;
  Print("{}", format->render(loaded->briefing));
  return kExitOk;
}

int RunCheck(Context& context, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    PrintError("brief check takes one STORY");
    return kExitUsage;
  }
  int exit_code = kExitOk;
  std::unique_ptr<LoadedBriefing> loaded = LoadBriefingOrFail(context, args[0], BriefingUse::kRead, &exit_code);
  if (!loaded) return exit_code;
  const BriefingCheck check =
      CheckBriefing(loaded->briefing, *loaded->store, loaded->views->figures, loaded->sources);
  for (const BriefingProblem& p : check.problems) Print("{}: {}\n", OneLine(p.where), OneLine(p.message));
  if (check.problems.empty()) {
    Print("ok: {} lines, every number marked and every citation among the {} sources; {} figures and {} quotations "
          "re-read from their sources\n", check.lines, loaded->briefing.sources.size(), check.figures, check.quotes);
    return kExitOk;
  }
  Print("{} problem{}\n", check.problems.size(), check.problems.size() == 1 ? "" : "s");
  return check.altered() ? kExitIntegrity : kExitFailed;
}

struct Subcommand {
  const char* name;
  int (*run)(Context& context, const std::vector<std::string>& args);  // args: the positionals after it
};
const Subcommand kSubcommands[] = {
    {"check", RunCheck},
    {"history", RunBriefHistory},
    {"show", RunBriefShow},
    {"diff", RunBriefDiff},
};

}  // namespace

int RunBrief(Context& context) {
  const std::vector<std::string>& positional = context.args.positional();
  if (!positional.empty()) {
    for (const Subcommand& s : kSubcommands) {
      if (positional[0] == s.name) return s.run(context, {positional.begin() + 1, positional.end()});
    }
  }
  return RunRender(context, positional);
}

}  // namespace dossier::cli
