#include "cli/args.h"

#include <algorithm>

#include <fmt/format.h>

namespace dossier::cli {
namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> ClosestName(const std::string& typed, const std::vector<std::string>& names) {
  std::optional<std::string> closest;
  size_t best = 3;  // a typo is at most two edits away
  for (const std::string& name : names) {
    size_t d = EditDistance(typed, name);
    if (d < best) {
      best = d;
      closest = name;
    }
  }
  return closest;
}

Result<Args> Args::Parse(const std::vector<std::string>& argv, const std::vector<FlagSpec>& flags) {
  Args args;
  bool flags_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (flags_done || arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      if (arg == "--") {
        flags_done = true;
        continue;
      }
      if (!flags_done && arg.size() > 1 && arg[0] == '-' && arg != "--") {
        return Status::InvalidInput(fmt::format("unknown option `{}` (options are spelt --name)", arg));
      }
      args.positional_.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    auto spec = std::find_if(flags.begin(), flags.end(), [&](const FlagSpec& f) { return name == f.name; });
    if (spec == flags.end()) {
      std::vector<std::string> names;
      for (const FlagSpec& f : flags) names.push_back(f.name);
      std::optional<std::string> closest = ClosestName(name, names);
      std::string hint = closest ? fmt::format("; did you mean --{}?", *closest) : "";
      return Status::InvalidInput(fmt::format("unknown option --{}{}", name, hint));
    }
    if (spec->value == nullptr) {
      if (inline_value) return Status::InvalidInput(fmt::format("--{} takes no value", name));
      args.values_[name] = "";
    } else if (inline_value) {
      args.values_[name] = *inline_value;
    } else if (i + 1 < argv.size()) {
      args.values_[name] = argv[++i];
    } else {
      return Status::InvalidInput(fmt::format("--{} needs a value ({})", name, spec->value));
    }
  }
  return args;
}

std::optional<std::string> Args::Get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

Result<std::optional<uint64_t>> Args::GetCount(const std::string& name) const {
  std::optional<std::string> text = Get(name);
  if (!text) return std::optional<uint64_t>();
  if (text->empty() || text->size() > 18 || text->find_first_not_of("0123456789") != std::string::npos) {
    return Status::InvalidInput(fmt::format("--{} `{}`: expected a whole number", name, *text));
  }
  return std::optional<uint64_t>(std::stoull(*text));
}

}  // namespace dossier::cli
