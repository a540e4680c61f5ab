#include "store/log_tree.h"

#include <fmt/format.h>

namespace dossier {

Result<MerkleHash> KeptSubtrees::Subtree(unsigned level, uint64_t index) const {
  Result<std::string> bytes = store_.MerkleSubtree(level, index);
  if (!bytes.ok()) {
    if (bytes.status().code() != Status::Code::kNotFound) return bytes.status();
    return Status::Corruption(fmt::format("the store's Merkle tree of {} events lacks its subtree at level {} index {}",
                                          store_.merkle_size(), level, index));
  }
  return MerkleHashFromBytes(*bytes);
}

Result<LogTree> LogTree::Open(const EventStore& store) {
  LogTree tree;
  tree.store_ = &store;
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
  if (end <= kept_) return KeptSubtrees(*store_).Subtree(level, index);
  if (level == 0) return recent_.at(begin - kept_);
  // Partly or wholly past the kept tree: from its halves.
  Result<MerkleHash> left = Subtree(level - 1, 2 * index);
  if (!left.ok()) return left;
  Result<MerkleHash> right = Subtree(level - 1, 2 * index + 1);
  if (!right.ok()) return right;
  return MerkleNodeHash(*left, *right);
}

}  // namespace dossier
