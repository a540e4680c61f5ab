// WriterLock: the one-writer-at-a-time guard of a store, an flock(2) on `<store>/writer.lock`
// that holds the writer's pid. The kernel drops the lock when the process dies, so a crashed
// writer never leaves the store locked.
#pragma once

#include <memory>
#include <string>

#include "dossier/status.h"

namespace dossier {

class WriterLock {
 public:
  // Takes the lock or fails with StoreInUse naming the pid that holds it.
  static Result<std::unique_ptr<WriterLock>> Acquire(const std::string& store_dir);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace dossier
