// Escaping for the terminal, in one place: every byte dossier prints that it did not write itself
// (arguments, file names, JSON, stored article text) reaches a terminal through this, error messages
// included (cli::PrintError escapes the whole message).
//
// C0 and C1 control characters other than newline and tab, and DEL, become visible escapes
// (\x1b, \u009b), so that no input can drive the terminal (colours, titles, OSC links, the bell);
// bytes that are not well-formed UTF-8 become \xNN; bidirectional controls (util/bidi_controls.h)
// become \u202e. Everything else, all of Unicode's text, passes unchanged.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

std::string EscapeForTerminal(std::string_view text);

}  // namespace dossier
