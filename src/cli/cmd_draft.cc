// dossier draft STORY [--output FILE]: the annotation file an editor confirms instead of writing one
// (src/brief/draft.h): proposed actors, perspectives, questions, tensions, metric labels and notes,
// only what is new since the story's last annotation.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "brief/draft.h"
#include "cli/story_output.h"

namespace dossier::cli {

int RunDraft(Context& context) {
  if (context.args.positional().size() != 1) {
    PrintError("draft takes one STORY (`dossier draft STORY [--output FILE]`)");
    return kExitUsage;
  }
  const std::string& slug = context.args.positional()[0];
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadOnly);
  if (!store) return kExitStore;
  Result<TimeFilter> filter = TimeFilter::Parse(std::nullopt, std::nullopt);
  // The story's rows and what they cite, not every story's.
  Result<std::unique_ptr<StoryViews>> views = LoadStoryViewsOf(store.get(), *filter, slug);
  if (!views.ok()) return Fail(views.status());
  Result<Draft> draft = DraftAnnotations(slug, **views, *store, context.clock->NowUtc().substr(0, 10));
  if (!draft.ok()) return Fail(draft.status());

  std::optional<std::string> path = context.args.Get("output");
  if (path) {
    std::FILE* out = std::fopen(path->c_str(), "wb");
    if (out == nullptr) return Fail(Status::IOError(fmt::format("{}: {}", *path, std::strerror(errno))));
    const bool written = std::fwrite(draft->json.data(), 1, draft->json.size(), out) == draft->json.size();
    if (std::fclose(out) != 0 || !written) return Fail(Status::IOError(fmt::format("{}: cannot write", *path)));
  } else {
    Print("{}", draft->json);
  }
  const DraftCounts& n = draft->counts;
  const std::string since = n.since == 0 ? "no annotation of the story yet"
                                         : fmt::format("new since the last annotation, at log position {}", n.since);
  PrintTo(stderr,
          "proposed ({}): {} actors, {} perspectives, {} questions, {} tensions, {} metric labels, {} notes to "
          "write\n",
          since, n.actors, n.perspectives, n.questions, n.tensions, n.metric_labels, n.notes);
  if (path) {
    PrintTo(stderr, "edit {0} (confirm: delete \"proposed\"; reword; change a stance; delete what is wrong), then "
                    "`dossier annotate {0}`\n", *path);
  }
  return kExitOk;
}

}  // namespace dossier::cli
