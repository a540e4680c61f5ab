#include "util/json_object.h"

#include <charconv>

#include <fmt/format.h>
#include <simdjson.h>

#include "util/json_writer.h"

namespace dossier {
namespace {

Status FieldError(std::string_view key, std::string_view problem) {
  return Status::InvalidInput(fmt::format("field `{}`: {}", key, problem));
}

// simdjson reports an offset into the document only for some errors; the line and column of the
// current token are what a person needs.
std::string Where(std::string_view json, const char* location) {
  if (location == nullptr || location < json.data() || location > json.data() + json.size()) return "";
  size_t offset = static_cast<size_t>(location - json.data());
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (json[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return fmt::format(" at line {}, column {}", line, column);
}

}  // namespace

Result<JsonObject> JsonObject::Parse(std::string_view json) {
  simdjson::padded_string padded(json);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  auto malformed = [&](simdjson::error_code error) {
    const char* location = nullptr;
    std::string where;
    if (!doc.current_location().get(location)) where = Where(std::string_view(padded.data(), padded.size()), location);
    return Status::InvalidInput(fmt::format("malformed JSON{}: {}", where, simdjson::error_message(error)));
  };
  simdjson::error_code error = parser.iterate(padded).get(doc);
  // A document that failed to start has no current token to ask for its location.
  if (error) return Status::InvalidInput(fmt::format("malformed JSON: {}", simdjson::error_message(error)));
  simdjson::ondemand::object object;
  if ((error = doc.get_object().get(object))) {
    if (error == simdjson::INCORRECT_TYPE) return Status::InvalidInput("expected a JSON object");
    // simdjson checks that the last token closes the object before reading it, and then has no
    // current token to point at: point at that last token.
    if (error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
      const size_t last = json.find_last_not_of(" \t\r\n");
      return Status::InvalidInput(fmt::format("malformed JSON{}: the object is cut short or followed by other content",
                                              Where(json, last == std::string_view::npos ? nullptr : json.data() + last)));
    }
    return malformed(error);
  }
  JsonObject result;
  for (auto field : object) {
    std::string_view key;
    if ((error = field.unescaped_key().get(key))) return malformed(error);
    std::string name(key);
    simdjson::ondemand::value value;
    if ((error = field.value().get(value))) return malformed(error);
    simdjson::ondemand::json_type type;
    if ((error = value.type().get(type))) return malformed(error);
    Member member;
    std::string_view text;
    switch (type) {
      case simdjson::ondemand::json_type::string:
        member.kind = Kind::kString;
        error = value.get_string().get(text);
        break;
      case simdjson::ondemand::json_type::number:
        member.kind = Kind::kNumber;
        text = value.raw_json_token();
        // A number token is checked when read; check it now so bad numbers fail at parse time.
        { double unused; error = value.get_double().get(unused); }
        break;
      case simdjson::ondemand::json_type::boolean:
        member.kind = Kind::kBool;
        { bool b = false; error = value.get_bool().get(b); text = b ? "true" : "false"; }  // (get leaves b unset on error)
        break;
      case simdjson::ondemand::json_type::null:
        member.kind = Kind::kNull;
        text = "null";
        { bool is_null; error = value.is_null().get(is_null); }
        break;
      case simdjson::ondemand::json_type::array:
        member.kind = Kind::kArray;
        { simdjson::ondemand::array a; error = value.get_array().get(a); if (!error) error = a.raw_json().get(text); }
        break;
      case simdjson::ondemand::json_type::object:
        member.kind = Kind::kObject;
        { simdjson::ondemand::object o; error = value.get_object().get(o); if (!error) error = o.raw_json().get(text); }
        break;
    }
    if (error) return malformed(error);
    // Raw JSON may carry the whitespace that followed it; a string's own bytes are kept as they are.
    while (member.kind != Kind::kString && !text.empty() &&
           (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' || text.back() == '\r')) {
      text.remove_suffix(1);
    }
    member.text = std::string(text);
    if (!result.members_.emplace(std::move(name), std::move(member)).second) {
      return Status::InvalidInput(fmt::format("field `{}` appears twice", key));
    }
  }
  // Past the object, the only place left is the end (current_location then fails).
  const char* trailing = nullptr;
  if (!doc.current_location().get(trailing)) {
    return Status::InvalidInput(fmt::format("unexpected content after the JSON object{}",
                                            Where(std::string_view(padded.data(), padded.size()), trailing)));
  }
  return result;
}

const JsonObject::Member* JsonObject::Find(std::string_view key) const {
  auto it = members_.find(key);
  return it == members_.end() ? nullptr : &it->second;
}

std::optional<JsonObject::Kind> JsonObject::KindOf(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return std::nullopt;
  return m->kind;
}

Result<std::string> JsonObject::String(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kString) return FieldError(key, "expected a string");
  return m->text;
}

Result<std::optional<std::string>> JsonObject::OptionalString(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr || m->kind == Kind::kNull) return std::optional<std::string>();
  if (m->kind != Kind::kString) return FieldError(key, "expected a string or null");
  return std::optional<std::string>(m->text);
}

Result<uint64_t> JsonObject::Uint(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kNumber || m->text.empty() || m->text.find_first_not_of("0123456789") != std::string::npos ||
      m->text.size() > 19) {
    return FieldError(key, "expected a non-negative integer");
  }
  return static_cast<uint64_t>(std::stoull(m->text));
}

Result<std::optional<uint64_t>> JsonObject::OptionalUint(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr || m->kind == Kind::kNull) return std::optional<uint64_t>();
  Result<uint64_t> value = Uint(key);
  if (!value.ok()) return value.status();
  return std::optional<uint64_t>(*value);
}

