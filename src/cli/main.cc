#include "cli/cli.h"

#include <cstdio>

namespace dossier::cli {

int Main(int argc, char** argv) {
  std::fputs("dossier: no commands yet\n", stderr);
  return 2;
}

}  // namespace dossier::cli
