// Citations written by quote: an annotation file may cite {"source", "quote"} (and optionally
// "version") instead of counting bytes; the span is where the quote stands in that version's text
// (the newest when no version is named). A quote must be found exactly once: found twice, the
// editor quotes more words; found nowhere, the text says so and lists where other versions hold it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/figure.h"
#include "dossier/status.h"

namespace dossier {

// Every place `quote` stands in `text` (overlapping ones too), by offset.
std::vector<ByteSpan> FindQuote(std::string_view text, std::string_view quote);

// The one span of `quote` in `text`, or an InvalidInput naming `path` (the citation's JSON path),
// `where` ("source 3f2a… v2") and the places found. `elsewhere` lists, for a quote found nowhere,
// the other versions that hold it ("v1 at 120–145").
Result<ByteSpan> LocateQuote(std::string_view text, std::string_view quote, const std::string& path,
                             const std::string& where, const std::vector<std::string>& elsewhere);

}  // namespace dossier
