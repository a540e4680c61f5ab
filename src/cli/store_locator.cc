#include "cli/store_locator.h"

#include <cstdlib>
#include <filesystem>

namespace dossier::cli {

namespace fs = std::filesystem;

std::optional<std::string> LocateStore(const std::optional<std::string>& flag) {
  if (flag) return flag;
  if (const char* env = std::getenv("DOSSIER_STORE"); env != nullptr && *env != '\0') return std::string(env);
  std::error_code error;
  for (fs::path dir = fs::current_path(error); !error && !dir.empty(); dir = dir.parent_path()) {
    fs::path candidate = dir / kStoreDirName;
    // Its own error code: a missing candidate reports ENOENT, which must not end the walk up.
    std::error_code missing;
    if (fs::is_directory(candidate, missing)) return candidate.string();
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

std::string StoreToCreate(const std::optional<std::string>& flag) {
  if (flag) return *flag;
  if (const char* env = std::getenv("DOSSIER_STORE"); env != nullptr && *env != '\0') return env;
  return kStoreDirName;
}

}  // namespace dossier::cli
