#include "ingest/input_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "util/json_object.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

// Whole files are read at once; a JSON Lines file may hold many articles, a plain one just one.
constexpr uintmax_t kMaxFileBytes = uintmax_t{4} << 30;

std::string Extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool IsArticleFile(const fs::path& path) {
  const std::string ext = Extension(path.string());
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".json" || ext == ".jsonl" ||
         ext == ".ndjson";
}

// A folder of articles may describe itself in a README (corpus/README.md does) and list the
// actors its articles quote in actors.json (the gazetteer, include/dossier/actor.h); neither is an
// article. Named explicitly, either is read like any other file.
bool DescribesFolder(const fs::path& path) {
  const std::string stem = path.stem().string();
  if (path.filename() == "actors.json") return true;
  return (stem == "README" || stem == "readme") && (path.extension().empty() || IsArticleFile(path));
}

void ReadJsonLines(const std::string& file, std::string_view bytes,
                   const std::function<void(ArticleInput&&, uint64_t)>& fn) {
  uint64_t line_number = 0;
  size_t start = 0;
  bool any = false;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    ++line_number;
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;  // blank lines are allowed
    any = true;
    ArticleInput input{file, line_number};
    input.article = ParseArticleJson(line);
    fn(std::move(input), std::min<uint64_t>(start, bytes.size()));
  }
  if (!any) {
    ArticleInput input{file, std::nullopt};
    input.article = Status::InvalidInput("file is empty");
    fn(std::move(input), bytes.size());
  }
}

}  // namespace

Result<std::string> ReadWholeFile(const std::string& file) {
  if (file == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::error_code error;
  if (!fs::exists(file, error)) return Status::InvalidInput("no such file or directory");
  uintmax_t size = fs::file_size(file, error);
  if (error) return Status::InvalidInput(error.message());
  if (size > kMaxFileBytes) {
    return Status::InvalidInput(fmt::format("file is too large ({} bytes; the limit is 4 GiB)", size));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::InvalidInput("cannot be read");
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<uintmax_t>(in.gcount()) != size) return Status::InvalidInput("cannot be read to its end");
  return bytes;
}

std::string ArticleInput::Place() const {
  return line ? fmt::format("{}:{}", input, *line) : input;
}

InputPlan PlanInputs(const std::vector<std::string>& paths) {
  InputPlan plan;
  std::error_code error;
  for (const std::string& path : paths) {
    if (path != "-" && fs::is_directory(path, error)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, error); !error && it != fs::recursive_directory_iterator();
           it.increment(error)) {
        const fs::path& p = it->path();
        // Hidden entries, and a folder's annotations/ (files for `dossier annotate`), hold no articles.
        if (p.filename().string().front() == '.' || (p.filename() == "annotations" && it->is_directory(error))) {
          if (it->is_directory(error)) it.disable_recursion_pending();
          continue;
        }
        if (DescribesFolder(p)) continue;
        if (!it->is_regular_file(error)) continue;
        (IsArticleFile(p) ? found : plan.skipped).push_back(p.string());
      }
      std::sort(found.begin(), found.end());
      plan.files.insert(plan.files.end(), found.begin(), found.end());
    } else {
      plan.files.push_back(path);
    }
  }
  for (const std::string& file : plan.files) {
    if (file != "-") plan.total_bytes += fs::is_regular_file(file, error) ? fs::file_size(file, error) : 0;
  }
  return plan;
}

void ReadArticles(const std::string& file, const SourceMetadata& given,
                  const std::function<void(ArticleInput&&, uint64_t)>& fn) {
  Result<std::string> bytes = ReadWholeFile(file);
  if (!bytes.ok()) {
    ArticleInput input{file, std::nullopt};
    input.article = bytes.status();
    fn(std::move(input), 0);
    return;
  }
  std::string ext = Extension(file);
  if (file == "-") {
    size_t first = bytes->find_first_not_of(" \t\r\n");
    bool json = first != std::string::npos && (*bytes)[first] == '{';
    // One object spread over lines is an article; one object per line is JSON Lines.
    ext = !json ? ".txt" : (JsonObject::Parse(*bytes).ok() ? ".json" : ".jsonl");
  }
  const uint64_t size = bytes->size();
  if (ext == ".jsonl" || ext == ".ndjson") {
    ReadJsonLines(file, *bytes, fn);
    return;
  }
  ArticleInput input{file, std::nullopt};
  if (ext == ".json") {
    input.article = bytes->empty() ? Result<Article>(Status::InvalidInput("file is empty")) : ParseArticleJson(*bytes);
  } else {
    input.article = ArticleFromText(std::move(*bytes), ext == ".md" || ext == ".markdown" ? "markdown" : "text", given);
  }
  fn(std::move(input), size);
}

}  // namespace dossier
