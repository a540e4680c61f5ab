// The Merkle tree of RFC 9162 section 2.1 (store/merkle.h, store/merkle_frontier.h): the published
// Certificate Transparency test vectors, the RFC's recursive definitions written out naively and
// compared with the unrolled proofs on every small tree, and proofs that fail when a byte flips.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "store/merkle.h"
#include "store/merkle_frontier.h"

using namespace dossier;

namespace {

MerkleHash Hex(std::string_view hex) {
  Result<MerkleHash> hash = ParseMerkleHex(hex);
  REQUIRE(hash.ok());
  return *hash;
}

std::vector<MerkleHash> Hexes(const std::vector<std::string>& hexes) {
  std::vector<MerkleHash> out;
  for (const std::string& h : hexes) out.push_back(Hex(h));
  return out;
}

// The RFC's definitions, recursively over the leaf hashes, as the RFC writes them.
uint64_t Split(uint64_t n) {
  uint64_t k = 1;
  while (2 * k < n) k *= 2;
  return k;
}
std::vector<MerkleHash> Slice(const std::vector<MerkleHash>& d, uint64_t begin, uint64_t end) {
  return {d.begin() + begin, d.begin() + end};
}
MerkleHash Mth(const std::vector<MerkleHash>& d) {
  if (d.empty()) return Sha256(std::string_view());
  if (d.size() == 1) return d[0];
  const uint64_t k = Split(d.size());
  return MerkleNodeHash(Mth(Slice(d, 0, k)), Mth(Slice(d, k, d.size())));
}
std::vector<MerkleHash> Path(uint64_t m, const std::vector<MerkleHash>& d) {
  if (d.size() == 1) return {};
  const uint64_t n = d.size(), k = Split(n);
  std::vector<MerkleHash> path = m < k ? Path(m, Slice(d, 0, k)) : Path(m - k, Slice(d, k, n));
  path.push_back(m < k ? Mth(Slice(d, k, n)) : Mth(Slice(d, 0, k)));
  return path;
}
std::vector<MerkleHash> SubProof(uint64_t m, const std::vector<MerkleHash>& d, bool b) {
  const uint64_t n = d.size();
  if (m == n) return b ? std::vector<MerkleHash>{} : std::vector<MerkleHash>{Mth(d)};
  const uint64_t k = Split(n);
  std::vector<MerkleHash> proof = m <= k ? SubProof(m, Slice(d, 0, k), b) : SubProof(m - k, Slice(d, k, n), false);
  proof.push_back(m <= k ? Mth(Slice(d, k, n)) : Mth(Slice(d, 0, k)));
  return proof;
}

// Complete subtrees computed from the leaves each time they are asked for.
class LeafSubtrees final : public SubtreeHashes {
 public:
  explicit LeafSubtrees(std::vector<MerkleHash> leaves) : leaves_(std::move(leaves)) {}
  Result<MerkleHash> Subtree(unsigned level, uint64_t index) const override {
    const uint64_t begin = index << level, end = begin + (uint64_t{1} << level);
    if (end > leaves_.size()) return Status::NotFound("past the leaves");
    ++reads;
    return Mth(Slice(leaves_, begin, end));
  }
  mutable int reads = 0;

 private:
  std::vector<MerkleHash> leaves_;
};

// Leaves of distinct made-up data.
std::vector<MerkleHash> Leaves(uint64_t n) {
  std::vector<MerkleHash> leaves;
  for (uint64_t i = 0; i < n; ++i) leaves.push_back(MerkleLeafHash("leaf " + std::to_string(i * 7919)));
  return leaves;
}

MerkleHash Flipped(MerkleHash hash, size_t byte) {
  hash[byte % hash.size()] ^= 0x01;
  return hash;
}

// The leaves of the Certificate Transparency reference tests (RFC 6962's hashing, which 9162 keeps).
std::vector<MerkleHash> ReferenceLeaves() {
  std::vector<MerkleHash> leaves;
  for (std::string data : {std::string(""), std::string("\x00", 1), std::string("\x10"), std::string("\x20\x21"),
                           std::string("\x30\x31"), std::string("\x40\x41\x42\x43"),
                           std::string("\x50\x51\x52\x53\x54\x55\x56\x57"),
                           std::string("\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f")}) {
    leaves.push_back(MerkleLeafHash(data));
  }
  return leaves;
}

const char* const kReferenceRoots[] = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

TreeHead Head(uint64_t size, const MerkleHash& root) {
  TreeHead head;
  head.size = size;
  head.root = root;
  return head;
}

}  // namespace

TEST_CASE("tree heads of sizes 0 to 8 are the published reference roots", "[merkle]") {
  const std::vector<MerkleHash> leaves = ReferenceLeaves();
  for (uint64_t n = 0; n <= leaves.size(); ++n) {
    CAPTURE(n);
    const std::vector<MerkleHash> prefix = Slice(leaves, 0, n);
    Result<MerkleHash> root = RangeHash(LeafSubtrees(prefix), 0, n);
    REQUIRE(root.ok());
    REQUIRE(MerkleHex(*root) == kReferenceRoots[n]);
    MerkleFrontier frontier;
    for (const MerkleHash& leaf : prefix) frontier.Append(leaf, [](unsigned, uint64_t, const MerkleHash&) {});
    REQUIRE(frontier.Head() == Head(n, *root));
  }
}

