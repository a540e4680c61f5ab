// The writer lock across open file descriptions and processes, and its release when the holder dies.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "store/writer_lock.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

// Runs `child` in a forked process and returns its exit code.
template <typename Fn>
int InChild(Fn child) {
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) ::_exit(child());
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  return WEXITSTATUS(status);
}

}  // namespace

TEST_CASE("the writer lock records its holder's pid and refuses a second holder until released", "[store][lock]") {
  TempDir dir;
  {
    auto held = WriterLock::Acquire(dir.path);
    REQUIRE(held.ok());
    std::ifstream lock_file(dir.path + "/writer.lock");
    std::string recorded;
    std::getline(lock_file, recorded);
    REQUIRE(recorded == std::to_string(::getpid()));

    auto second = WriterLock::Acquire(dir.path);  // another open file description, same process
    REQUIRE(second.status().code() == Status::Code::kStoreInUse);
    REQUIRE_THAT(second.status().message(), Catch::Contains(fmt::format("(pid {})", ::getpid())));
    REQUIRE_THAT(second.status().message(), Catch::Contains(dir.path));

    // Another process is refused too, and told this process's pid.
    const std::string holder = fmt::format("(pid {})", ::getpid());
    REQUIRE(InChild([&] {
      auto lock = WriterLock::Acquire(dir.path);
      if (lock.ok()) return 1;
      if (lock.status().code() != Status::Code::kStoreInUse) return 2;
      return lock.status().message().find(holder) != std::string::npos ? 0 : 3;
    }) == 0);
  }
  REQUIRE(WriterLock::Acquire(dir.path).ok());
}

TEST_CASE("a writer that dies without releasing the lock does not leave the store locked", "[store][lock]") {
  TempDir dir;
  REQUIRE(InChild([&] {
    auto lock = WriterLock::Acquire(dir.path);
    if (!lock.ok()) return 1;
    ::_exit(0);  // no destructor runs: only the kernel can release the lock
  }) == 0);
  REQUIRE(WriterLock::Acquire(dir.path).ok());
}

TEST_CASE("a directory where the lock file cannot be made is an I/O error naming it", "[store][lock]") {
  TempDir dir;
  const std::string missing = dir.path + "/no/such/dir";
  auto lock = WriterLock::Acquire(missing);
  REQUIRE(lock.status().code() == Status::Code::kIOError);
  REQUIRE_THAT(lock.status().message(), Catch::Contains(missing + "/writer.lock"));
}

TEST_CASE("a refused writer waits for the holder's pid instead of saying it is unknown", "[store][lock]") {
  TempDir dir;
  const std::string path = dir.path + "/writer.lock";
  // A holder caught between taking the lock and writing its pid: the file is empty.
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  ssize_t written = 0;
  std::thread holder([fd, &written] {
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    written = ::pwrite(fd, "4242\n", 5, 0);
  });
  auto refused = WriterLock::Acquire(dir.path);
  holder.join();
  ::close(fd);
  REQUIRE(written == 5);
  REQUIRE(refused.status().code() == Status::Code::kStoreInUse);
  REQUIRE_THAT(refused.status().message(), Catch::Contains("(pid 4242)"));

  // A released lock leaves no pid behind for a later loser to name.
  { REQUIRE(WriterLock::Acquire(dir.path).ok()); }
  std::ifstream lock_file(path);
  std::string left;
  std::getline(lock_file, left);
  REQUIRE(left.empty());
}
