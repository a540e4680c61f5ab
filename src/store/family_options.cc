#include "store/family_options.h"

#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

namespace dossier {

rocksdb::ColumnFamilyOptions ZstdFamilyOptions() {
  rocksdb::ColumnFamilyOptions options;
  options.compression = rocksdb::kZSTD;
  options.bottommost_compression = rocksdb::kZSTD;
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
  rocksdb::BlockBasedTableOptions table;
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
