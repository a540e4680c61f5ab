#include "store/family_options.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

namespace dossier {
namespace {

// One block cache for all the families a process opens (RocksDB's default is 8 MB per table
// factory, six of them): it holds the data blocks read and the index blocks of the table files that
// reads reach, at high priority so that a scan's data blocks evict each other first. One shard: a
// sharded cache (RocksDB makes 64 of 512 KB for this size) keeps no block larger than a shard, and
// the index block of a 64 MB table file is about 650 KB; evicted at once, it was read again at every
// seek (`brief fifty` on a 100k-article store: 1.16 x the CPU of the build before, 0.99 x in one
// shard). The reads are one thread's, so one lock costs nothing.
constexpr size_t kBlockCacheBytes = 32 << 20;

std::shared_ptr<rocksdb::Cache> StoreBlockCache() {
  static const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(kBlockCacheBytes, /*num_shard_bits=*/0);
  return cache;
}

// Every open opens every table file (max_open_files -1, which readers beside a writer need: see
// EventStore::Open). Without cache_index_and_filter_blocks each file's open reads and decompresses
// its whole index block and compression dictionary and keeps them, so every command paid for the
// whole store: `log --limit 1` cost 0.046 s of CPU and 42 MB on a 456k-article store against
// 0.019 s and 23 MB at 1k. With it, a file's index and dictionary are read through the block cache
// when a read first reaches the file, so a command pays for the files its answer is in. Level 0's
// few small files (flushed, read by every lookup) keep theirs pinned, read at open.
rocksdb::BlockBasedTableOptions TableOptions() {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = StoreBlockCache();
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  // A table file's index in 4 KiB partitions under a small top level (kept pinned once read), so a
  // seek reads one partition, not the whole index block (~650 KB of a 64 MB file, a fifth of a
  // story read's CPU on the 1M store). Only files written from now on have it; RocksDB reads each
  // file by the index it was written with. `questions --story` on a 100k store compacted either
  // way: 0.80 x the CPU (doc/notes/scale.md).
  table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  table.metadata_block_size = 4096;
  table.pin_top_level_index_and_filter = true;
  return table;
}

}  // namespace

rocksdb::ColumnFamilyOptions ZstdFamilyOptions() {
  rocksdb::ColumnFamilyOptions options;
  options.compression = rocksdb::kZSTD;
  options.bottommost_compression = rocksdb::kZSTD;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(TableOptions()));
  return options;
}

// Measured on a 1k-article store (schema-1 payloads) with every table compacted again: its events,
// 21.9 MB of JSON, took 6.1 MB with LZ4 in 4 KiB blocks (the options before), 4.2 MB with zstd,
// 3.2 MB with zstd in 16 KiB blocks and a 32 KiB dictionary; the projections' rows, 31.4 MB, took
// 11.1 MB with Snappy (RocksDB's default), 6.1 MB so. The dictionary is the table's values sampled
// as they are: training one with zstd's trainer saved 1% more for twice the compaction's CPU. Its
// samples come from the first 4 MiB of each table, so a flush or compaction buffers no more than
// that. A point read decompresses one 16 KiB block.
rocksdb::ColumnFamilyOptions DenseJsonFamilyOptions() {
  rocksdb::ColumnFamilyOptions options = ZstdFamilyOptions();
  options.compression_opts.max_dict_bytes = 32 << 10;
  options.compression_opts.zstd_max_train_bytes = 0;
  options.compression_opts.max_dict_buffer_bytes = 4 << 20;
  options.bottommost_compression_opts = options.compression_opts;
  options.bottommost_compression_opts.enabled = true;
  rocksdb::BlockBasedTableOptions table = TableOptions();
  table.block_size = 16 << 10;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

rocksdb::ColumnFamilyOptions ScratchFamilyOptions() {
  rocksdb::ColumnFamilyOptions options;
  options.disable_auto_compactions = true;
  options.compression = rocksdb::kLZ4Compression;
  rocksdb::BlockBasedTableOptions table;
  table.block_size = 16 << 10;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

}  // namespace dossier
