// Command-line arguments: flags declared per command, parsed with "did you mean" for typos.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dossier/status.h"

namespace dossier::cli {

struct FlagSpec {
  const char* name;      // without the leading dashes: "story"
  const char* value;     // placeholder of its value ("SLUG"), or nullptr for a switch
  const char* help;
};

class Args {
 public:
  // Parses `argv` against `flags`: "--name value", "--name=value", switches, positionals;
  // "--" ends the flags and "-" is a positional (standard input).
  static Result<Args> Parse(const std::vector<std::string>& argv, const std::vector<FlagSpec>& flags);

  bool Has(const std::string& name) const { return values_.count(name) != 0; }
  std::optional<std::string> Get(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

  // A flag's value as a positive integer; the error names the flag.
  Result<std::optional<uint64_t>> GetCount(const std::string& name) const;

 private:
  std::map<std::string, std::string> values_;  // switches map to ""
  std::vector<std::string> positional_;
};

// The name in `names` nearest to `typed` within two edits, for "did you mean".
std::optional<std::string> ClosestName(const std::string& typed, const std::vector<std::string>& names);

}  // namespace dossier::cli
