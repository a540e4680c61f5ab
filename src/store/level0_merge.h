// Which level-0 table files a small write merges (see RocksEventStore::BoundLevel0). A small
// write's flush (the one in ~30-120 that takes the kept WAL past its bound) adds a level-0 file of
// 50-160 KB to each column family. Compacting level 0 into the levels below rewrites most of
// level 1 (a projections table spans every projection's keys): 3-16 s of CPU on a 100k-article
// store, paid by that one command. So no small write compacts the levels: when a family holds
// kMaxLevel0Files in level 0, the writer merges the newest run of them into one level-0 file,
// size-tiered (a file joins the run while it weighs at most kLevel0MergeRatio times the files newer
// than it together). A merge reads only its files, and the files merged together grow
// geometrically, so a byte a small write flushes is merged again a few times (about the log of the
// bytes flushed since the last bulk write), and level 0 holds a few files of growing size until a
// bulk write (which compacts the levels) empties it.
//
// Before, the merge took the newest files up to 4 MiB together and, once level 0 held only larger
// files (a bulk write's leftovers, or merged files of 4 MiB), compacted the levels: one
// one-article ingest in ~1,000-3,000 rewrote the whole store (15.6 s at 100k articles).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dossier {

// Each read looks into every level-0 file: with 23-26 of them a family, `show` took 1.29 × and
// `brief` 1.50 × the CPU they took with 3-6 on a 100k-article store.
inline constexpr size_t kMaxLevel0Files = 8;
inline constexpr uint64_t kLevel0MergeRatio = 2;

// How many of the newest level-0 files to merge into one, given their sizes newest first: 0 while
// there are fewer than kMaxLevel0Files, or when the newest is alone in its run (much smaller than
// the next: the next flush's file joins it).
size_t Level0MergeRun(const std::vector<uint64_t>& sizes_newest_first);

}  // namespace dossier
