// How the store's column families are compressed (see doc/storage-format.md). RocksDB records each
// block's codec in its table file, so tables written under other options (LZ4, Snappy) stay
// readable and are rewritten with these as compactions reach them: options can change without a
// change of store format.
#pragma once

#include <rocksdb/options.h>

namespace dossier {

// zstd at every level: the streams, meta and blobs families.
rocksdb::ColumnFamilyOptions ZstdFamilyOptions();

// The events and the projections' rows: many small JSON values with the same members. zstd with a
// dictionary trained per table file on its own values, in 16 KiB blocks.
rocksdb::ColumnFamilyOptions DenseJsonFamilyOptions();

// A rebuild's scratch rows (WriteScratchRows): read a few times and dropped, so never compacted,
// compressed cheaply (LZ4), with a Bloom filter so that the fold's point reads skip the files that
// do not hold the key.
rocksdb::ColumnFamilyOptions ScratchFamilyOptions();

}  // namespace dossier
