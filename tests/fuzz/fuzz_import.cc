// Fuzz target: an export as import reads and proves it (everything verify proves) before writing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "audit/export.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)dossier::ParseExport(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
