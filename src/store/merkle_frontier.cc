#include "store/merkle_frontier.h"

namespace dossier {

Result<MerkleFrontier> MerkleFrontier::Load(const SubtreeHashes& tree, uint64_t size) {
  MerkleFrontier frontier;
  for (unsigned level = 64; level-- > 0;) {
    if ((size >> level & 1) == 0) continue;
    Result<MerkleHash> subtree = tree.Subtree(level, frontier.size_ >> level);
    if (!subtree.ok()) return subtree.status();
    frontier.edge_.push_back(*subtree);
    frontier.size_ += uint64_t{1} << level;
  }
  return frontier;
}

TreeHead MerkleFrontier::Head() const {
  TreeHead head;
  head.size = size_;
  if (edge_.empty()) {
    head.root = Sha256(std::string_view());
    return head;
  }
  head.root = edge_.back();
  for (size_t i = edge_.size() - 1; i-- > 0;) head.root = MerkleNodeHash(edge_[i], head.root);
  return head;
}

}  // namespace dossier
