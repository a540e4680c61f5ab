#include <fmt/format.h>

#include "cli/command.h"

namespace dossier::cli {

int RunInit(Context& context) {
  if (!context.args.positional().empty()) {
    PrintError("init takes no arguments; give the directory with --store DIR");
    return kExitUsage;
  }
  Status created = EventStore::Create(context.store_dir);
  if (!created.ok()) return Fail(created);
  Print("created an empty dossier store in {}\n", context.store_dir);
  return kExitOk;
}

}  // namespace dossier::cli
