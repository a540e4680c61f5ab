#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "ingest/input_reader.h"

using namespace dossier;

namespace {

struct TempDir {
  TempDir() {
    char pattern[] = "/tmp/dossier-inputs-XXXXXX";
    path = mkdtemp(pattern);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string Touch(const std::string& name) const {
    std::filesystem::create_directories(std::filesystem::path(path + "/" + name).parent_path());
    std::ofstream(path + "/" + name) << "text\n";
    return path + "/" + name;
  }
  std::string path;
};

}  // namespace

TEST_CASE("a directory's articles are found in path order, without hidden files, READMEs and its gazetteer") {
  TempDir dir;
  const std::string b = dir.Touch("b.json");
  const std::string a = dir.Touch("a.txt");
  const std::string nested = dir.Touch("sub/c.md");
  dir.Touch("sub/readme.txt");
  dir.Touch("README.md");
  dir.Touch("actors.json");
  dir.Touch(".hidden.json");
  const std::string other = dir.Touch("notes.pdf");

  InputPlan plan = PlanInputs({dir.path});
  CHECK(plan.files == std::vector<std::string>{a, b, nested});
  CHECK(plan.skipped == std::vector<std::string>{other});
}

TEST_CASE("a README named explicitly is read like any other file") {
  TempDir dir;
  const std::string readme = dir.Touch("README.md");
  CHECK(PlanInputs({readme}).files == std::vector<std::string>{readme});
}
