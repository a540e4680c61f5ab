#include "store/merkle.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace dossier {
namespace {

// The largest power of two smaller than n. REQUIRES: n > 1.
uint64_t SplitPoint(uint64_t n) {
  uint64_t k = 1;
  while (k << 1 < n) k <<= 1;
  return k;
}

bool IsPowerOfTwo(uint64_t n) { return n != 0 && (n & (n - 1)) == 0; }

// Shifts `fn` and `sn` right together until fn's lowest bit is set or fn is 0 (RFC 9162 2.1.3.2 step 4.b).
void ShiftPastZeros(uint64_t* fn, uint64_t* sn) {
  while (*fn != 0 && (*fn & 1) == 0) {
    *fn >>= 1;
    *sn >>= 1;
  }
}

}  // namespace

MerkleHash MerkleLeafHash(std::string_view leaf_data) { return Sha256({std::string_view("\x00", 1), leaf_data}); }

MerkleHash MerkleNodeHash(const MerkleHash& left, const MerkleHash& right) {
  return Sha256({std::string_view("\x01", 1), MerkleBytes(left), MerkleBytes(right)});
}

Result<MerkleHash> ParseMerkleHex(std::string_view hex) {
  if (!IsSha256Hex(hex)) return Status::InvalidInput(fmt::format("`{}` is not 64 lowercase hex digits", hex));
  MerkleHash hash;
  for (size_t i = 0; i < hash.size(); ++i) std::from_chars(hex.data() + 2 * i, hex.data() + 2 * i + 2, hash[i], 16);
  return hash;
}

Result<MerkleHash> EventLeafHash(std::string_view event_hash_hex) {
  Result<MerkleHash> event_hash = ParseMerkleHex(event_hash_hex);
  if (!event_hash.ok()) return Status::Corruption(fmt::format("an event hash {}", event_hash.status().message()));
  return MerkleLeafHash(MerkleBytes(*event_hash));
}

std::string MerkleHex(const MerkleHash& hash) { return ToHex(hash.data(), hash.size()); }

std::string_view MerkleBytes(const MerkleHash& hash) {
  return {reinterpret_cast<const char*>(hash.data()), hash.size()};
}

Result<MerkleHash> MerkleHashFromBytes(std::string_view bytes) {
  MerkleHash hash;
  if (bytes.size() != hash.size()) {
    return Status::Corruption(fmt::format("a stored Merkle hash has {} bytes, not {}", bytes.size(), hash.size()));
  }
  std::copy(bytes.begin(), bytes.end(), reinterpret_cast<char*>(hash.data()));
  return hash;
}

std::string FormatTreeHead(const TreeHead& head) { return fmt::format("{}:{}", head.size, MerkleHex(head.root)); }

Result<TreeHead> ParseTreeHead(std::string_view text) {
  const Status bad = Status::InvalidInput(fmt::format(
      "tree head `{}` is not SIZE:ROOT (a number of events, a colon and 64 hex digits, as `dossier verify` prints it)",
      text));
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return bad;
  TreeHead head;
  const char* size_end = text.data() + colon;
  auto [parsed, error] = std::from_chars(text.data(), size_end, head.size);
  if (error != std::errc() || parsed != size_end) return bad;
  Result<MerkleHash> root = ParseMerkleHex(text.substr(colon + 1));
  if (!root.ok()) return bad;
  head.root = *root;
  return head;
}

Result<MerkleHash> SubtreeFromHalves(const SubtreeHashes& tree, unsigned level, uint64_t index) {
  Result<MerkleHash> left = tree.Subtree(level - 1, 2 * index);
  if (!left.ok()) return left;
  Result<MerkleHash> right = tree.Subtree(level - 1, 2 * index + 1);
  if (!right.ok()) return right;
  return MerkleNodeHash(*left, *right);
}

