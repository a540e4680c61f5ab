#include "util/ids.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

#include "util/sha256.h"

namespace dossier {

std::string NewCorrelationId() {
  std::array<uint8_t, 16> bytes;
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    // Without entropy there is nothing sensible to record; this ends the command.
    throw std::runtime_error("the system's random generator failed");
  }
  return ToHex(bytes.data(), bytes.size());
}

}  // namespace dossier
