// Dispatch: global options, the command table, help, and turning Status into exit codes.
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <exception>

#include <fmt/format.h>

#include "cli/cli.h"
#include "cli/command.h"
#include "cli/store_locator.h"
#include "util/dates.h"

namespace dossier::cli {
namespace {

const std::vector<FlagSpec> kGlobalFlags = {
    {"store", "DIR", "the store directory (default: $DOSSIER_STORE, else the nearest .dossier/)"},
    {"as", "NAME", "who records (default: $DOSSIER_USER, else the OS user)"},
    {"help", nullptr, "describe the command"},
};

std::string RecordingUser(const std::optional<std::string>& flag) {
  if (flag && !flag->empty()) return *flag;
  if (const char* env = std::getenv("DOSSIER_USER"); env != nullptr && *env != '\0') return env;
  if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
  return "unknown";
}

void PrintOverview() {
  Print("dossier {} — an event-sourced knowledge base that tracks a story across its sources\n\n",
        DOSSIER_VERSION);
  Print("usage: dossier [--store DIR] [--as NAME] COMMAND [ARGS]\n\ncommands:\n");
  for (const Command& c : Commands()) Print("  {:<9} {}\n", c.name, c.summary);
  Print("\n`dossier help COMMAND` or `dossier COMMAND --help` describes a command.\n"
        "Exit codes: 0 ok, 1 input rejected or not found, 2 usage, 3 store unavailable,\n"
        "4 integrity failure, 5 write conflict.\n");
}

void PrintCommandHelp(const Command& c) {
  Print("usage: dossier {} {}\n\n{}\n\n{}\n\noptions:\n", c.name, c.arguments, c.summary, c.details);
  auto print_flag = [](const FlagSpec& f) {
    std::string left = f.value ? fmt::format("--{} {}", f.name, f.value) : fmt::format("--{}", f.name);
    Print("  {:<22} {}\n", left, f.help);
  };
  for (const FlagSpec& f : c.flags) print_flag(f);
  for (const FlagSpec& f : kGlobalFlags) print_flag(f);
}

const Command* FindCommand(const std::string& name) {
  for (const Command& c : Commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

int UnknownCommand(const std::string& name) {
  std::vector<std::string> names;
  for (const Command& c : Commands()) names.push_back(c.name);
  std::optional<std::string> closest = ClosestName(name, names);
  std::string hint = closest ? fmt::format("; did you mean `{}`?", *closest) : "";
  PrintError(fmt::format("unknown command `{}`{} (`dossier help` lists them)", name, hint));
  return kExitUsage;
}

// A fixed clock makes recorded-at reproducible, for tests and demonstrations.
Result<std::unique_ptr<Clock>> MakeClock() {
  const char* fixed = std::getenv("DOSSIER_FIXED_CLOCK");
  if (fixed == nullptr || *fixed == '\0') return std::unique_ptr<Clock>(std::make_unique<SystemClock>());
  std::string utc = fixed;
  // The form every recorded-at takes: "YYYY-MM-DDTHH:MM:SS.mmmZ".
  if (utc.size() != 24 || utc[19] != '.' || utc[23] != 'Z' || !IsValidDateOrDateTime(utc)) {
    return Status::InvalidInput(fmt::format("DOSSIER_FIXED_CLOCK `{}` is not a UTC time like 2026-05-23T18:15:00.000Z", utc));
  }
  return std::unique_ptr<Clock>(std::make_unique<FixedClock>(utc));
}

}  // namespace

// Messages quote arguments, file names, JSON and stored text: all of it is escaped for the terminal.
void PrintError(const std::string& message) {
  PrintTo(stderr, "dossier: error: {}\n", message);
}
void PrintWarning(const std::string& message) {
  PrintTo(stderr, "dossier: warning: {}\n", message);
}

int Fail(const Status& status) {
  PrintError(status.message());
  switch (status.code()) {
    case Status::Code::kOk: return kExitOk;
    case Status::Code::kInvalidInput:
    case Status::Code::kNotFound: return kExitFailed;
    case Status::Code::kConflict: return kExitConflict;
    case Status::Code::kCorruption: return kExitIntegrity;
    case Status::Code::kStoreInUse:
    case Status::Code::kNotSupported:
    case Status::Code::kIOError: return kExitStore;
  }
  return kExitFailed;
}

Result<std::unique_ptr<EventStore>> Context::TryOpenStore(OpenMode mode) const {
  Result<std::unique_ptr<EventStore>> store = EventStore::Open(store_dir, mode, clock);
  if (store.ok() || store.status().code() != Status::Code::kNotFound) return store;
  return Status::IOError(fmt::format("{}; create one with `dossier init` (or `dossier --store DIR init`)",
                                     store.status().message()));
}

std::unique_ptr<EventStore> Context::OpenStore(OpenMode mode) const {
  Result<std::unique_ptr<EventStore>> store = TryOpenStore(mode);
  if (store.ok()) return std::move(*store);
  open_failure = Fail(store.status());
  return nullptr;
}

int Main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  // Global options may come before the command.
  size_t first = 0;
  while (first < words.size() && words[first].compare(0, 2, "--") == 0 && words[first] != "--help" &&
         words[first] != "--version") {
    bool takes_value = words[first] == "--store" || words[first] == "--as";
    first += takes_value ? 2 : 1;
  }
  if (first >= words.size() || words[first] == "help" || words[first] == "--help") {
    if (first + 1 < words.size() && words[first] == "help") {
      const Command* c = FindCommand(words[first + 1]);
      if (c == nullptr) return UnknownCommand(words[first + 1]);
      PrintCommandHelp(*c);
      return kExitOk;
    }
    PrintOverview();
    return first >= words.size() ? kExitUsage : kExitOk;
  }
  if (words[first] == "--version" || words[first] == "version") {
    Print("dossier {} (store format {})\n", DOSSIER_VERSION, kStoreFormatVersion);
    return kExitOk;
  }
  const Command* command = FindCommand(words[first]);
  if (command == nullptr) return UnknownCommand(words[first]);

  std::vector<std::string> rest(words.begin(), words.begin() + first);
  rest.insert(rest.end(), words.begin() + first + 1, words.end());
  std::vector<FlagSpec> flags = command->flags;
  flags.insert(flags.end(), kGlobalFlags.begin(), kGlobalFlags.end());
  Result<Args> args = Args::Parse(rest, flags);
  if (!args.ok()) {
    PrintError(fmt::format("{}: {}", command->name, args.status().message()));
    return kExitUsage;
  }
  if (args->Has("help")) {
    PrintCommandHelp(*command);
    return kExitOk;
  }
  Result<std::unique_ptr<Clock>> clock = MakeClock();
  if (!clock.ok()) {
    PrintError(clock.status().message());
    return kExitUsage;
  }
  Context context;
  context.args = std::move(*args);
  context.command = command->name;
  context.user = RecordingUser(context.args.Get("as"));
  context.clock = clock->get();
  context.json = context.args.Has("json");
  if (std::string(command->name) == "init") {
    context.store_dir = StoreToCreate(context.args.Get("store"));
  } else {
    std::optional<std::string> dir = LocateStore(context.args.Get("store"));
    if (!dir) {
      PrintError("no dossier store here: none given with --store or $DOSSIER_STORE, and no .dossier/ in this "
                 "directory or its parents; create one with `dossier init`");
      return kExitStore;
    }
    context.store_dir = *dir;
  }
  try {
    const int exit_code = command->run(context);
    return context.open_failure.value_or(exit_code);
  } catch (const std::exception& e) {
    // Only what ends a command is thrown (see src/README.md); report it like any other error.
    PrintError(fmt::format("{}: {}", command->name, e.what()));
    return kExitFailed;
  }
}

}  // namespace dossier::cli
