#!/usr/bin/env bash
# fuzz.sh [MINUTES]: builds the fuzz targets (tests/fuzz/fuzz_*.cc) with clang's libFuzzer under
# ASan and UBSan into build-fuzz/, and runs each for MINUTES (default 1), starting from its seed
# corpus. An input that crashes or trips a sanitizer is saved in tests/fuzz/found/<target>/, where
# the normal test run replays it from then on (fuzz_replay.<target>). Prints each target's number
# of executions. Installs clang first if it is missing (tools/setup.sh --fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-1}
tools/setup.sh --fuzz
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOSSIER_FUZZ=ON \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
targets=(article annotation_file import event)
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"
declare -A seeds=(
  [article]="corpus"
  [annotation_file]="corpus/annotations corpus/actors.json"
  [import]="tests/fuzz/seeds/import"
  [event]="tests/fuzz/seeds/event")
status=0
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$target"
  found="tests/fuzz/found/$target"
  mkdir -p "$corpus" "$found"
  # libFuzzer reads seed files only from folders: copy the seed files into the working corpus.
  for seed in ${seeds[$target]}; do
    if [ -d "$seed" ]; then find "$seed" -type f -exec cp -n {} "$corpus/" \; ; else cp -n "$seed" "$corpus/"; fi
  done
  log="build-fuzz/$target.log"
  rc=0
  "build-fuzz/tests/fuzz_$target" "$corpus" -max_total_time=$((MINUTES * 60)) -print_final_stats=1 \
    -artifact_prefix="$found/" -rss_limit_mb=4096 >"$log" 2>&1 || rc=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz_$target: ${executions:-?} executions in $MINUTES min, exit $rc"
  if [ "$rc" != 0 ]; then
    status=1
    tail -30 "$log" >&2
  fi
  rmdir "$found" 2>/dev/null || true
done
exit $status
