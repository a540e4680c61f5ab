// JsonArrayOut: a JSON array printed to standard output one element at a time, the same bytes as a
// JsonWriter writing the whole array (`[a,b]` and a newline), so that a listing of the whole store
// streams in constant memory.
#pragma once

#include "cli/terminal_out.h"
#include "util/json_writer.h"

namespace dossier::cli {

class JsonArrayOut {
 public:
  JsonArrayOut() { Print("["); }
  JsonArrayOut(const JsonArrayOut&) = delete;
  JsonArrayOut& operator=(const JsonArrayOut&) = delete;

  // A writer for the next element (empty, its buffer reused).
  JsonWriter& Next() {
    writer_ = JsonWriter(writer_.Take());
    return writer_;
  }
  // Prints the element written since Next().
  void Flush() {
    Print("{}{}", first_ ? "" : ",", writer_.str());
    first_ = false;
  }
  // Prints the end of the array.
  void Close() { Print("]\n"); }

 private:
  JsonWriter writer_;
  bool first_ = true;
};

}  // namespace dossier::cli
