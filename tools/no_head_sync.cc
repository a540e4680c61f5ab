// no_head_sync.so: an LD_PRELOAD shim for one benchmark (tools/bench_head_sync.sh), never part of
// dossier. It makes fdatasync a no-op on the store's head record (<store>/head) and nothing else,
// so that timing an ingest with and without it measures exactly the head record's extra sync per
// append; RocksDB's own syncs (its write-ahead log) are untouched.
#include <dlfcn.h>
#include <fcntl.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int kMaxFd = 1 << 16;
bool head_fd[kMaxFd];  // whether each descriptor was last opened on a file named "head"
long skipped = 0;

// With NO_HEAD_SYNC_REPORT set, says at exit how many syncs it skipped (to see that it works).
struct Report {
  ~Report() {
    if (std::getenv("NO_HEAD_SYNC_REPORT")) std::fprintf(stderr, "no_head_sync: %ld syncs skipped\n", skipped);
  }
} report;

bool IsHeadRecord(const char* path) {
  const size_t n = std::strlen(path);
  return n >= 5 && std::strcmp(path + n - 5, "/head") == 0;
}

int Remember(int fd, const char* path) {
  if (fd >= 0 && fd < kMaxFd) head_fd[fd] = IsHeadRecord(path);
  return fd;
}

template <typename Open>
int OpenAndRemember(const char* name, const char* path, int flags, va_list args) {
  static auto real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, name));
  const mode_t mode = (flags & (O_CREAT | O_TMPFILE)) ? static_cast<mode_t>(va_arg(args, int)) : 0;
  return Remember(real(path, flags, mode), path);
}

}  // namespace

extern "C" {

int open(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const int fd = OpenAndRemember<int (*)(const char*, int, ...)>("open", path, flags, args);
  va_end(args);
  return fd;
}

int open64(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const int fd = OpenAndRemember<int (*)(const char*, int, ...)>("open64", path, flags, args);
  va_end(args);
  return fd;
}

int fdatasync(int fd) {
  static auto real = reinterpret_cast<int (*)(int)>(dlsym(RTLD_NEXT, "fdatasync"));
  if (fd >= 0 && fd < kMaxFd && head_fd[fd]) {
    ++skipped;
    return 0;
  }
  return real(fd);
}

}  // extern "C"
