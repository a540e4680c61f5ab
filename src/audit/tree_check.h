// TreeCheck: what `verify` proves of the store's Merkle tree (store/merkle.h). Fed each event's
// hash in log order, once LogCheck has proven it, it recomputes the tree and compares every
// complete subtree the store keeps (store/key_layout.h: those of kLowestKeptMerkleLevel and up, and
// the edge below) with the recomputed one, a chunk of events at a time (memory stays bounded);
// Finish then checks that the store keeps nothing beyond them. The tree head it gives is the
// events' own, whatever the store keeps. Rows below that level off the edge, which a store of
// format 2 or older keeps until its next append, are never read, so they are not checked.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/event_store.h"
#include "store/merkle.h"
#include "store/merkle_frontier.h"

namespace dossier {

class TreeCheck {
 public:
  explicit TreeCheck(const EventStore& store) : store_(store), kept_(store.merkle_size()) {}

  // The event at `position` (the next one) by its leaf hash (EventLeafHash of its proven hash,
  // which may be computed ahead, on another thread).
  Status AddLeaf(uint64_t position, const Result<MerkleHash>& leaf);
  // After every event: the kept subtrees not yet compared, and that no other is kept.
  Status Finish();

  TreeHead head() const { return frontier_.Head(); }
  // How many of the events the store's tree holds (fewer in a store made before the tree).
  uint64_t kept() const { return kept_; }

 private:
  // That the store keeps the subtree at (level, index), whose hash is `hash`.
  void Expect(unsigned level, uint64_t index, const MerkleHash& hash);
  Status ComparePending();

  const EventStore& store_;
  const uint64_t kept_;
  MerkleFrontier frontier_;
  // Per level, the recomputed subtrees (index, hash) the store should keep, not yet compared.
  std::vector<std::vector<std::pair<uint64_t, MerkleHash>>> pending_;
};

}  // namespace dossier
