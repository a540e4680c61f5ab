#!/usr/bin/env bash
# fault_stress.sh [WAL_FLIPS [SST_FLIPS [READER_RUNS]]]: flips one bit at a random offset of a
# store's write-ahead log (default 100 times) and of a random table file (default 100 times), each
# on a fresh copy of a store of 50 synthetic articles, a published-like corpus story and their
# projections, and sorts every outcome:
#   harmless  verify exits 0 with every event and the same chain head;
#   refused   the open or verify exits 4 naming the damage;
#   LOST      anything else (verify passes with fewer events or another head): a silent loss.
# Then runs READER_RUNS (default 1,000) reading commands beside a writer that ingests 4,000
# synthetic articles in batches of 10 and, if the readers are not done by then, goes on with
# further rounds of 4,000 new articles: the readers' count decides the end, not the ingest
# (tests/e2e/readers_beside_writer.sh). Every reader run must exit 0 (verify's included) and the
# store must verify afterwards.
# Exits 1 if any flip was LOST or any run failed. Needs a built tree (tools/build.sh). FAULT_SEED
# repeats a run's flips; 0 skips a part (`fault_stress.sh 0 0 1000`: the readers only).
set -euo pipefail
cd "$(dirname "$0")/.."
WAL_FLIPS=${1:-100}
SST_FLIPS=${2:-100}
READER_RUNS=${3:-1000}
BUILD=${BUILD_DIR:-build}
DOSSIER=$BUILD/dossier
TAMPER=$BUILD/tests/dossier_tamper
SEED=${FAULT_SEED:-$$}
echo "fault_stress: $WAL_FLIPS WAL flips, $SST_FLIPS table flips, $READER_RUNS reader runs, FAULT_SEED=$SEED"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-faults.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export DOSSIER_USER=fault-stress

"$BUILD/gen_articles" 50 7 >"$WORK/articles.jsonl"
make_store() {  # make_store DIR [flush]
  "$DOSSIER" --store "$1" init >/dev/null
  "$DOSSIER" --store "$1" ingest "$WORK/articles.jsonl" --story faults --quiet >/dev/null
  [ "${2:-}" = flush ] && "$TAMPER" "$1" tables events >/dev/null
  "$DOSSIER" --store "$1" ingest corpus --story ai-roi --quiet >/dev/null
}
make_store "$WORK/wal-pristine"
make_store "$WORK/sst-pristine" flush
expected() { "$DOSSIER" --store "$1" verify --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["events"], d["chain_head"])'; }
want_wal=$(expected "$WORK/wal-pristine")
want_sst=$(expected "$WORK/sst-pristine")

declare -A count=([harmless]=0 [refused]=0 [LOST]=0)
# trial KIND FILE-GLOB WANT I
trial() {
  local store="$WORK/trial"
  rm -rf "$store"; cp -a "$WORK/$1-pristine" "$store"
  local files=("$store"/db/$2)
  local file=${files[$(( $4 * 7919 % ${#files[@]} ))]}
  python3 - "$file" "$SEED" "$4" <<'PY'
import os, random, sys
path, seed, i = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
r = random.Random(seed * 100003 + i)
offset = r.randrange(os.path.getsize(path)); bit = r.randrange(8)
with open(path, "r+b") as f:
    f.seek(offset); b = f.read(1); f.seek(offset); f.write(bytes([b[0] ^ (1 << bit)]))
print(f"{os.path.basename(path)} byte {offset} bit {bit}", file=open(os.environ["WORK"] + "/flip", "w"))
PY
  local rc=0 out
  out=$("$DOSSIER" --store "$store" verify --json 2>/dev/null) || rc=$?
  local got
  got=$(printf '%s' "$out" | python3 -c 'import json,sys
try:
  d=json.load(sys.stdin); print(d.get("events"), d.get("chain_head"))
except Exception: print("none")')
  if [ "$rc" = 0 ] && [ "$got" = "$3" ]; then
    count[harmless]=$((count[harmless] + 1))
  elif [ "$rc" = 4 ]; then
    count[refused]=$((count[refused] + 1))
  else
    count[LOST]=$((count[LOST] + 1))
    echo "LOST: $1 flip $(cat "$WORK/flip"): verify exited $rc: $out" >&2
  fi
}
export WORK
for i in $(seq "$WAL_FLIPS"); do trial wal '*.log' "$want_wal" "$i"; done
echo "WAL flips: ${count[harmless]} harmless, ${count[refused]} refused, ${count[LOST]} LOST"
wal_lost=${count[LOST]}
count=([harmless]=0 [refused]=0 [LOST]=0)
for i in $(seq "$SST_FLIPS"); do trial sst '*.sst' "$want_sst" "$i"; done
echo "table flips: ${count[harmless]} harmless, ${count[refused]} refused, ${count[LOST]} LOST"
sst_lost=${count[LOST]}

# --- Readers beside a writer: tests/e2e/readers_beside_writer.sh, made heavy: READER_RUNS runs
# beside an ingest of 4,000 articles in batches of 10 (and further rounds until the readers are done).
readers_failed=0
if [ "$READER_RUNS" -gt 0 ]; then
  DOSSIER=$DOSSIER DOSSIER_SOURCE_DIR=$PWD DOSSIER_BUILD_DIR=$BUILD READERS_BATCHES=400 READERS_ARTICLES=10 \
    READERS_RUNS=$READER_RUNS bash tests/e2e/readers_beside_writer.sh || readers_failed=1
fi
[ "$wal_lost" = 0 ] && [ "$sst_lost" = 0 ] && [ "$readers_failed" = 0 ]
