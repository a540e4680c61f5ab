// SHA-256 through OpenSSL's libcrypto (never written by hand), as lowercase hex.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dossier {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest Sha256(std::string_view bytes);
// The digest of the concatenation of `parts`, without building it.
Sha256Digest Sha256(std::initializer_list<std::string_view> parts);
std::string Sha256Hex(std::string_view bytes);
std::string ToHex(const uint8_t* bytes, size_t n);

// True when `s` is 64 lowercase hex digits, the form every stored hash takes.
bool IsSha256Hex(std::string_view s);

}  // namespace dossier
