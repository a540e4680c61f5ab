#!/usr/bin/env bash
# Installs the dependencies (tools/setup.sh) and builds dossier, its tests and tools into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