Result<MerkleHash> RangeHash(const SubtreeHashes& tree, uint64_t begin, uint64_t end) {
  if (begin == end) return Sha256(std::string_view());
  // The range's tiling: from `begin`, the largest aligned complete subtree that fits, and so on. Its
  // root folds them from the right (the last split of MTH is always the leftmost power of two).
  std::vector<MerkleHash> tiles;
  for (uint64_t at = begin; at < end;) {
    unsigned level = 0;
    while (level < 63 && (at & ((uint64_t{2} << level) - 1)) == 0 && at + (uint64_t{2} << level) <= end) ++level;
    Result<MerkleHash> tile = tree.Subtree(level, at >> level);
    if (!tile.ok()) return tile.status();
    tiles.push_back(*tile);
    at += uint64_t{1} << level;
  }
  MerkleHash root = tiles.back();
  for (size_t i = tiles.size() - 1; i-- > 0;) root = MerkleNodeHash(tiles[i], root);
  return root;
}

Result<std::vector<MerkleHash>> InclusionProof(const SubtreeHashes& tree, uint64_t leaf, uint64_t size) {
  // PATH(m, D[begin:end]), unrolled: each split adds the hash of the half without the leaf. They
  // are found root first and given leaf first.
  std::vector<MerkleHash> proof;
  uint64_t begin = 0, end = size;
  while (end - begin > 1) {
    const uint64_t k = SplitPoint(end - begin);
    Result<MerkleHash> sibling = leaf - begin < k ? RangeHash(tree, begin + k, end) : RangeHash(tree, begin, begin + k);
    if (!sibling.ok()) return sibling.status();
    proof.push_back(*sibling);
    if (leaf - begin < k) {
      end = begin + k;
    } else {
      begin += k;
    }
  }
  std::reverse(proof.begin(), proof.end());
  return proof;
}

Result<std::vector<MerkleHash>> ConsistencyProof(const SubtreeHashes& tree, uint64_t old_size, uint64_t new_size) {
  // SUBPROOF(m, D[begin:end], b), unrolled the same way.
  std::vector<MerkleHash> proof;
  if (old_size == 0 || old_size == new_size) return proof;
  uint64_t m = old_size, begin = 0, end = new_size;
  bool whole = true;  // b: the old tree is this subtree's root's whole left part, known to the verifier
  while (m != end - begin) {
    const uint64_t k = SplitPoint(end - begin);
    Result<MerkleHash> sibling = m <= k ? RangeHash(tree, begin + k, end) : RangeHash(tree, begin, begin + k);
    if (!sibling.ok()) return sibling.status();
    proof.push_back(*sibling);
    if (m <= k) {
      end = begin + k;
    } else {
      m -= k;
      begin += k;
      whole = false;
    }
  }
  if (!whole) {
    Result<MerkleHash> subtree = RangeHash(tree, begin, end);
    if (!subtree.ok()) return subtree.status();
    proof.push_back(*subtree);
  }
  std::reverse(proof.begin(), proof.end());
  return proof;
}

bool VerifyInclusion(uint64_t leaf, const MerkleHash& leaf_hash, const std::vector<MerkleHash>& proof,
                     const TreeHead& head) {
  if (leaf >= head.size) return false;
  uint64_t fn = leaf, sn = head.size - 1;
  MerkleHash r = leaf_hash;
  for (const MerkleHash& p : proof) {
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      r = MerkleNodeHash(p, r);
      ShiftPastZeros(&fn, &sn);
    } else {
      r = MerkleNodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == head.root;
}

bool VerifyConsistency(const TreeHead& old_head, const TreeHead& new_head, const std::vector<MerkleHash>& proof) {
  if (old_head.size > new_head.size) return false;
  if (old_head.size == new_head.size) return proof.empty() && old_head.root == new_head.root;
  if (old_head.size == 0) return proof.empty();  // the empty tree is a prefix of every tree
  std::vector<MerkleHash> path = proof;
  if (IsPowerOfTwo(old_head.size)) path.insert(path.begin(), old_head.root);
  if (path.empty()) return false;
  uint64_t fn = old_head.size - 1, sn = new_head.size - 1;
  while ((fn & 1) != 0) {
    fn >>= 1;
    sn >>= 1;
  }
  MerkleHash fr = path.front(), sr = path.front();
  for (size_t i = 1; i < path.size(); ++i) {
    const MerkleHash& c = path[i];
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      fr = MerkleNodeHash(c, fr);
      sr = MerkleNodeHash(c, sr);
      ShiftPastZeros(&fn, &sn);
    } else {
      sr = MerkleNodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return fr == old_head.root && sr == new_head.root && sn == 0;
}

}  // namespace dossier
