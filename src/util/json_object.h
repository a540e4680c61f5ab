// JsonObject: one JSON object read with simdjson into its members, for typed, named access.
//
// Every input and payload decoder uses it, so that errors read the same everywhere:
// "field `published`: expected a string or null". Duplicate members are an error. Nested objects
// and arrays are kept as raw JSON and read with their own JsonObject / StringArray.
//
// Decoding every event of a large store goes through here, so parsing reuses one simdjson parser
// per thread, and an object keeps one padded copy of its document, shared with the objects nested
// in it: members are views into it (a string with escapes is unescaped once, beside it), kept in
// one sorted vector, and a nested object or array is read in place, never copied out first.
// Thread-compatible: a JsonObject is a value; Parse may run on many threads at once.
#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"

namespace dossier {

class JsonObject {
 public:
  enum class Kind { kString, kNumber, kBool, kNull, kArray, kObject };

  // Fails with InvalidInput when `json` is not one well-formed JSON object (with nothing after it
  // but whitespace), or has a member twice. The message says where.
  static Result<JsonObject> Parse(std::string_view json);

  bool Has(std::string_view key) const { return Find(key) != nullptr; }
  // The JSON type of a member, or nullopt when it is absent.
  std::optional<Kind> KindOf(std::string_view key) const;

  Result<std::string> String(std::string_view key) const;
  Result<std::optional<std::string>> OptionalString(std::string_view key) const;  // absent or null -> nullopt
  Result<uint64_t> Uint(std::string_view key) const;
  Result<std::optional<uint64_t>> OptionalUint(std::string_view key) const;
  Result<double> Double(std::string_view key) const;
  Result<std::optional<double>> OptionalDouble(std::string_view key) const;  // absent or null -> nullopt
  Result<JsonObject> Object(std::string_view key) const;
  // A member's raw JSON text (an object, an array, a number…), to hand to another decoder.
  Result<std::string> RawMember(std::string_view key) const;
  Result<std::vector<std::string>> StringArray(std::string_view key) const;
  Result<std::vector<uint64_t>> UintArray(std::string_view key) const;
  Result<std::vector<JsonObject>> ObjectArray(std::string_view key) const;

  // Every member's name, in sorted order.
  std::vector<std::string> Keys() const {
    std::vector<std::string> keys;
    for (const Member& member : members_) keys.emplace_back(member.name);
    return keys;
  }

  // The first member whose name is not in `known`, if any.
  std::optional<std::string> UnknownMember(std::initializer_list<std::string_view> known) const;

 private:
  struct Member {
    std::string_view name;
    Kind kind;
    std::string_view text;  // a string unescaped; anything else as its raw JSON
  };
  friend class JsonObjectReader;
  const Member* Find(std::string_view key) const;
  std::shared_ptr<const std::string> document_;      // padded for simdjson; members view into it
  std::shared_ptr<std::deque<std::string>> escaped_;  // names and strings that had escapes, unescaped
  std::vector<Member> members_;  // sorted by name once parsed, names unique
};

}  // namespace dossier
