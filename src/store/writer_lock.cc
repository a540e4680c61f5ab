#include "store/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fmt/format.h>

namespace dossier {

Result<std::unique_ptr<WriterLock>> WriterLock::Acquire(const std::string& store_dir) {
  const std::string path = store_dir + "/writer.lock";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(fmt::format("{}: {}", path, std::strerror(errno)));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int lock_error = errno;
    char pid[32] = {0};
    // The holder writes its pid just after taking the lock: give it a moment to.
    ssize_t n = 0;
    for (int attempt = 0; attempt < 100 && (n = ::pread(fd, pid, sizeof(pid) - 1, 0)) <= 0; ++attempt) ::usleep(2000);
    ::close(fd);
    if (lock_error != EWOULDBLOCK) return Status::IOError(fmt::format("{}: {}", path, std::strerror(lock_error)));
    std::string holder = n > 0 ? std::string(pid, static_cast<size_t>(n)) : "unknown";
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
    return Status::StoreInUse(fmt::format(
        "store {} is in use by another dossier process (pid {}); try again when it has finished",
        store_dir, holder));
  }
  // Written over the old content and then cut to length, so the file is never seen empty between.
  const std::string pid = fmt::format("{}\n", ::getpid());
  if (::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size()) ||
      ::ftruncate(fd, static_cast<off_t>(pid.size())) != 0) {
    ::close(fd);
    return Status::IOError(fmt::format("{}: cannot record the writer's pid", path));
  }
  return std::unique_ptr<WriterLock>(new WriterLock(fd));
}

WriterLock::~WriterLock() {
  // No pid is left behind for a later loser to name (a crashed holder's is, until the next writer's).
  const bool cleared = ::ftruncate(fd_, 0) == 0;
  (void)cleared;  // the lock goes with the descriptor either way
  ::close(fd_);
}

}  // namespace dossier
