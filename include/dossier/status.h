// dossier::Status and dossier::Result<T>: how every fallible call in dossier reports its outcome.
//
// A Status is ok, or a code with a message written for the person at the terminal: it names the
// input, the place in it and the problem ("corpus/a.json: line 3: field `published`: not a date").
// Errors are values across the API (as in LevelDB and simdjson); exceptions never cross it.
// Result<T> holds a T or a non-ok Status. Both are cheap to move and safe to copy.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace dossier {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidInput,    // bad input from a user: malformed JSON, invalid UTF-8, a schema violation
    kNotFound,        // the named thing does not exist
    kConflict,        // an append's expected stream version did not match
    kStoreInUse,      // another process holds the store's writer lock
    kNotSupported,    // e.g. a store written by a newer format
    kCorruption,      // stored bytes do not match their hash, the chain is broken
    kIOError,         // the file system or RocksDB failed
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Conflict(std::string msg) { return Status(Code::kConflict, std::move(msg)); }
  static Status StoreInUse(std::string msg) { return Status(Code::kStoreInUse, std::move(msg)); }
  static Status NotSupported(std::string msg) { return Status(Code::kNotSupported, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // The same status with `context` put in front of the message: "context: message".
  Status WithContext(const std::string& context) const {
    if (ok()) return *this;
    return Status(code_, context + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {      // NOLINT: implicit by design
    assert(!status_.ok() && "a Result holding no value needs an error status");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok()
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dossier

// Returns early from the enclosing function when `expr` (a Status) is not ok.
#define DOSSIER_RETURN_IF_ERROR(expr)           \
  do {                                          \
    ::dossier::Status _dossier_status = (expr); \
    if (!_dossier_status.ok()) return _dossier_status; \
  } while (0)

// Moves the value of `expr` (a Result) into `target`, or returns its status from the enclosing
// function.
#define DOSSIER_ASSIGN_OR_RETURN(target, expr)                    \
  do {                                                            \
    auto _dossier_result = (expr);                                \
    if (!_dossier_result.ok()) return _dossier_result.status();   \
    target = std::move(*_dossier_result);                         \
  } while (0)
