// The key layout of a dossier store (see doc/storage-format.md). Every constant of the on-disk
// format lives here.
//
// Column families:
//   events       u64 big-endian position            -> canonical envelope JSON
//   streams      stream name, 0x00, u64 BE version  -> u64 BE position
//   blobs        64 hex digits of SHA-256           -> the bytes (zstd-compressed by RocksDB)
//   meta         "format_version" -> decimal; "head" -> u64 BE; "chain_head" -> 64 hex;
//                "checkpoint/<projection>" -> "<code version> <position>";
//                "merkle_size" -> u64 BE; "merkle/", level byte, u64 BE index -> 32 bytes (store/merkle.h):
//                every complete subtree of level kLowestKeptMerkleLevel and up, and below it the
//                tree's right edge alone
//   projections  projection name, 0x00, key         -> value
//   rebuilding   (only while a rebuild runs) scratch name, 0x00, key -> value: the rows a rebuild
//                folds into, named kScratchPrefix + projection; dropped whole when it is done, and by
//                the next writer's open when it was killed
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dossier::keys {

inline constexpr const char* kEventsFamily = "events";
inline constexpr const char* kStreamsFamily = "streams";
inline constexpr const char* kBlobsFamily = "blobs";
inline constexpr const char* kMetaFamily = "meta";
inline constexpr const char* kProjectionsFamily = "projections";
inline constexpr const char* kScratchFamily = "rebuilding";
// The names of scratch rows (EventStore::WriteScratchRows), kept in kScratchFamily.
inline constexpr std::string_view kScratchPrefix = "rebuilding/";

inline constexpr std::string_view kFormatVersion = "format_version";
inline constexpr std::string_view kHead = "head";
inline constexpr std::string_view kChainHead = "chain_head";
inline constexpr std::string_view kCheckpointPrefix = "checkpoint/";
inline constexpr std::string_view kMerkleSize = "merkle_size";
inline constexpr std::string_view kMerklePrefix = "merkle/";
// The store keeps the Merkle tree's complete subtrees from this level up (16 events each and more)
// and, below it, only those of the tree's right edge (at most one per level); any other is hashed
// from the events under it (store/log_tree.h). Levels 0 to 3 were 15 of every 16 hashes, 285 MB of
// a store of 1M articles; a proof pays for them by reading the 16 events of one block. A store of
// format 2 or older kept every level: its first append drops the rows below this one.
inline constexpr unsigned kLowestKeptMerkleLevel = 4;

inline std::string EncodeU64(uint64_t v) {
  std::string out(8, '\0');
  for (int i = 7; i >= 0; --i) {
    out[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  return out;
}

// REQUIRES: bytes.size() >= 8
inline uint64_t DecodeU64(std::string_view bytes) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  return v;
}

inline std::string StreamKey(std::string_view stream, uint64_t version) {
  std::string key(stream);
  key.push_back('\0');
  key.append(EncodeU64(version));
  return key;
}

// The first key after every key of `stream`.
inline std::string StreamUpperBound(std::string_view stream) {
  std::string key(stream);
  key.push_back('\x01');
  return key;
}

// The hash of the complete Merkle subtree of the 2^level leaves from index·2^level on.
inline std::string MerkleKey(unsigned level, uint64_t index) {
  std::string key(kMerklePrefix);
  key.push_back(static_cast<char>(level));
  key.append(EncodeU64(index));
  return key;
}

inline std::string ProjectionKey(std::string_view projection, std::string_view key) {
  std::string out(projection);
  out.push_back('\0');
  out.append(key);
  return out;
}

// The first key after every key of `projection`.
inline std::string ProjectionUpperBound(std::string_view projection) {
  std::string out(projection);
  out.push_back('\x01');
  return out;
}

}  // namespace dossier::keys
