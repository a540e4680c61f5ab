// LogTree: the Merkle tree of a store's log as of its opening (store/merkle.h): its head, and the
// complete subtrees proofs are made of, read from those the store keeps (KeptSubtrees), so that a
// proof costs O(log n) reads however long the log. Events the kept tree lacks (a store made before
// the tree, which no writer has opened since) are read and hashed in memory, once, at Open.
#pragma once

#include <cstdint>
#include <vector>

#include "dossier/event_store.h"
#include "store/merkle.h"

namespace dossier {

// The complete subtrees of the events a store's tree holds: those the store keeps (of level
// keys::kLowestKeptMerkleLevel and up, and the tree's right edge) as it keeps them, any other hashed
// from the events under it. The leaves of one block of 2^kLowestKeptMerkleLevel events are read
// together and kept for the next call, so that a proof, whose small subtrees all lie in one block,
// reads at most that block.
class KeptSubtrees final : public SubtreeHashes {
 public:
  // `store` must outlive this.
  explicit KeptSubtrees(const EventStore& store) : store_(&store) {}
  Result<MerkleHash> Subtree(unsigned level, uint64_t index) const override;

 private:
  // The leaf of event `leaf` + 1, read with the rest of its block unless that block is the last read.
  Result<MerkleHash> Leaf(uint64_t leaf) const;

  const EventStore* store_;
  mutable uint64_t block_begin_ = UINT64_MAX;  // the first leaf of the block in block_leaves_
  mutable std::vector<MerkleHash> block_leaves_;
};

class LogTree final : public SubtreeHashes {
 public:
  // `store` must outlive the tree. Corruption when the kept tree claims more events than the log.
  static Result<LogTree> Open(const EventStore& store);

  const TreeHead& head() const { return head_; }
  // How many of the head's events the store's tree lacked, hashed in memory at Open.
  uint64_t hashed_at_open() const { return recent_.size(); }

  Result<MerkleHash> Subtree(unsigned level, uint64_t index) const override;

  // The proof that the event at `position` is in the tree head(). REQUIRES: 1 <= position <= size.
  Result<std::vector<MerkleHash>> InclusionProofOf(uint64_t position) const {
    return InclusionProof(*this, position - 1, head_.size);
  }

 private:
  explicit LogTree(const EventStore& store) : kept_tree_(store) {}

  KeptSubtrees kept_tree_;
  uint64_t kept_ = 0;                // the leaves the store's tree holds
  std::vector<MerkleHash> recent_;   // the leaves from kept_ on
  TreeHead head_;
};

}  // namespace dossier
