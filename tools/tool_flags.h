// What the benchmark tools under tools/ share on their command lines: failing with the tool's name,
// and reading the positive number that follows a flag.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

// Prints "TOOL: MESSAGE" on stderr and exits 1.
[[noreturn]] inline void FailTool(const char* tool, const std::string& message) {
  std::fprintf(stderr, "%s: %s\n", tool, message.c_str());
  std::exit(1);
}

// The positive number after the flag at argv[*i]; advances *i past it. Fails naming the flag.
inline uint64_t PositiveNumberFlag(const char* tool, int argc, char** argv, int* i) {
  const std::string flag = argv[*i];
  if (*i + 1 >= argc) FailTool(tool, fmt::format("{} needs a number", flag));
  const char* text = argv[++*i];
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  if (*end != '\0' || value == 0) FailTool(tool, fmt::format("{}: `{}` is not a positive number", flag, text));
  return value;
}
