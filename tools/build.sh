#!/usr/bin/env bash
# Installs the dependencies (tools/setup.sh) and builds dossier, its tests and tools into build/.
#   tools/build.sh --sanitize   builds into build-sanitize/ with ASan and UBSan (g++'s) and runs the
#                               whole test suite there; any sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
if [ "${1:-}" = --sanitize ]; then
  flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
  cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
  cmake --build build-sanitize
  # RocksDB (not instrumented) keeps caches alive until exit: leaks are not ours to report.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  ctest --test-dir build-sanitize -j"$(nproc)" --output-on-failure
  exit
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
