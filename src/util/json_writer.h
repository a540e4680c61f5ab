// JsonWriter: builds compact JSON text with a fixed member order and minimal escaping.
//
// The output is canonical for what we write: no whitespace, members in the order they are added,
// strings escaped exactly one way (", \, control characters as \n \t \uXXXX; U+2028 and U+2029 as
// \u2028 \u2029 so the text is safe inside a <script>; everything else as its UTF-8 bytes). Event
// hashes are computed over this encoding, so it must never change for a given input.
// REQUIRES: strings passed in are valid UTF-8 (callers validate untrusted text first).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

class JsonWriter {
 public:
  JsonWriter() = default;
  // Writes into `buffer`, emptied first: a caller that writes many texts hands the last one's
  // buffer back (Take) so that its capacity is reused.
  explicit JsonWriter(std::string buffer) : out_(std::move(buffer)) { out_.clear(); }

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& OptionalString(const std::optional<std::string>& value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Uint(uint64_t value);
  JsonWriter& Double(double value);  // shortest round-trip form; NaN and infinities as null
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& Raw(std::string_view json);  // REQUIRES: `json` is one valid JSON value

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void BeforeValue();
  std::string out_;
  bool need_comma_ = false;
};

// Appends `value` to `out` as a quoted, escaped JSON string.
void AppendJsonString(std::string* out, std::string_view value);

}  // namespace dossier
