// The Merkle tree over the log, as Certificate Transparency keeps one (RFC 9162, section 2.1).
//
// Leaf i is event i+1 (positions count from 1, leaves from 0); its data is the 32 bytes of the
// event's SHA-256 (the `hash` member of its envelope, doc/storage-format.md), so
//   leaf hash = SHA-256(0x00 || event hash),  node hash = SHA-256(0x01 || left || right),
// and the tree of n leaves, MTH(D[0:n]), splits at k, the largest power of two below n. The tree
// head of a log of n events is (n, MTH(D[0:n])); the empty log's root is SHA-256 of nothing.
//
// A proof is computed from the hashes of *complete subtrees*: the subtree at (level, index) holds
// the 2^level leaves from index·2^level on. A proof needs O(log n) of them (SubtreeHashes): the
// store keeps the larger ones and hashes the smaller from the events under them (store/log_tree.h).
// Verifying a proof needs nothing but the proof.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"
#include "util/sha256.h"

namespace dossier {

using MerkleHash = Sha256Digest;

MerkleHash MerkleLeafHash(std::string_view leaf_data);
MerkleHash MerkleNodeHash(const MerkleHash& left, const MerkleHash& right);
// The leaf of the event whose hash is `event_hash_hex` (64 lowercase hex digits).
Result<MerkleHash> EventLeafHash(std::string_view event_hash_hex);
std::string MerkleHex(const MerkleHash& hash);
// The 32 bytes a hash is stored as, and back (Corruption unless there are 32).
std::string_view MerkleBytes(const MerkleHash& hash);
Result<MerkleHash> MerkleHashFromBytes(std::string_view bytes);
Result<MerkleHash> ParseMerkleHex(std::string_view hex);

// A tree head: the number of leaves and the root. Written SIZE:ROOT ("4125:9f0c…", 64 hex digits).
struct TreeHead {
  uint64_t size = 0;
  MerkleHash root{};
  bool operator==(const TreeHead& other) const { return size == other.size && root == other.root; }
};
std::string FormatTreeHead(const TreeHead& head);
// InvalidInput naming what is wrong with `text`.
Result<TreeHead> ParseTreeHead(std::string_view text);

// The hash of the complete subtree at (level, index), from wherever it is kept.
class SubtreeHashes {
 public:
  virtual ~SubtreeHashes() = default;
  virtual Result<MerkleHash> Subtree(unsigned level, uint64_t index) const = 0;
};

// The hash of the complete subtree at (level, index) from its two halves. REQUIRES: level > 0.
Result<MerkleHash> SubtreeFromHalves(const SubtreeHashes& tree, unsigned level, uint64_t index);

// MTH(D[begin:end]) from the complete subtrees that tile the range (the empty range: the empty
// tree's root). REQUIRES: begin is a multiple of the largest power of two not above end - begin,
// as every range a proof names is.
Result<MerkleHash> RangeHash(const SubtreeHashes& tree, uint64_t begin, uint64_t end);

// PATH(leaf, D[0:size]) of RFC 9162 2.1.3.1, leaf to root. REQUIRES: leaf < size.
Result<std::vector<MerkleHash>> InclusionProof(const SubtreeHashes& tree, uint64_t leaf, uint64_t size);
// PROOF(old_size, D[0:new_size]) of RFC 9162 2.1.4.1; empty when old_size is 0 or new_size.
// REQUIRES: old_size <= new_size.
Result<std::vector<MerkleHash>> ConsistencyProof(const SubtreeHashes& tree, uint64_t old_size, uint64_t new_size);

// RFC 9162 2.1.3.2: whether `proof` proves `leaf_hash` is leaf `leaf` of the tree `head`.
bool VerifyInclusion(uint64_t leaf, const MerkleHash& leaf_hash, const std::vector<MerkleHash>& proof,
                     const TreeHead& head);
// RFC 9162 2.1.4.2: whether `proof` proves the tree `old_head` is a prefix of the tree `new_head`.
bool VerifyConsistency(const TreeHead& old_head, const TreeHead& new_head, const std::vector<MerkleHash>& proof);

}  // namespace dossier
