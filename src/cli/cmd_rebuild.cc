// dossier rebuild [PROJECTION…]: rebuilds projections from the first event and reports whether
// each rebuilt state is byte for byte what had been stored.
#include <fmt/format.h>

#include "cli/command.h"
#include "project/rebuild.h"
#include "util/json_writer.h"

namespace dossier::cli {

int RunRebuild(Context& context) {
  std::vector<std::string> names;
  for (const auto& p : AllProjections()) names.emplace_back(p->name());
  for (const std::string& asked : context.args.positional()) {
    if (std::find(names.begin(), names.end(), asked) != names.end()) continue;
    std::optional<std::string> close = ClosestName(asked, names);
    std::string known;
    for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
    PrintError(fmt::format("no projection `{}`{} (projections: {})", asked, close ? "; did you mean `" + *close + "`?" : "",
                           known));
    return kExitUsage;
  }
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadWrite);
  if (!store) return kExitStore;

  // The projections are derived data: when their stored state cannot be read (damaged files), it is
  // dropped whole, unread, and every projection is rebuilt from the log.
  bool dropped_damaged_state = false;
  Result<std::vector<RebuildCheck>> rebuilt = RebuildAndCompare(store.get(), context.args.positional());
  if (!rebuilt.ok() && rebuilt.status().code() == Status::Code::kCorruption) {
    PrintWarning(fmt::format("{}; dropping the stored state of every projection and rebuilding it from the log",
                             rebuilt.status().message()));
    if (Status dropped = store->DropProjections(); !dropped.ok()) return Fail(dropped);
    dropped_damaged_state = true;
    rebuilt = RebuildAndCompare(store.get(), {});
  }
  if (!rebuilt.ok()) return Fail(rebuilt.status());
  const std::vector<RebuildCheck>& checks = *rebuilt;
  bool all_identical = true;
  for (const RebuildCheck& c : checks) all_identical = all_identical && c.identical;
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("position").Uint(store->head_position()).Key("dropped_damaged_state")
        .Bool(dropped_damaged_state).Key("projections").BeginArray();
    for (const RebuildCheck& c : checks) {
      w.BeginObject().Key("name").String(c.projection).Key("stored_keys").Uint(c.stored_keys)
          .Key("rebuilt_keys").Uint(c.rebuilt_keys).Key("identical").Bool(c.identical).Key("differing_keys").BeginArray();
      for (const std::string& key : c.differing_keys) w.String(key);
      w.EndArray().EndObject();
    }
    w.EndArray().EndObject();
    Print("{}\n", w.str());
  } else {
    for (const RebuildCheck& c : checks) {
      Print("{:<10}  {:>6} keys  {}\n", c.projection, c.rebuilt_keys,
            c.identical ? "identical to the stored state" : fmt::format("DIFFERS from the stored state ({} stored keys)", c.stored_keys));
      for (const std::string& key : c.differing_keys) Print("    differs: {}\n", key);
    }
    Print("rebuilt {} projection{} at position {}\n", checks.size(), checks.size() == 1 ? "" : "s",
          store->head_position());
  }
  return all_identical ? kExitOk : kExitIntegrity;
}

}  // namespace dossier::cli
