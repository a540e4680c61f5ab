// Random identifiers, from OpenSSL's generator.
#pragma once

#include <string>

namespace dossier {

// 32 lowercase hex digits (128 random bits): the correlation id shared by one command's events.
std::string NewCorrelationId();

}  // namespace dossier
