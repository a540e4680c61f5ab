#include "util/sha256.h"

#include <openssl/evp.h>

namespace dossier {

// OpenSSL 3's one-shot SHA256() looks the digest up and makes a context at every call, which costs
// more than hashing a figure's id or an event: every digest goes through the thread's one context.
Sha256Digest Sha256(std::string_view bytes) { return Sha256({bytes}); }

Sha256Digest Sha256(std::initializer_list<std::string_view> parts) {
  // One context per thread: creating an EVP context costs more than hashing a small event. The
  // digest is fetched once too: EVP_sha256() makes OpenSSL 3 look it up again at every init.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local EVP_MD_CTX* context = EVP_MD_CTX_new();
  Sha256Digest digest;
  EVP_DigestInit_ex(context, sha256, nullptr);
  for (std::string_view part : parts) EVP_DigestUpdate(context, part.data(), part.size());
  EVP_DigestFinal_ex(context, digest.data(), nullptr);
  return digest;
}

std::string ToHex(const uint8_t* bytes, size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    hex[2 * i] = kDigits[bytes[i] >> 4];
    hex[2 * i + 1] = kDigits[bytes[i] & 0xf];
  }
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  Sha256Digest digest = Sha256(bytes);
  return ToHex(digest.data(), digest.size());
}

bool IsSha256Hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace dossier