Result<double> JsonObject::Double(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  double value = 0;
  if (m->kind != Kind::kNumber) return FieldError(key, "expected a number");
  auto [end, error] = std::from_chars(m->text.data(), m->text.data() + m->text.size(), value);
  if (error != std::errc() || end != m->text.data() + m->text.size()) return FieldError(key, "expected a number");
  return value;
}

Result<std::optional<double>> JsonObject::OptionalDouble(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr || m->kind == Kind::kNull) return std::optional<double>();
  Result<double> value = Double(key);
  if (!value.ok()) return value.status();
  return std::optional<double>(*value);
}

Result<JsonObject> JsonObject::Object(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kObject) return FieldError(key, "expected an object");
  Result<JsonObject> object = Parse(m->text);
  if (!object.ok()) return object.status().WithContext(fmt::format("field `{}`", key));
  return object;
}

Result<std::string> JsonObject::RawMember(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kString) return m->text;
  std::string quoted;
  AppendJsonString(&quoted, m->text);
  return quoted;
}

Result<std::vector<std::string>> JsonObject::StringArray(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kArray) return FieldError(key, "expected an array");
  simdjson::padded_string padded(m->text);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  std::vector<std::string> out;
  if (parser.iterate(padded).get(doc)) return FieldError(key, "malformed array");
  for (auto element : doc.get_array()) {
    std::string_view text;
    if (element.get_string().get(text)) return FieldError(key, "expected an array of strings");
    out.emplace_back(text);
  }
  return out;
}

Result<std::vector<uint64_t>> JsonObject::UintArray(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kArray) return FieldError(key, "expected an array");
  simdjson::padded_string padded(m->text);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  std::vector<uint64_t> out;
  if (parser.iterate(padded).get(doc)) return FieldError(key, "malformed array");
  for (auto element : doc.get_array()) {
    uint64_t value = 0;
    if (element.get_uint64().get(value)) return FieldError(key, "expected an array of non-negative integers");
    out.push_back(value);
  }
  return out;
}

Result<std::vector<JsonObject>> JsonObject::ObjectArray(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kArray) return FieldError(key, "expected an array");
  simdjson::padded_string padded(m->text);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc)) return FieldError(key, "malformed array");
  std::vector<JsonObject> out;
  size_t index = 0;
  for (auto element : doc.get_array()) {
    simdjson::ondemand::object object;
    std::string_view text;
    if (element.get_object().get(object) || object.raw_json().get(text)) {
      return FieldError(fmt::format("{}[{}]", key, index), "expected an object");
    }
    Result<JsonObject> parsed = Parse(text);
    if (!parsed.ok()) return parsed.status().WithContext(fmt::format("field `{}[{}]`", key, index));
    out.push_back(std::move(*parsed));
    ++index;
  }
  return out;
}

std::optional<std::string> JsonObject::UnknownMember(std::initializer_list<std::string_view> known) const {
  for (const auto& [name, member] : members_) {
    bool is_known = false;
    for (std::string_view k : known) is_known = is_known || k == name;
    if (!is_known) return name;
  }
  return std::nullopt;
}

}  // namespace dossier
