// Hand-label files and the texts they label, shared by the figure and claim scorers.
//
// Labels live in tests/labels/<kind>/corpus/NAME.jsonl (labelling the "text" of corpus/NAME.json)
// and tests/labels/<kind>/heldout/NAME.jsonl (labelling the bytes of NAME.txt beside it), one JSON
// object per line.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/figure.h"  // ByteSpan
#include "dossier/status.h"
#include "util/json_object.h"

namespace dossier {

// The text a label file labels: for `…/corpus/NAME.jsonl` the "text" of `corpus/NAME.json`
// (under `source_dir`), for any other `DIR/NAME.jsonl` the bytes of `DIR/NAME.txt`, or, where there
// is none, the "text" of the article `DIR/NAME.json` (schemas/article.schema.json).
Result<std::string> ReadLabelledText(const std::string& label_path, const std::string& source_dir);

// The JSON object in the file at `path`. Fails with NotFound when it cannot be opened, and with the
// parse error prefixed with the path when it is not one JSON object.
Result<JsonObject> ReadJsonObjectFile(const std::string& path);

// The *.jsonl files of a folder, sorted; none if it does not exist.
std::vector<std::string> LabelFilesIn(const std::string& folder);

// Calls `parse_line` with each line of a JSON Lines file and its 1-based number. Fails with NotFound
// when the file cannot be opened, and with InvalidInput "path:line: problem" for a blank line or
// for the first line `parse_line` rejects (its message prefixed with "path:line").
Status ForEachLabelLine(const std::string& path,
                        const std::function<Status(std::string_view line, size_t number)>& parse_line);

// Up to 30 bytes of `text` either side of `span`, cut at character boundaries, on one line, with
// the span in brackets: "…the [$3 trillion] committed…".
std::string InContext(std::string_view text, ByteSpan span);

}  // namespace dossier
