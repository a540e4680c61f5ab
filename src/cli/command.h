// The command table of the dossier CLI (as in ninja): each command's name, summary, usage,
// flags, how it uses the store, and the function that runs it. `dossier help` prints the table.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "dossier/clock.h"
#include "cli/terminal_out.h"
#include "dossier/event_store.h"

namespace dossier::cli {

// Exit codes, documented in the README.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailed = 1,      // bad input rejected, or the thing asked for does not exist
  kExitUsage = 2,       // unknown command or option, missing argument
  kExitStore = 3,       // no store, store in use, written by a newer format, I/O error
  kExitIntegrity = 4,   // verify or import found an altered or broken log or text
  kExitConflict = 5,    // another command changed a stream first
};

// What a running command gets.
struct Context {
  Args args;
  std::string command;       // its name
  std::string store_dir;     // where the store is (or is to be created)
  std::string user;          // recorded-by
  Clock* clock = nullptr;
  bool json = false;         // --json

  // Opens the store, or prints why it cannot and returns null; the command's exit code is then the
  // one for that failure (3, or 4 for a damaged store), whatever the command returns.
  std::unique_ptr<EventStore> OpenStore(OpenMode mode) const;
  mutable std::optional<int> open_failure;  // set by OpenStore, read by Main
  // Opens the store, or says why it cannot (with `dossier init` suggested when there is none).
  Result<std::unique_ptr<EventStore>> TryOpenStore(OpenMode mode) const;
};

struct Command {
  const char* name;
  const char* arguments;  // e.g. "FILE… | DIR | -"
  const char* summary;
  const char* details;    // a paragraph for `dossier help NAME`
  std::vector<FlagSpec> flags;
  int (*run)(Context& context);
};

const std::vector<Command>& Commands();

// "dossier: error: …" on stderr.
void PrintError(const std::string& message);
void PrintWarning(const std::string& message);

// Prints `status` as an error and returns the exit code for it.
int Fail(const Status& status);

// A command per file, registered in command_table.cc.
int RunInit(Context&);
int RunIngest(Context&);
int RunAnnotate(Context&);
int RunSources(Context&);
int RunShow(Context&);
int RunDiff(Context&);
int RunLog(Context&);
int RunStats(Context&);
int RunVerify(Context&);
int RunExport(Context&);
int RunImport(Context&);
int RunFigures(Context&);
int RunTrace(Context&);
int RunExtract(Context&);
int RunActors(Context&);
int RunClaims(Context&);
int RunStances(Context&);
int RunTimeline(Context&);
int RunQuestions(Context&);
int RunTensions(Context&);
int RunRebuild(Context&);
int RunBrief(Context&);
int RunDraft(Context&);

}  // namespace dossier::cli
