// Where everything a command prints goes: standard output and standard error, each written only
// through the one terminal escape (util/terminal_escape.h), whatever the text holds: stored
// article bytes, titles, outlets, URLs, actor names, quotes, annotation text, file names,
// arguments. A whole formatted message is escaped, so no field of it can be forgotten.
//
// Text dossier writes itself (newlines, tabs, Unicode) passes unchanged. On --json output the
// escape only ever meets C1 and bidirectional controls inside strings (the JSON writer already
// escapes C0 and DEL) and turns them into `\u009b`, `\u202e`: JSON escapes of the same characters,
// so the JSON read back is the same. Not escaped: files written with --output (Markdown, HTML,
// JSON, exports, as they are) and `show --raw`, the stored text byte for byte on request.
#pragma once

#include <cstdio>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace dossier::cli {

// Writes `text` to `stream` through EscapeForTerminal.
void WriteEscaped(std::FILE* stream, std::string_view text);

template <typename... Args>
void Print(fmt::format_string<Args...> format, Args&&... args) {
  WriteEscaped(stdout, fmt::format(format, std::forward<Args>(args)...));
}

template <typename... Args>
void PrintTo(std::FILE* stream, fmt::format_string<Args...> format, Args&&... args) {
  WriteEscaped(stream, fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace dossier::cli
