#include "store/log_tree.h"

#include <fmt/format.h>

#include "model/envelope.h"
#include "store/key_layout.h"
#include "store/merkle_frontier.h"

namespace dossier {

Result<MerkleHash> KeptSubtrees::Subtree(unsigned level, uint64_t index) const {
  if (level >= keys::kLowestKeptMerkleLevel || MerkleFrontier::OnEdge(level, index, store_->merkle_size())) {
    Result<std::string> bytes = store_->MerkleSubtree(level, index);
    if (!bytes.ok()) {
      if (bytes.status().code() != Status::Code::kNotFound) return bytes.status();
      return Status::Corruption(fmt::format("the store's Merkle tree of {} events lacks its subtree at level {} index {}",
                                            store_->merkle_size(), level, index));
    }
    return MerkleHashFromBytes(*bytes);
  }
  if (level == 0) return Leaf(index);
  return SubtreeFromHalves(*this, level, index);
}

Result<MerkleHash> KeptSubtrees::Leaf(uint64_t leaf) const {
  constexpr uint64_t kBlock = uint64_t{1} << keys::kLowestKeptMerkleLevel;
  const uint64_t begin = leaf - leaf % kBlock;
  if (begin != block_begin_) {
    block_begin_ = UINT64_MAX;
    block_leaves_.clear();
    // Point reads: the block is a few table blocks at most, and a scan would read ahead megabytes.
    for (uint64_t position = begin + 1; position <= begin + kBlock && position <= store_->head_position(); ++position) {
      Result<std::string> bytes = store_->ReadEncodedEvent(position);
      if (!bytes.ok()) return bytes.status();
      Result<std::string_view> hash = StoredEventHash(*bytes);
      if (!hash.ok()) return hash.status().WithContext(fmt::format("event {}", position));
      Result<MerkleHash> hashed = EventLeafHash(*hash);
      if (!hashed.ok()) return hashed.status().WithContext(fmt::format("event {}", position));
      block_leaves_.push_back(*hashed);
    }
    block_begin_ = begin;
  }
  if (leaf - begin >= block_leaves_.size()) {
    return Status::Corruption(fmt::format("the store's Merkle tree names event {}, but the log ends at event {}",
                                          leaf + 1, begin + block_leaves_.size()));
  }
  return block_leaves_[leaf - begin];
}

Result<LogTree> LogTree::Open(const EventStore& store) {
  LogTree tree(store);
  tree.kept_ = store.merkle_size();
  const uint64_t size = store.head_position();
  if (tree.kept_ > size) {
    return Status::Corruption(fmt::format("the store's Merkle tree holds {} events but its log {}", tree.kept_, size));
  }
  Status leaf_problem = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store.ReadAll(tree.kept_ + 1, [&](const RecordedEvent& event) {
    Result<MerkleHash> leaf = EventLeafHash(event.hash);
    if (!leaf.ok()) {
      leaf_problem = leaf.status().WithContext(fmt::format("event {}", event.position));
      return false;
    }
    tree.recent_.push_back(*leaf);
    return event.position < size;
  }));
  DOSSIER_RETURN_IF_ERROR(leaf_problem);
  if (tree.kept_ + tree.recent_.size() != size) {
    return Status::Corruption(fmt::format("the log's head is event {} but events end at {}", size,
                                          tree.kept_ + tree.recent_.size()));
  }
  tree.head_.size = size;
  DOSSIER_ASSIGN_OR_RETURN(tree.head_.root, RangeHash(tree, 0, size));
  return tree;
}

Result<MerkleHash> LogTree::Subtree(unsigned level, uint64_t index) const {
  const uint64_t begin = index << level;
  const uint64_t end = begin + (uint64_t{1} << level);
  if (end <= kept_) return kept_tree_.Subtree(level, index);
  if (level == 0) return recent_.at(begin - kept_);
  return SubtreeFromHalves(*this, level, index);  // partly or wholly past the kept tree
}

}  // namespace dossier
