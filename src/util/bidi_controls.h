// The Unicode characters that open or close a bidirectional embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069). Untrusted text holding one can reorder what a reader sees
// around it ("Trojan Source"), so every escape for output (terminal_escape, html_escape) shows them
// as their code point instead. The marks (LRM, RLM, ALM) change no order beyond themselves and pass.
#pragma once

#include <cstdint>

namespace dossier {

inline bool IsBidiControl(int32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

}  // namespace dossier
