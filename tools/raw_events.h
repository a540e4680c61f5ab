// The baseline of the benchmarks that read events: a plain RocksDB iterator over encoded events,
// each parsed member by member with simdjson as the store's decoder parses it, without building an
// event. Shared by bench_store and bench_brief so that both measure against the same work.
#pragma once

#include <cstdint>
#include <string>

#include <fmt/format.h>
#include <rocksdb/iterator.h>
#include <simdjson.h>

struct RawEventsRead {
  uint64_t events = 0;
  uint64_t checksum = 0;  // numbers and string lengths of every member, to compare with the store's reading
  std::string error;      // empty unless an event could not be read
};

// Reads every value from `it`'s first key on.
inline RawEventsRead ReadRawEvents(rocksdb::Iterator* it) {
  RawEventsRead read;
  simdjson::ondemand::parser parser;
  std::string buffer;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    buffer.assign(it->value().data(), it->value().size());
    buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc) || doc.get_object().get(object)) {
      read.error = fmt::format("raw event {} is not a JSON object", read.events + 1);
      return read;
    }
    for (auto field : object) {
      std::string_view key;
      std::string_view text;
      uint64_t number = 0;
      simdjson::error_code error = field.unescaped_key().get(key);
      auto value = field.value();
      if (!error) {
        if (key == "position" || key == "version" || key == "schema") {
          error = value.get_uint64().get(number);
        } else if (key == "payload") {
          simdjson::ondemand::object payload;
          error = value.get_object().get(payload);
          if (!error) error = payload.raw_json().get(text);
        } else if (key == "occurred_at") {
          bool is_null = false;
          error = value.is_null().get(is_null);
          if (!error && !is_null) error = value.get_string().get(text);
        } else {
          error = value.get_string().get(text);
        }
      }
      if (error) {
        read.error = fmt::format("raw event {}: member `{}`: {}", read.events + 1, key, simdjson::error_message(error));
        return read;
      }
      read.checksum += number + text.size();
    }
    ++read.events;
  }
  if (!it->status().ok()) read.error = it->status().ToString();
  return read;
}
