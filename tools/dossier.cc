// The dossier command-line tool; everything it does lives in src/cli/.
#include "cli/cli.h"

int main(int argc, char** argv) { return dossier::cli::Main(argc, argv); }
