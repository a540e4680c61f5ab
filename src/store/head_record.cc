#include "store/head_record.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

namespace dossier {
namespace {

constexpr std::string_view kMagic = "dossier-head 1 ";

bool IsHashHex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

Status Errno(const std::string& path, std::string_view what) {
  return Status::IOError(fmt::format("{}: {}: {}", path, what, std::strerror(errno)));
}

// Writes all of `bytes` to `fd` and syncs it.
Status WriteAndSync(int fd, const std::string& bytes, const std::string& path) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Errno(path, "cannot write");
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) return Errno(path, "cannot sync");
  return Status::OK();
}

}  // namespace

std::string HeadRecordPath(const std::string& store_dir) { return store_dir + "/head"; }

Result<std::optional<HeadRecord>> ReadHeadRecord(const std::string& store_dir) {
  const std::string path = HeadRecordPath(store_dir);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return std::optional<HeadRecord>();
    return Errno(path, "cannot read");
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto damaged = [&] {
    return Status::Corruption(fmt::format("{}: the store's head record is damaged (expected `{}POSITION HASH`)",
                                          path, kMagic));
  };
  // "dossier-head 1 <position> <64 hex>\n"
  if (text.size() < kMagic.size() + 67 || text.compare(0, kMagic.size(), kMagic) != 0 || text.back() != '\n') {
    return damaged();
  }
  std::string_view rest(text);
  rest.remove_prefix(kMagic.size());
  rest.remove_suffix(1);
  const size_t space = rest.find(' ');
  if (space == std::string_view::npos || space == 0 || space > 20) return damaged();
  HeadRecord record;
  for (char c : rest.substr(0, space)) {
    if (c < '0' || c > '9') return damaged();
    const uint64_t digit = static_cast<uint64_t>(c - '0');
    if (record.position > (UINT64_MAX - digit) / 10) return damaged();
    record.position = record.position * 10 + digit;
  }
  record.chain_head = std::string(rest.substr(space + 1));
  if (!IsHashHex(record.chain_head)) return damaged();
  return std::optional<HeadRecord>(std::move(record));
}

Status WriteHeadRecord(const std::string& store_dir, const HeadRecord& record) {
  const std::string path = HeadRecordPath(store_dir);
  const std::string temporary = path + ".new";
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(temporary, "cannot create");
  Status written = WriteAndSync(fd, fmt::format("{}{} {}\n", kMagic, record.position, record.chain_head), temporary);
  if (::close(fd) != 0 && written.ok()) written = Errno(temporary, "cannot close");
  if (!written.ok()) {
    ::unlink(temporary.c_str());
    return written;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) return Errno(path, "cannot replace");
  // The rename is durable once the directory is synced.
  int dir = ::open(store_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return Errno(store_dir, "cannot open");
  const bool synced = ::fsync(dir) == 0;
  ::close(dir);
  if (!synced) return Errno(store_dir, "cannot sync");
  return Status::OK();
}

}  // namespace dossier
