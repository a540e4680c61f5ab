// A file with given contents in a fresh temporary directory, removed with the directory when it
// goes out of scope: for tests that read files by path.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace dossier {

struct TempFile {
  TempFile(const std::string& name, const std::string& contents) {
    char pattern[] = "/tmp/dossier-test-XXXXXX";
    dir = mkdtemp(pattern);
    path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << contents;
  }
  ~TempFile() { std::filesystem::remove_all(dir); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  std::string dir, path;
};

}  // namespace dossier