TEST_CASE("inclusion and consistency proofs are the published reference proofs", "[merkle]") {
  const std::vector<MerkleHash> leaves = ReferenceLeaves();
  const LeafSubtrees tree(leaves);
  struct Case {
    uint64_t leaf, size;  // the leaf counted from 0
    std::vector<std::string> proof;
  };
  const std::vector<Case> inclusions = {
      {0, 8, {"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
              "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
              "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
      {5, 8, {"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
              "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
              "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
      {2, 3, {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"}},
      {1, 5, {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
              "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
              "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}},
  };
  for (const Case& c : inclusions) {
    CAPTURE(c.leaf, c.size);
    Result<std::vector<MerkleHash>> proof = InclusionProof(tree, c.leaf, c.size);
    REQUIRE(proof.ok());
    REQUIRE(*proof == Hexes(c.proof));
    REQUIRE(VerifyInclusion(c.leaf, leaves[c.leaf], *proof, Head(c.size, Hex(kReferenceRoots[c.size]))));
  }
  const std::vector<Case> consistencies = {
      {1, 1, {}},
      {1, 8, {"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
              "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
              "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
      {6, 8, {"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
              "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
              "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
      {2, 5, {"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
              "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}},
  };
  for (const Case& c : consistencies) {
    const uint64_t m = c.leaf, n = c.size;
    CAPTURE(m, n);
    Result<std::vector<MerkleHash>> proof = ConsistencyProof(tree, m, n);
    REQUIRE(proof.ok());
    REQUIRE(*proof == Hexes(c.proof));
    REQUIRE(VerifyConsistency(Head(m, Hex(kReferenceRoots[m])), Head(n, Hex(kReferenceRoots[n])), *proof));
  }
}

TEST_CASE("hand-computed small trees: three and five leaves", "[merkle]") {
  const std::vector<MerkleHash> d = Leaves(5);
  const LeafSubtrees tree(d);
  // Three leaves: the split is at 2, so the root is (d0 d1) d2.
  const MerkleHash root3 = MerkleNodeHash(MerkleNodeHash(d[0], d[1]), d[2]);
  REQUIRE(*RangeHash(tree, 0, 3) == root3);
  REQUIRE(*InclusionProof(tree, 2, 3) == std::vector<MerkleHash>{MerkleNodeHash(d[0], d[1])});
  REQUIRE(*InclusionProof(tree, 0, 3) == std::vector<MerkleHash>{d[1], d[2]});
  // Five leaves: ((d0 d1)(d2 d3)) d4.
  const MerkleHash left4 = MerkleNodeHash(MerkleNodeHash(d[0], d[1]), MerkleNodeHash(d[2], d[3]));
  const MerkleHash root5 = MerkleNodeHash(left4, d[4]);
  REQUIRE(*RangeHash(tree, 0, 5) == root5);
  REQUIRE(*InclusionProof(tree, 4, 5) == std::vector<MerkleHash>{left4});
  REQUIRE(*InclusionProof(tree, 3, 5) == std::vector<MerkleHash>{d[2], MerkleNodeHash(d[0], d[1]), d[4]});
  // From three to five: the verifier rebuilds (d0 d1) d2 from d2 and (d0 d1), then adds d3 and d4.
  REQUIRE(*ConsistencyProof(tree, 3, 5) == std::vector<MerkleHash>{d[2], d[3], MerkleNodeHash(d[0], d[1]), d[4]});
  REQUIRE(VerifyConsistency(Head(3, root3), Head(5, root5), *ConsistencyProof(tree, 3, 5)));
  // From four (a power of two: its root is known) to five: just d4.
  REQUIRE(*ConsistencyProof(tree, 4, 5) == std::vector<MerkleHash>{d[4]});
  REQUIRE(VerifyConsistency(Head(4, left4), Head(5, root5), {d[4]}));
}

TEST_CASE("every proof equals the RFC's recursive definition and verifies, and a flipped byte fails",
          "[merkle]") {
  for (uint64_t n : {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 16, 17, 31, 33, 47}) {
    CAPTURE(n);
    const std::vector<MerkleHash> d = Leaves(n);
    const LeafSubtrees tree(d);
    const TreeHead head = Head(n, Mth(d));
    REQUIRE(*RangeHash(tree, 0, n) == head.root);
    for (uint64_t m = 0; m < n; ++m) {
      CAPTURE(m);
      Result<std::vector<MerkleHash>> proof = InclusionProof(tree, m, n);
      REQUIRE(proof.ok());
      REQUIRE(*proof == Path(m, d));
      REQUIRE(VerifyInclusion(m, d[m], *proof, head));
      REQUIRE_FALSE(VerifyInclusion(m, Flipped(d[m], m), *proof, head));
      REQUIRE_FALSE(VerifyInclusion(m, d[m], *proof, Head(n, Flipped(head.root, m))));
      for (size_t i = 0; i < proof->size(); ++i) {
        std::vector<MerkleHash> bad = *proof;
        bad[i] = Flipped(bad[i], i + m);
        REQUIRE_FALSE(VerifyInclusion(m, d[m], bad, head));
      }
      if (n > 1) REQUIRE_FALSE(VerifyInclusion((m + 1) % n, d[m], *proof, head));
      REQUIRE_FALSE(VerifyInclusion(m, d[m], *proof, Head(n + 1, Mth(Leaves(n + 1)))));
      std::vector<MerkleHash> longer = *proof;
      longer.push_back(d[m]);
      REQUIRE_FALSE(VerifyInclusion(m, d[m], longer, head));
    }
    for (uint64_t m = 1; m < n; ++m) {
      CAPTURE(m);
      const TreeHead old_head = Head(m, Mth(Slice(d, 0, m)));
      Result<std::vector<MerkleHash>> proof = ConsistencyProof(tree, m, n);
      REQUIRE(proof.ok());
      REQUIRE(*proof == SubProof(m, d, true));
      REQUIRE(VerifyConsistency(old_head, head, *proof));
      REQUIRE_FALSE(VerifyConsistency(Head(m, Flipped(old_head.root, m)), head, *proof));
      REQUIRE_FALSE(VerifyConsistency(old_head, Head(n, Flipped(head.root, n)), *proof));
      for (size_t i = 0; i < proof->size(); ++i) {
        std::vector<MerkleHash> bad = *proof;
        bad[i] = Flipped(bad[i], i);
        REQUIRE_FALSE(VerifyConsistency(old_head, head, bad));
      }
      // A tree whose leaf m-1 differs is not an extension of the old one.
      std::vector<MerkleHash> other = d;
      other[m - 1] = Flipped(other[m - 1], 3);
      REQUIRE_FALSE(VerifyConsistency(old_head, Head(n, Mth(other)), *ConsistencyProof(LeafSubtrees(other), m, n)));
    }
    REQUIRE(VerifyConsistency(head, head, {}));
    REQUIRE(VerifyConsistency(Head(0, Mth({})), head, {}));
    REQUIRE_FALSE(VerifyConsistency(head, Head(n, Flipped(head.root, 0)), {}));
  }
}

TEST_CASE("a proof reads O(log n) complete subtrees", "[merkle]") {
  const uint64_t n = 1000;
  const LeafSubtrees tree(Leaves(n));
  for (uint64_t m : {0, 1, 499, 511, 512, 998, 999}) {
    tree.reads = 0;
    REQUIRE(InclusionProof(tree, m, n).ok());
    CAPTURE(m, tree.reads);
    REQUIRE(tree.reads <= 2 * 10);
  }
  tree.reads = 0;
  REQUIRE(ConsistencyProof(tree, 377, n).ok());
  REQUIRE(tree.reads <= 3 * 10);
}

TEST_CASE("the frontier names each complete subtree once as it completes, and reloads from them", "[merkle]") {
  const uint64_t n = 45;
  const std::vector<MerkleHash> d = Leaves(n);
  const LeafSubtrees tree(d);
  MerkleFrontier frontier;
  uint64_t named = 0;
  for (uint64_t i = 0; i < n; ++i) {
    frontier.Append(d[i], [&](unsigned level, uint64_t index, const MerkleHash& hash) {
      ++named;
      REQUIRE(((index + 1) << level) == i + 1);  // it completes with leaf i
      REQUIRE(hash == *tree.Subtree(level, index));
    });
    REQUIRE(frontier.Head() == Head(i + 1, Mth(Slice(d, 0, i + 1))));
    Result<MerkleFrontier> reloaded = MerkleFrontier::Load(tree, i + 1);
    REQUIRE(reloaded.ok());
    REQUIRE(reloaded->Head() == frontier.Head());
  }
  REQUIRE(named == 2 * n - 4);  // 2n - popcount(n): 45 = 101101b
}

TEST_CASE("tree heads read back as written, anything else is refused, naming it", "[merkle]") {
  const TreeHead head = Head(4125, Hex(kReferenceRoots[8]));
  Result<TreeHead> parsed = ParseTreeHead(FormatTreeHead(head));
  REQUIRE(parsed.ok());
  REQUIRE(*parsed == head);
  for (const char* bad : {"", "4125", "4125:", ":5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
                          "x:5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
                          "12:5DC9DA79A70659A9AD559CB701DED9A2AB9D823AAD2F4960CFE370EFF4604328",
                          "12:5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff460432"}) {
    CAPTURE(bad);
    Result<TreeHead> refused = ParseTreeHead(bad);
    REQUIRE(refused.status().code() == Status::Code::kInvalidInput);
    REQUIRE_THAT(refused.status().message(), Catch::Contains("is not SIZE:ROOT"));
  }
}
