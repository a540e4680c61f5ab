// MerkleFrontier: the right edge of a growing Merkle tree (store/merkle.h), one complete subtree per
// set bit of its size, largest first. Appending a leaf completes the subtrees it closes, each named
// to the caller to be stored, so a writer keeps the tree in O(1) hashing per event (amortized) and
// O(log n) memory; the edge folded from the right is the tree head.
#pragma once

#include <cstdint>
#include <vector>

#include "store/merkle.h"

namespace dossier {

class MerkleFrontier {
 public:
  // The edge of the tree of `size` leaves whose complete subtrees `tree` holds (popcount(size) reads).
  static Result<MerkleFrontier> Load(const SubtreeHashes& tree, uint64_t size);

  // Appends `leaf` and calls `completed(level, index, hash)` for each complete subtree it closes:
  // the leaf itself (level 0) first, then each larger one.
  template <typename Completed>
  void Append(const MerkleHash& leaf, Completed&& completed) {
    uint64_t index = size_++;
    unsigned level = 0;
    MerkleHash hash = leaf;
    completed(level, index, hash);
    for (; (index & 1) != 0; index >>= 1) {
      hash = MerkleNodeHash(edge_.back(), hash);
      edge_.pop_back();
      completed(++level, index >> 1, hash);
    }
    edge_.push_back(hash);
  }

  uint64_t size() const { return size_; }
  TreeHead Head() const;

  // Calls `fn(level, index, hash)` for each complete subtree of the edge, largest first.
  template <typename Fn>
  void ForEachEdgeSubtree(Fn&& fn) const {
    size_t i = 0;
    for (unsigned level = 64; level-- > 0;) {
      if ((size_ >> level & 1) != 0) fn(level, (size_ >> level) - 1, edge_[i++]);
    }
  }
  // Whether the complete subtree at (level, index) is on the edge of the tree of `size` leaves.
  static bool OnEdge(unsigned level, uint64_t index, uint64_t size) {
    return (size >> level & 1) != 0 && index == (size >> level) - 1;
  }

 private:
  uint64_t size_ = 0;
  std::vector<MerkleHash> edge_;  // the complete subtrees of the right edge, largest (leftmost) first
};

}  // namespace dossier
