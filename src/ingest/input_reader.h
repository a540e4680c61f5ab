// Reads what `dossier ingest` is given (files, directories, "-" for standard input) into articles,
// one at a time, so that one bad article never stops the others.
//
//   *.txt and any other file  plain text      *.md, *.markdown  Markdown
//   *.json                    one article     *.jsonl, *.ndjson one article per line
//   a directory               its .txt .md .json .jsonl files, recursively, in path order, but
//                             not hidden ones, a README (README.md, README.txt, README), an
//                             actors.json gazetteer, nor what an annotations/ folder holds. The
//                             walk stays inside the folder: a symbolic link is followed only to
//                             a file inside it (unless follow_symlinks); every other entry it
//                             passes over (other files, FIFOs, dangling or outside links, linked
//                             folders) is listed in `skipped`, and a folder it cannot read is
//                             listed as unreadable while the walk goes on.
//   -                         standard input: JSON if it starts with "{", else plain text
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"
#include "ingest/article.h"

namespace dossier {

struct ArticleInput {
  std::string input;                // the file, or "-"
  std::optional<uint64_t> line;     // the line within a JSON Lines file
  Result<Article> article = Status::InvalidInput("not read");

  // "corpus/a.jsonl:3" or "corpus/a.json"
  std::string Place() const;
};

// An entry of a directory that the walk passed over, and why.
struct SkippedEntry {
  std::string path;
  std::string why;          // "not .txt, .md, .json or .jsonl", "symbolic link to /etc/x, outside corpus"…
  bool unreadable = false;  // a folder that could not be read: some articles may be missing

  bool operator==(const SkippedEntry& other) const {
    return path == other.path && why == other.why && unreadable == other.unreadable;
  }
};

// What the inputs amount to before reading them, for a progress bar.
struct InputPlan {
  std::vector<std::string> files;  // expanded from directories, in order
  uint64_t total_bytes = 0;
  std::vector<SkippedEntry> skipped;  // entries inside directories that are not read, in path order
};

// Expands directories. A path that does not exist is kept, to be reported as its article's error.
// `follow_symlinks` lets the walk follow links to files and folders anywhere.
InputPlan PlanInputs(const std::vector<std::string>& paths, bool follow_symlinks = false);

// Whole files are read at once (a JSON Lines file may hold many articles): each input, a file or
// standard input, holds at most 4 GiB.
inline constexpr uint64_t kMaxInputBytes = uint64_t{4} << 30;

// OK if an input of `bytes` bytes is within kMaxInputBytes, else "`what` is too large (N bytes;
// the limit is 4 GiB)". In 64 bits throughout: no size above 2 or 4 GiB wraps to a small one.
Status CheckInputSize(uint64_t bytes, std::string_view what);

// The bytes of `file` ("-": standard input). Errors say why it cannot be read, without the name.
Result<std::string> ReadWholeFile(const std::string& file);

// Calls `fn` with every article of `file` (plain-text ones get `given` metadata), and the number
// of bytes of the file consumed so far, until `fn` returns false.
void ReadArticles(const std::string& file, const SourceMetadata& given,
                  const std::function<bool(ArticleInput&&, uint64_t bytes_done)>& fn);

}  // namespace dossier
