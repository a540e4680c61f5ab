// dossier import: replay an export into an empty store, all of it or nothing.
#include <fstream>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "audit/export.h"
#include "cli/command.h"
#include "project/proj_sources.h"

namespace dossier::cli {

int RunImport(Context& context) {
  if (context.args.positional().size() != 1) {
    PrintError("import needs one FILE (an export), or - for standard input");
    return kExitUsage;
  }
  const std::string& input = context.args.positional()[0];
  std::string bytes;
  if (input == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(input, std::ios::binary);
    if (!in) return Fail(Status::InvalidInput(fmt::format("{}: cannot be read", input)));
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadWrite);
  if (!store) return kExitStore;
  if (store->head_position() != 0) {
    return Fail(Status::InvalidInput(fmt::format("store {} already holds {} events; import needs an empty store "
                                                 "(`dossier --store NEW init`)", context.store_dir,
                                                 store->head_position())));
  }
  Result<ParsedExport> parsed = ParseExport(bytes);
  if (!parsed.ok()) return Fail(parsed.status().WithContext(input));
  if (Status imported = store->Import(parsed->events, parsed->blobs); !imported.ok()) {
    return Fail(imported.WithContext(input));
  }
  SourcesProjection sources;
  if (Status built = Rebuild(store.get(), &sources); !built.ok()) return Fail(built);
  Print("imported {} events and {} texts; chain head {}\n", parsed->events.size(), parsed->blobs.size(),
        store->chain_head());
  return kExitOk;
}

}  // namespace dossier::cli
