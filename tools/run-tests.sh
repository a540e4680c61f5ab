#!/usr/bin/env bash
# Every test: installs the dependencies, builds from nothing if need be, runs the unit and
# end-to-end tests through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
ctest --test-dir build --output-on-failure -j2
