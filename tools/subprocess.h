// Running the project's own binaries from a benchmark, as a user would: a program with its
// arguments, its standard output sent to /dev/null or a file, its wall time and its peak memory
// (the child's maximum resident set, from wait4). For the benchmark tools under tools/.
#pragma once

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "tool_flags.h"

struct ProcessRun {
  int exit_code = -1;     // -1 when the program did not exit by itself (a signal)
  double wall = 0;        // seconds from spawn to exit
  double peak_rss_mb = 0; // the child's maximum resident set size, MiB
  double cpu = 0;         // the child's user and system CPU seconds
};

// Runs `args` (args[0] a path) with standard output to `stdout_path` (default: /dev/null) and
// waits for it. Fails the tool, naming `tool`, only when no process can be started; a program that
// cannot be run exits 127.
inline ProcessRun RunProcess(const char* tool, const std::vector<std::string>& args,
                             const std::string& stdout_path = "/dev/null") {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  // fork, not posix_spawn: posix_spawn shares this process's memory until the exec, and the exec
  // then gives the child this process's peak resident set as its own (the kernel keeps the larger
  // of the two), so every child's peak read at least this benchmark's. A forked child starts from
  // this process's current size only, which the benchmark keeps small while it runs commands.
  const auto started = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) FailTool(tool, fmt::format("cannot run {}: {}", args[0], std::strerror(errno)));
  if (pid == 0) {  // only async-signal-safe calls until the exec
    const int out = open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || dup2(out, STDOUT_FILENO) < 0) _exit(127);
    if (out != STDOUT_FILENO) close(out);
    execv(argv[0], argv.data());
    _exit(127);  // the exit code a shell gives a program it cannot run
  }
  int status = 0;
  rusage usage{};
  ProcessRun run;
  if (wait4(pid, &status, 0, &usage) != pid) FailTool(tool, fmt::format("cannot wait for {}", args[0]));
  run.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.peak_rss_mb = usage.ru_maxrss / 1024.0;  // Linux reports KiB
  run.cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  return run;
}

// The command line as a person would type it, for messages.
inline std::string CommandLine(const std::vector<std::string>& args) {
  std::string line;
  for (const std::string& a : args) line += (line.empty() ? "" : " ") + a;
  return line;
}

// Runs `args` like RunProcess and fails the tool unless the program exits 0.
inline ProcessRun RunOrFail(const char* tool, const std::vector<std::string>& args,
                            const std::string& stdout_path = "/dev/null") {
  ProcessRun run = RunProcess(tool, args, stdout_path);
  if (run.exit_code != 0) FailTool(tool, fmt::format("`{}` failed (exit {})", CommandLine(args), run.exit_code));
  return run;
}
