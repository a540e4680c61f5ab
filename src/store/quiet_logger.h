// QuietLogger: RocksDB's info log, written so that it can never end the process.
//
// RocksDB's own log writer asserts when it writes after a failed write (Debian's build keeps
// assertions), so a full disk made every writer abort with SIGABRT. This one appends to a stdio
// file and ignores every error; without a file (a reader, which must not touch the writer's
// directory) it drops the lines. It keeps warnings and errors only: at the info level RocksDB
// dumps every option of every column family at each open (about 30 KB per writing command), and
// the file, never rotated, grew to 0.5 MB over the 1k-article benchmark's store (a seventh of its
// texts) and without bound with every command.
#pragma once

#include <cstdarg>
#include <cstdio>
#include <string>

#include <rocksdb/env.h>

namespace dossier {

class QuietLogger final : public rocksdb::Logger {
 public:
  // Appends to `path`, or drops every line when `path` is empty or cannot be opened.
  explicit QuietLogger(const std::string& path)
      : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL),
        file_(path.empty() ? nullptr : std::fopen(path.c_str(), "ae")) {}
  ~QuietLogger() override {
    if (file_ != nullptr) std::fclose(file_);
  }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (file_ == nullptr) return;
    std::vfprintf(file_, format, ap);  // errors ignored on purpose: a log line is never worth a failure
    std::fputc('\n', file_);
  }
  void Flush() override {
    if (file_ != nullptr) std::fflush(file_);
  }

 private:
  std::FILE* file_;
};

}  // namespace dossier
