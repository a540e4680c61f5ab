// The dossier command line: parses argv, runs one command, returns the process exit code.
#pragma once

namespace dossier::cli {

int Main(int argc, char** argv);

}  // namespace dossier::cli
