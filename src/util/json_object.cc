#include "util/json_object.h"

#include <algorithm>
#include <charconv>
#include <cstring>

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

// A simdjson error as a message, with the line and column of the token the document stopped at.
Status MalformedAt(simdjson::ondemand::document& doc, std::string_view input, simdjson::error_code error) {
  const char* location = nullptr;
  std::string where;
  if (!doc.current_location().get(location)) where = Where(input, location);
  return Status::InvalidInput(fmt::format("malformed JSON{}: {}", where, simdjson::error_message(error)));
}

// One simdjson parser per thread, reused by every parse: a new parser per object costs more than
// the parse itself when a store's events are decoded. No document is read across two parses.
simdjson::ondemand::parser& ThisThreadsParser() {
  thread_local simdjson::ondemand::parser parser;
  return parser;
}

// A padded copy of `json`, for simdjson to read and for members to view.
std::shared_ptr<const std::string> PaddedCopy(std::string_view json) {
  auto copy = std::make_shared<std::string>();
  copy->reserve(json.size() + simdjson::SIMDJSON_PADDING);
  copy->assign(json.data(), json.size());
  return copy;
}

// Starts a document over `part`, a view into the padded `document`: the padding after the
// document's end serves every part of it.
simdjson::error_code IterateIn(const std::string& document, std::string_view part, simdjson::ondemand::document* doc) {
  const size_t room = static_cast<size_t>(document.data() + document.capacity() - part.data());
  return ThisThreadsParser().iterate(part.data(), part.size(), room).get(*doc);
}

// `unescaped` as a view into the document when the string's raw JSON (`raw`, just past its opening
// quote) holds exactly those bytes; else a copy kept in `escaped`.
std::string_view Keep(std::string_view unescaped, const char* raw, std::shared_ptr<std::deque<std::string>>* escaped) {
  if (std::memchr(raw, '\\', unescaped.size()) == nullptr && raw[unescaped.size()] == '"') {
    return {raw, unescaped.size()};
  }
  if (!*escaped) *escaped = std::make_shared<std::deque<std::string>>();
  return (*escaped)->emplace_back(unescaped);
}

}  // namespace

// Reads an object's members, sorted by name; fails on a duplicate. `malformed` turns a simdjson
// error into the caller's message. The members view `document`, which the object is read from.
class JsonObjectReader {
 public:
  template <typename Malformed>
  static Result<JsonObject> Read(simdjson::ondemand::object& object, const Malformed& malformed,
                                 const std::shared_ptr<const std::string>& document) {
    using Kind = JsonObject::Kind;
    JsonObject result;
    result.document_ = document;
    simdjson::error_code error = simdjson::SUCCESS;
    for (auto next : object) {
      simdjson::ondemand::field field;
      if ((error = std::move(next).get(field))) return malformed(error);
      const char* raw_key = field.key().raw();  // before unescaped_key, which consumes it
      std::string_view key;
      if ((error = field.unescaped_key().get(key))) return malformed(error);
      JsonObject::Member member;
      member.name = Keep(key, raw_key, &result.escaped_);
      simdjson::ondemand::value& value = field.value();
      simdjson::ondemand::json_type type;
      if ((error = value.type().get(type))) return malformed(error);
      std::string_view text;
      switch (type) {
        case simdjson::ondemand::json_type::string:
          member.kind = Kind::kString;
          {
            const std::string_view token = value.raw_json_token();  // from the opening quote
            error = value.get_string().get(text);
            if (!error) text = Keep(text, token.data() + 1, &result.escaped_);
          }
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
      member.text = text;
      result.members_.push_back(member);
    }
    if (std::optional<std::string_view> twice = SortAndFindDuplicate(&result.members_)) {
      return Status::InvalidInput(fmt::format("field `{}` appears twice", *twice));
    }
    return result;
  }

  // Reads the JSON object `json`, a view into the padded `document` (the whole of it, or a member
  // of an object read from it).
  static Result<JsonObject> ParseIn(const std::shared_ptr<const std::string>& document, std::string_view json) {
    simdjson::ondemand::document doc;
    simdjson::error_code error = IterateIn(*document, json, &doc);
    auto malformed = [&](simdjson::error_code e) { return MalformedAt(doc, json, e); };
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
    Result<JsonObject> result = Read(object, malformed, document);
    if (!result.ok()) return result;
    // Past the object, the only place left is the end (current_location then fails).
    const char* trailing = nullptr;
    if (!doc.current_location().get(trailing)) {
      return Status::InvalidInput(fmt::format("unexpected content after the JSON object{}", Where(json, trailing)));
    }
    return result;
  }

 private:
  // Sorts `members` by name; returns the name whose second appearance comes first in the
  // document, if any name appears twice.
  static std::optional<std::string_view> SortAndFindDuplicate(std::vector<JsonObject::Member>* members) {
    std::vector<size_t> order(members->size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return (*members)[a].name < (*members)[b].name; });
    size_t first_repeat = members->size();
    for (size_t i = 1; i < order.size(); ++i) {
      if ((*members)[order[i]].name == (*members)[order[i - 1]].name) first_repeat = std::min(first_repeat, order[i]);
    }
    if (first_repeat != members->size()) return (*members)[first_repeat].name;
    std::vector<JsonObject::Member> sorted;
    sorted.reserve(members->size());
    for (size_t i : order) sorted.push_back((*members)[i]);
    *members = std::move(sorted);
    return std::nullopt;
  }
};

