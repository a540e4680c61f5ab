#include "store/head_record.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "util/sha256.h"

namespace dossier {
namespace {

// The file holds two slots of kSlotBytes, each "dossier-head 1 SEQUENCE POSITION HASH CHECK\n"
// padded with spaces, CHECK being the first 16 hex digits of the SHA-256 of what precedes it. A
// write overwrites the older slot in place and syncs it: no new block is needed (a full disk
// cannot refuse it), and a torn write spoils only the slot being written, whose older twin stays.
constexpr size_t kSlotBytes = 160;
constexpr std::string_view kMagic = "dossier-head 1 ";

struct Slot {
  uint64_t sequence = 0;
  HeadRecord record;
};

bool IsHex(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool ParseNumber(std::string_view digits, uint64_t* out) {
  if (digits.empty() || digits.size() > 19) return false;
  *out = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    *out = *out * 10 + static_cast<uint64_t>(c - '0');
  }
  return true;
}

std::string EncodeSlot(uint64_t sequence, const HeadRecord& record) {
  std::string text = fmt::format("{}{} {} {} ", kMagic, sequence, record.position, record.chain_head);
  text += Sha256Hex(text).substr(0, 16);
  text.push_back('\n');
  text.resize(kSlotBytes, ' ');
  return text;
}

// The slot's record, or nullopt when it is empty or spoilt.
std::optional<Slot> DecodeSlot(std::string_view bytes) {
  const size_t end = bytes.find('\n');
  if (end == std::string_view::npos || end < 17 || bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  std::string_view text = bytes.substr(0, end);
  const std::string_view check = text.substr(text.size() - 16);
  const std::string_view covered = text.substr(0, text.size() - 16);
  if (Sha256Hex(covered).substr(0, 16) != check) return std::nullopt;
  std::string_view rest = covered.substr(kMagic.size());
  Slot slot;
  const size_t first = rest.find(' ');
  const size_t second = first == std::string_view::npos ? first : rest.find(' ', first + 1);
  if (second == std::string_view::npos || !ParseNumber(rest.substr(0, first), &slot.sequence) ||
      !ParseNumber(rest.substr(first + 1, second - first - 1), &slot.record.position)) {
    return std::nullopt;
  }
  slot.record.chain_head = std::string(rest.substr(second + 1, 64));
  if (slot.record.chain_head.size() != 64 || !IsHex(slot.record.chain_head) || rest.size() != second + 1 + 64 + 1) {
    return std::nullopt;
  }
  return slot;
}

Status Errno(const std::string& path, std::string_view what) {
  return Status::IOError(fmt::format("{}: {}: {}", path, what, std::strerror(errno)));
}

Status WriteAllAt(int fd, std::string_view bytes, off_t offset, const std::string& path) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, offset + static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Errno(path, "cannot write");
    done += static_cast<size_t>(n);
  }
  return Status::OK();
}

// Both slots as read from `fd` (nullopt where empty or spoilt).
Result<std::pair<std::optional<Slot>, std::optional<Slot>>> ReadSlots(int fd, const std::string& path) {
  std::string bytes(2 * kSlotBytes, '\0');
  ssize_t n = ::pread(fd, bytes.data(), bytes.size(), 0);
  if (n < 0) return Errno(path, "cannot read");
  bytes.resize(static_cast<size_t>(n));
  std::string_view view(bytes);
  return std::make_pair(DecodeSlot(view.substr(0, kSlotBytes)),
                        view.size() > kSlotBytes ? DecodeSlot(view.substr(kSlotBytes)) : std::nullopt);
}

// The newer of two slots.
std::optional<Slot> Newest(const std::optional<Slot>& a, const std::optional<Slot>& b) {
  if (!a) return b;
  if (!b) return a;
  return a->sequence >= b->sequence ? a : b;
}

// Creates the file whole (both slots), beside and renamed into place: a store's first record.
Status CreateRecordFile(const std::string& store_dir, const HeadRecord& record) {
  const std::string path = HeadRecordPath(store_dir);
  const std::string temporary = path + ".new";
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(temporary, "cannot create");
  Status written = WriteAllAt(fd, EncodeSlot(1, record) + std::string(kSlotBytes, ' '), 0, temporary);
  if (written.ok() && ::fsync(fd) != 0) written = Errno(temporary, "cannot sync");
  if (::close(fd) != 0 && written.ok()) written = Errno(temporary, "cannot close");
  if (written.ok() && ::rename(temporary.c_str(), path.c_str()) != 0) written = Errno(path, "cannot create");
  if (!written.ok()) {
    ::unlink(temporary.c_str());
    return written;
  }
  int dir = ::open(store_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return Errno(store_dir, "cannot open");
  const bool synced = ::fsync(dir) == 0;
  ::close(dir);
  return synced ? Status::OK() : Errno(store_dir, "cannot sync");
}

}  // namespace

std::string HeadRecordPath(const std::string& store_dir) { return store_dir + "/head"; }

Result<std::optional<HeadRecord>> ReadHeadRecord(const std::string& store_dir) {
  const std::string path = HeadRecordPath(store_dir);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return std::optional<HeadRecord>();
    return Errno(path, "cannot read");
  }
  auto slots = ReadSlots(fd, path);
  ::close(fd);
  if (!slots.ok()) return slots.status();
  std::optional<Slot> newest = Newest(slots->first, slots->second);
  if (!newest) {
    return Status::Corruption(fmt::format("{}: the store's head record is damaged (neither of its slots holds a "
                                          "record that checks)", path));
  }
  return std::optional<HeadRecord>(std::move(newest->record));
}

Status WriteHeadRecord(const std::string& store_dir, const HeadRecord& record) {
  const std::string path = HeadRecordPath(store_dir);
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) return CreateRecordFile(store_dir, record);
  if (fd < 0) return Errno(path, "cannot open");
  auto slots = ReadSlots(fd, path);
  Status written = slots.status();
  if (written.ok()) {
    const std::optional<Slot> newest = Newest(slots->first, slots->second);
    // The slot that does not hold the newest record is overwritten.
    const bool second = newest && slots->first && newest->sequence == slots->first->sequence;
    written = WriteAllAt(fd, EncodeSlot(newest ? newest->sequence + 1 : 1, record),
                         second ? static_cast<off_t>(kSlotBytes) : 0, path);
  }
  if (written.ok() && ::fdatasync(fd) != 0) written = Errno(path, "cannot sync");
  ::close(fd);
  return written;
}

}  // namespace dossier
