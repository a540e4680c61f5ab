#include "ingest/input_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "util/json_object.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;


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

// A UTF-8 byte order mark may open a JSON text (RFC 8259 lets a reader ignore it); it opens no
// JSON value, so JSON is read after it. Plain text keeps it, byte for byte.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
bool HasByteOrderMark(std::string_view bytes) { return bytes.substr(0, kByteOrderMark.size()) == kByteOrderMark; }
std::string_view WithoutByteOrderMark(std::string_view bytes) {
  return HasByteOrderMark(bytes) ? bytes.substr(kByteOrderMark.size()) : bytes;
}

void ReadJsonLines(const std::string& file, std::string_view bytes,
                   const std::function<bool(ArticleInput&&, uint64_t)>& fn) {
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
    if (!fn(std::move(input), std::min<uint64_t>(start, bytes.size()))) return;
  }
  if (!any) {
    ArticleInput input{file, std::nullopt};
    input.article = Status::InvalidInput("file is empty");
    fn(std::move(input), bytes.size());
  }
}

}  // namespace

Status CheckInputSize(uint64_t bytes, std::string_view what) {
  if (bytes <= kMaxInputBytes) return Status::OK();
  return Status::InvalidInput(fmt::format("{} is too large ({} bytes; the limit is 4 GiB)", what, bytes));
}

Result<std::string> ReadWholeFile(const std::string& file) {
  if (file == "-") {
    // Standard input redirected from a file says its size: a file over the limit is refused unread.
    struct stat status {};
    if (fstat(STDIN_FILENO, &status) == 0 && S_ISREG(status.st_mode)) {
      DOSSIER_RETURN_IF_ERROR(CheckInputSize(static_cast<uint64_t>(status.st_size), "standard input"));
    }
    // Else read in blocks, so that an endless standard input is refused at the limit, not at the end.
    std::string bytes;
    char block[1 << 16];
    while (std::cin.read(block, sizeof block) || std::cin.gcount() > 0) {
      const uint64_t more = static_cast<uint64_t>(std::cin.gcount());
      DOSSIER_RETURN_IF_ERROR(CheckInputSize(uint64_t{bytes.size()} + more, "standard input"));
      bytes.append(block, static_cast<size_t>(more));
    }
    return bytes;
  }
  std::error_code error;
  if (!fs::exists(file, error)) return Status::InvalidInput("no such file or directory");
  const uintmax_t size = fs::file_size(file, error);
  if (error) return Status::InvalidInput(error.message());
  DOSSIER_RETURN_IF_ERROR(CheckInputSize(size, "file"));
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

namespace {

// Walks one directory named to ingest, in path order, recursing by hand so that a subfolder that
// cannot be read is reported and the rest is still walked.
class DirectoryWalk {
 public:
  DirectoryWalk(const fs::path& root, bool follow_symlinks, InputPlan* plan)
      : follow_symlinks_(follow_symlinks), plan_(plan) {
    std::error_code error;
    root_ = fs::weakly_canonical(root, error);
    if (error) root_ = root;
    visited_.insert(root_);
    Walk(root);
  }

 private:
  void Skip(const fs::path& p, std::string why, bool unreadable = false) {
    plan_->skipped.push_back({p.string(), std::move(why), unreadable});
  }

  bool Inside(const fs::path& target) const {
    auto [end, unused] = std::mismatch(root_.begin(), root_.end(), target.begin(), target.end());
    return end == root_.end();
  }

  void Walk(const fs::path& dir) {
    std::error_code error;
    std::vector<fs::path> entries;
    fs::directory_iterator it(dir, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) entries.push_back(it->path());
    if (error) {
      Skip(dir, fmt::format("cannot be read ({}); its articles were not ingested", error.message()), true);
      return;
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) Visit(p);
  }

  void Visit(const fs::path& p) {
    std::error_code error;
    // Hidden entries, and a folder's annotations/ (files for `dossier annotate`), hold no articles.
    if (p.filename().string().front() == '.' || (p.filename() == "annotations" && fs::is_directory(p, error))) return;
    if (DescribesFolder(p)) return;
    const fs::file_status own = fs::symlink_status(p, error);
    if (error) return Skip(p, fmt::format("cannot be read ({})", error.message()), true);
    fs::file_status status = own;
    if (fs::is_symlink(own)) {
      const fs::path target = fs::canonical(p, error);
      if (error) return Skip(p, "a dangling symbolic link");
      if (!follow_symlinks_ && !Inside(target)) {
        return Skip(p, fmt::format("a symbolic link to {}, outside {} (--follow-symlinks reads it)", target.string(),
                                   root_.string()));
      }
      status = fs::status(target, error);
      if (fs::is_directory(status)) {
        if (!follow_symlinks_) return Skip(p, "a linked folder (--follow-symlinks walks it)");
        if (!visited_.insert(target).second) return Skip(p, "a linked folder already walked");
      }
    }
    if (fs::is_directory(status)) {
      if (!fs::is_symlink(own) && !visited_.insert(fs::canonical(p, error)).second) {
        return Skip(p, "a folder already walked through a link");
      }
      return Walk(p);
    }
    if (!fs::is_regular_file(status)) return Skip(p, "not a regular file");
    if (IsArticleFile(p)) {
      plan_->files.push_back(p.string());
    } else {
      Skip(p, "not .txt, .md, .json or .jsonl");
    }
  }

  bool follow_symlinks_;
  InputPlan* plan_;
  fs::path root_;
  std::set<fs::path> visited_;  // folders walked, by their real path: a link loop ends
};

}  // namespace

InputPlan PlanInputs(const std::vector<std::string>& paths, bool follow_symlinks) {
  InputPlan plan;
  std::error_code error;
  for (const std::string& path : paths) {
    if (path != "-" && fs::is_directory(path, error)) {
      DirectoryWalk(path, follow_symlinks, &plan);
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
                  const std::function<bool(ArticleInput&&, uint64_t)>& fn) {
  Result<std::string> bytes = ReadWholeFile(file);
  if (!bytes.ok()) {
    ArticleInput input{file, std::nullopt};
    input.article = bytes.status();
    fn(std::move(input), 0);
    return;
  }
  std::string ext = Extension(file);
  if (file == "-") {
    size_t first = bytes->find_first_not_of(" \t\r\n", HasByteOrderMark(*bytes) ? kByteOrderMark.size() : 0);
    bool json = first != std::string::npos && (*bytes)[first] == '{';
    // One object spread over lines is an article; one object per line is JSON Lines.
    ext = !json ? ".txt" : (JsonObject::Parse(WithoutByteOrderMark(*bytes)).ok() ? ".json" : ".jsonl");
  }
  const uint64_t size = bytes->size();
  if (ext == ".jsonl" || ext == ".ndjson") {
    ReadJsonLines(file, WithoutByteOrderMark(*bytes), fn);
    return;
  }
  ArticleInput input{file, std::nullopt};
  if (ext == ".json") {
    std::string_view json = WithoutByteOrderMark(*bytes);
    input.article = json.empty() ? Result<Article>(Status::InvalidInput("file is empty")) : ParseArticleJson(json);
  } else {
    input.article = ArticleFromText(std::move(*bytes), ext == ".md" || ext == ".markdown" ? "markdown" : "text", given);
  }
  fn(std::move(input), size);
}

}  // namespace dossier
