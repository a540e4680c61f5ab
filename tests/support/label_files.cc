#include "support/label_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "util/json_object.h"

namespace dossier {
namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

Result<JsonObject> ReadJsonObjectFile(const std::string& path) {
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  Result<JsonObject> object = JsonObject::Parse(*bytes);
  if (!object.ok()) return object.status().WithContext(path);
  return object;
}

Result<std::string> ReadLabelledText(const std::string& label_path, const std::string& source_dir) {
  std::filesystem::path labels(label_path);
  std::string article_path;
  if (labels.parent_path().filename() == "corpus") {
    article_path = (std::filesystem::path(source_dir) / "corpus" / labels.stem()).string() + ".json";
  } else {
    const std::string txt = std::filesystem::path(labels).replace_extension(".txt").string();
    article_path = std::filesystem::path(labels).replace_extension(".json").string();
    if (std::filesystem::exists(txt) || !std::filesystem::exists(article_path)) return ReadFile(txt);
  }
  Result<JsonObject> object = ReadJsonObjectFile(article_path);
  if (!object.ok()) return object.status();
  Result<std::string> text = object->String("text");
  if (!text.ok()) return text.status().WithContext(article_path);
  return text;
}

std::vector<std::string> LabelFilesIn(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Status ForEachLabelLine(const std::string& path,
                        const std::function<Status(std::string_view line, size_t number)>& parse_line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    std::string where = fmt::format("{}:{}", path, number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      return Status::InvalidInput(where + ": empty line (one label per line, no blank lines)");
    }
    Status parsed = parse_line(line, number);
    if (!parsed.ok()) return parsed.WithContext(where);
  }
  return Status::OK();
}

std::string InContext(std::string_view text, ByteSpan span) {
  auto is_continuation = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  size_t begin = std::min<uint64_t>(span.begin, text.size());
  size_t end = std::min<uint64_t>(span.end, text.size());
  size_t from = begin > 30 ? begin - 30 : 0;
  while (from < begin && is_continuation(from)) ++from;
  size_t to = std::min(end + 30, text.size());
  while (to > end && is_continuation(to)) --to;
  std::string out = fmt::format("{}[{}]{}", text.substr(from, begin - from), text.substr(begin, end - begin),
                                text.substr(end, to - end));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace dossier
