#include "cli/terminal_out.h"

#include <string>

#include "util/terminal_escape.h"

namespace dossier::cli {

void WriteEscaped(std::FILE* stream, std::string_view text) {
  const std::string escaped = EscapeForTerminal(text);
  std::fwrite(escaped.data(), 1, escaped.size(), stream);
}

}  // namespace dossier::cli
