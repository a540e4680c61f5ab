#include "audit/tree_check.h"

#include <fmt/format.h>

#include "store/key_layout.h"

namespace dossier {
namespace {

constexpr uint64_t kEventsPerComparison = 1 << 16;

Status Differs(unsigned level, uint64_t index, std::string_view what) {
  const uint64_t first = (index << level) + 1;
  const uint64_t last = first + (uint64_t{1} << level) - 1;
  return Status::Corruption(
      fmt::format("the Merkle tree's subtree over events {} to {} (level {}) {}", first, last, level, what));
}

}  // namespace

Status TreeCheck::AddLeaf(uint64_t position, const Result<MerkleHash>& leaf) {
  if (!leaf.ok()) return leaf.status().WithContext(fmt::format("event {}", position));
  frontier_.Append(*leaf, [&](unsigned level, uint64_t index, const MerkleHash& hash) {
    if (level < keys::kLowestKeptMerkleLevel || ((index + 1) << level) > kept_) return;  // not kept
    Expect(level, index, hash);
  });
  // Below the levels kept whole, the store keeps the edge of its tree.
  if (frontier_.size() == kept_) {
    frontier_.ForEachEdgeSubtree([&](unsigned level, uint64_t index, const MerkleHash& hash) {
      if (level < keys::kLowestKeptMerkleLevel) Expect(level, index, hash);
    });
  }
  return frontier_.size() % kEventsPerComparison == 0 ? ComparePending() : Status::OK();
}

void TreeCheck::Expect(unsigned level, uint64_t index, const MerkleHash& hash) {
  if (pending_.size() <= level) pending_.resize(level + 1);
  pending_[level].emplace_back(index, hash);
}

Status TreeCheck::ComparePending() {
  for (unsigned level = 0; level < pending_.size(); ++level) {
    std::vector<std::pair<uint64_t, MerkleHash>>& expected = pending_[level];
    if (expected.empty()) continue;
    size_t next = 0;
    Status problem = Status::OK();
    DOSSIER_RETURN_IF_ERROR(store_.ScanMerkleSubtrees(
        level, expected.front().first, expected.back().first + 1, [&](uint64_t index, std::string_view stored) {
          if (index != expected[next].first) {
            problem = Differs(level, expected[next].first, "is missing");
            return false;
          }
          if (stored != MerkleBytes(expected[next].second)) {
            problem = Differs(level, index, "is not the hash of those events");
            return false;
          }
          ++next;
          return true;
        }));
    DOSSIER_RETURN_IF_ERROR(problem);
    if (next != expected.size()) return Differs(level, expected[next].first, "is missing");
    expected.clear();
  }
  return Status::OK();
}

Status TreeCheck::Finish() {
  if (kept_ > frontier_.size()) {
    return Status::Corruption(fmt::format("the Merkle tree says it holds {} events, but the log has {}", kept_,
                                          frontier_.size()));
  }
  DOSSIER_RETURN_IF_ERROR(ComparePending());
  for (unsigned level = 0; level < 64; ++level) {
    const uint64_t held = kept_ >> level;  // the complete subtrees of the kept events at this level
    Status problem = Status::OK();
    DOSSIER_RETURN_IF_ERROR(store_.ScanMerkleSubtrees(level, held, UINT64_MAX, [&](uint64_t index, std::string_view) {
      problem = Differs(level, index, fmt::format("is kept, but the tree holds only events 1 to {}", kept_));
      return false;
    }));
    DOSSIER_RETURN_IF_ERROR(problem);
  }
  return Status::OK();
}

}  // namespace dossier
