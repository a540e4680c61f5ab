# Disk full: every writing command (ingest, annotate, brief --publish, import) on a store whose disk
# is full exits 3 with one message naming the store and the error, never aborts; ingest prints the
# summary of what it recorded before and stops (no retry of every remaining line); the store then
# verifies and holds whole articles only, and takes writes again once there is room.
#
# The store lives on a small tmpfs: mounted directly when run as root, else inside a user and mount
# namespace (unshare -rm); where neither is allowed the test says so and is skipped (exit 77).
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

if [ "${DISK_FULL_MOUNTED:-}" != 1 ]; then
  mkdir -p "$WORK/disk"
  if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=48m tmpfs "$WORK/disk" 2>/dev/null; then
    trap 'umount "$WORK/disk" 2>/dev/null; rm -rf "$WORK"' EXIT
  elif unshare -rm true 2>/dev/null; then
    exec unshare -rm env DISK_FULL_MOUNTED=1 bash "$0"
  else
    echo "SKIP: disk_full needs a small tmpfs (root, or user namespaces for unshare -rm); neither is allowed here"
    exit 77
  fi
else
  mkdir -p "$WORK/disk"
  mount -t tmpfs -o size=48m tmpfs "$WORK/disk" || fail "cannot mount a tmpfs in the namespace"
fi
export DOSSIER_STORE="$WORK/disk/store"

"$DOSSIER_BUILD_DIR/gen_articles" 400 11 >"$WORK/articles.jsonl" || fail "gen_articles failed"
expect_ok init
expect_ok annotate "$CORPUS/actors.json" --quiet
expect_ok ingest "$CORPUS" --story ai-roi --quiet
expect_ok export --output "$WORK/backup.jsonl"
expect_ok --store "$WORK/disk/empty" init

# Fill the disk, leaving a little room.
dd if=/dev/zero of="$WORK/disk/filler" bs=1M count=$(( $(df -m --output=avail "$WORK/disk" | tail -1) - 2 )) \
  2>/dev/null || true

# checked_exit CODE ARGS...: exits CODE without being killed by a signal, and says why in one error line.
checked_exit() {
  expect_exit "$@"
  [ "$(grep -c '^dossier: error: ' "$WORK/err")" = 1 ] || { cat "$WORK/err" >&2; fail "dossier ${*:2}: not one error"; }
  err_has "No space left on device"
}

checked_exit 3 ingest "$WORK/articles.jsonl" --story ai-roi --quiet
err_has "$DOSSIER_STORE"
out_has " new, 0 revised, 0 unchanged, 1 rejected"   # the summary, and one failed article, not 400
recorded=$(sed -n 's/^\([0-9]*\) new,.*/\1/p' "$WORK/out")
[ "$recorded" -lt 400 ] || fail "all 400 articles fit: the disk was not full"

# Ingest appends a batch of articles at a time, so the append that failed may have been larger than
# what the next commands write: fill the room it left but a few pages.
dd if=/dev/zero of="$WORK/disk/filler2" bs=4k count=$(( $(df -k --output=avail "$WORK/disk" | tail -1) / 4 - 2 )) \
  2>/dev/null || true

checked_exit 3 annotate "$CORPUS/annotations/ai-roi.json" --quiet
checked_exit 3 brief ai-roi --publish
checked_exit 3 --store "$WORK/disk/empty" import "$WORK/backup.jsonl"

# With the disk still full, the store verifies and holds whole articles only: the corpus' 5 and the
# ones reported new.
expect_ok verify --json
expect_ok sources --json
[ "$(json 'len(d)')" = $((5 + recorded)) ] || fail "the store holds $(json 'len(d)') sources, not $((5 + recorded))"
expect_ok --store "$WORK/disk/empty" verify --json
[ "$(json 'd["events"]')" = 0 ] || fail "the refused import left events"

# Room again: the writes go through.
rm -f "$WORK/disk/filler"
expect_ok ingest "$WORK/articles.jsonl" --story ai-roi --quiet
expect_ok annotate "$CORPUS/annotations/ai-roi.json" --quiet
expect_ok brief ai-roi --publish
expect_ok verify
pass