Result<JsonObject> JsonObject::Parse(std::string_view json) {
  std::shared_ptr<const std::string> document = PaddedCopy(json);
  return JsonObjectReader::ParseIn(document, *document);
}

const JsonObject::Member* JsonObject::Find(std::string_view key) const {
  auto it = std::lower_bound(members_.begin(), members_.end(), key,
                             [](const Member& m, std::string_view k) { return m.name < k; });
  return it == members_.end() || it->name != key ? nullptr : &*it;
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
  return std::string(m->text);
}

Result<std::optional<std::string>> JsonObject::OptionalString(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr || m->kind == Kind::kNull) return std::optional<std::string>();
  if (m->kind != Kind::kString) return FieldError(key, "expected a string or null");
  return std::optional<std::string>(std::string(m->text));
}

Result<uint64_t> JsonObject::Uint(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kNumber || m->text.empty() || m->text.find_first_not_of("0123456789") != std::string::npos ||
      m->text.size() > 19) {
    return FieldError(key, "expected a non-negative integer");
  }
  uint64_t value = 0;
  std::from_chars(m->text.data(), m->text.data() + m->text.size(), value);
  return value;
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
  Result<JsonObject> object = JsonObjectReader::ParseIn(document_, m->text);
  if (!object.ok()) return object.status().WithContext(fmt::format("field `{}`", key));
  return object;
}

Result<std::string> JsonObject::RawMember(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kString) return std::string(m->text);
  std::string quoted;
  AppendJsonString(&quoted, m->text);
  return quoted;
}

Result<std::vector<std::string>> JsonObject::StringArray(std::string_view key) const {
  const Member* m = Find(key);
  if (m == nullptr) return FieldError(key, "missing");
  if (m->kind != Kind::kArray) return FieldError(key, "expected an array");
  simdjson::ondemand::document doc;
  std::vector<std::string> out;
  if (IterateIn(*document_, m->text, &doc)) return FieldError(key, "malformed array");
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
  simdjson::ondemand::document doc;
  std::vector<uint64_t> out;
  if (IterateIn(*document_, m->text, &doc)) return FieldError(key, "malformed array");
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
  simdjson::ondemand::document doc;
  if (IterateIn(*document_, m->text, &doc)) return FieldError(key, "malformed array");
  std::vector<JsonObject> out;
  size_t index = 0;
  // Each element is read in place, not copied out and parsed again.
  for (auto element : doc.get_array()) {
    const std::string context = fmt::format("field `{}[{}]`", key, index);
    // Errors give their line and column within the element, as when it is parsed on its own.
    const char* element_start = nullptr;
    if (doc.current_location().get(element_start)) element_start = m->text.data();
    const std::string_view element_text(element_start, m->text.data() + m->text.size() - element_start);
    simdjson::ondemand::object object;
    if (element.get_object().get(object)) return FieldError(fmt::format("{}[{}]", key, index), "expected an object");
    auto malformed = [&](simdjson::error_code e) { return MalformedAt(doc, element_text, e); };
    Result<JsonObject> parsed = JsonObjectReader::Read(object, malformed, document_);
    if (!parsed.ok()) return parsed.status().WithContext(context);
    out.push_back(std::move(*parsed));
    ++index;
  }
  return out;
}

std::optional<std::string> JsonObject::UnknownMember(std::initializer_list<std::string_view> known) const {
  for (const Member& member : members_) {
    bool is_known = false;
    for (std::string_view k : known) is_known = is_known || k == member.name;
    if (!is_known) return std::string(member.name);
  }
  return std::nullopt;
}

}  // namespace dossier
