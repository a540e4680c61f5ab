// Where the store lives: --store DIR, else $DOSSIER_STORE, else a .dossier/ directory in the
// current directory or the nearest parent that has one (as git finds .git/).
#pragma once

#include <optional>
#include <string>

namespace dossier::cli {

inline constexpr const char* kStoreDirName = ".dossier";

// The store directory for a command, or nullopt when none is given and none is found.
std::optional<std::string> LocateStore(const std::optional<std::string>& flag);

// Where `dossier init` creates a store: --store, else $DOSSIER_STORE, else ./.dossier.
std::string StoreToCreate(const std::optional<std::string>& flag);

}  // namespace dossier::cli
