// Fuzz target: an annotation file as annotate parses it (before it is checked against a store).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/annotation_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)dossier::ParseAnnotationFile(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
