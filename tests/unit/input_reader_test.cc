#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

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
  CHECK(plan.skipped == std::vector<SkippedEntry>{{other, "not .txt, .md, .json or .jsonl", false}});
}

TEST_CASE("a README named explicitly is read like any other file") {
  TempDir dir;
  const std::string readme = dir.Touch("README.md");
  CHECK(PlanInputs({readme}).files == std::vector<std::string>{readme});
}

TEST_CASE("a directory walk stays inside the folder and names every entry it passes over") {
  TempDir dir;
  TempDir elsewhere;
  const std::string a = dir.Touch("a.txt");
  const std::string c = dir.Touch("sub/c.txt");
  const std::string secret = elsewhere.Touch("secret.txt");
  namespace fs = std::filesystem;
  fs::create_symlink(secret, dir.path + "/outside.txt");
  fs::create_symlink(a, dir.path + "/inside.txt");
  fs::create_symlink(dir.path + "/gone.txt", dir.path + "/dangling.txt");
  fs::create_directory_symlink(elsewhere.path, dir.path + "/linked");
  fs::create_directory_symlink(dir.path + "/sub", dir.path + "/linked-inside");
  REQUIRE(mkfifo((dir.path + "/pipe.txt").c_str(), 0644) == 0);

  InputPlan plan = PlanInputs({dir.path});
  CHECK(plan.files == std::vector<std::string>{a, dir.path + "/inside.txt", c});
  REQUIRE(plan.skipped.size() == 5);
  CHECK(plan.skipped[0].path == dir.path + "/dangling.txt");
  CHECK(plan.skipped[0].why == "a dangling symbolic link");
  CHECK(plan.skipped[1].path == dir.path + "/linked");
  CHECK(plan.skipped[1].why.find("a symbolic link to " + elsewhere.path + ", outside ") == 0);
  CHECK(plan.skipped[2].path == dir.path + "/linked-inside");
  CHECK(plan.skipped[2].why == "a linked folder (--follow-symlinks walks it)");
  CHECK(plan.skipped[3].path == dir.path + "/outside.txt");
  CHECK(plan.skipped[3].why == "a symbolic link to " + secret + ", outside " + dir.path + " (--follow-symlinks reads it)");
  CHECK(plan.skipped[4].path == dir.path + "/pipe.txt");
  CHECK(plan.skipped[4].why == "not a regular file");
  for (const SkippedEntry& skipped : plan.skipped) CHECK_FALSE(skipped.unreadable);

  // Asked to, it follows links anywhere, and walks each folder once.
  InputPlan followed = PlanInputs({dir.path}, /*follow_symlinks=*/true);
  CHECK(followed.files == std::vector<std::string>{a, dir.path + "/inside.txt", dir.path + "/linked/secret.txt",
                                                   dir.path + "/linked-inside/c.txt", dir.path + "/outside.txt"});
  REQUIRE(followed.skipped.size() == 3);
  CHECK(followed.skipped[2].path == dir.path + "/sub");
  CHECK(followed.skipped[2].why == "a folder already walked through a link");
}

TEST_CASE("the 4 GiB input limit is checked in 64 bits: no size above 2 or 4 GiB wraps to a small one", "[limits]") {
  // Cast to 32 bits, 2 GiB + 1 would turn negative and 4 GiB + 1 into 1: both would pass.
  CHECK(CheckInputSize((uint64_t{2} << 30) + 1, "file").ok());
  CHECK(CheckInputSize(kMaxInputBytes, "standard input").ok());
  Status over = CheckInputSize(kMaxInputBytes + 1, "standard input");
  REQUIRE(over.code() == Status::Code::kInvalidInput);
  CHECK(over.message() == "standard input is too large (4294967297 bytes; the limit is 4 GiB)");
  CHECK(CheckInputSize((uint64_t{8} << 30) + 1, "file").message() ==
        "file is too large (8589934593 bytes; the limit is 4 GiB)");
  CHECK_FALSE(CheckInputSize((uint64_t{6} << 30), "file").ok());  // 2 GiB in 32 bits
}
