# Shared helpers for the end-to-end tests: each test runs the real dossier binary ($DOSSIER, set
# by CTest) on a store in its own temporary directory, removed when the test ends.
set -euo pipefail

: "${DOSSIER:?set DOSSIER to the dossier binary}"
: "${DOSSIER_SOURCE_DIR:?set DOSSIER_SOURCE_DIR to the source tree}"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export DOSSIER_STORE="$WORK/store"
export DOSSIER_USER=e2e-tester
unset DOSSIER_FIXED_CLOCK
CORPUS="$DOSSIER_SOURCE_DIR/corpus"

fail() { echo "FAIL: $*" >&2; exit 1; }

# dossier ARGS...: runs the binary; its stdout and stderr land in $WORK/out and $WORK/err.
dossier() {
  local rc=0
  "$DOSSIER" "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
  return $rc
}

# expect_ok ARGS...: the command must exit 0.
expect_ok() {
  dossier "$@" || { cat "$WORK/err" >&2; fail "dossier $* exited non-zero"; }
}

# expect_exit CODE ARGS...: the command must exit with CODE.
expect_exit() {
  local want=$1; shift
  local rc=0
  dossier "$@" || rc=$?
  [ "$rc" = "$want" ] || { cat "$WORK/err" >&2; fail "dossier $* exited $rc, expected $want"; }
}

# out_has TEXT / err_has TEXT: the last command's stdout / stderr contains TEXT.
out_has() { grep -qF -- "$1" "$WORK/out" || { cat "$WORK/out" >&2; fail "stdout lacks: $1"; }; }
err_has() { grep -qF -- "$1" "$WORK/err" || { cat "$WORK/err" >&2; fail "stderr lacks: $1"; }; }
out_lacks() { ! grep -qF -- "$1" "$WORK/out" || fail "stdout should not contain: $1"; }

# store_digest: a digest of the whole log (chain head and event count), to show a store unchanged.
store_digest() { "$DOSSIER" verify --json 2>/dev/null; }

pass() { echo "PASS: $(basename "$0" .sh)"; }

# json EXPR: evaluates the Python expression EXPR over the last command's stdout parsed as JSON
# (bound to `d`) and prints the result; fails the test if stdout is not JSON.
json() {
  python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
r = eval(sys.argv[2])
print(r if isinstance(r, str) else json.dumps(r))' "$WORK/out" "$1" || fail "stdout is not the JSON expected by: $1"
}

# record_corpus_story: the corpus story ai-roi as tools/run-corpus.sh records it: the gazetteer,
# the five articles, the curated annotations.
record_corpus_story() {
  expect_ok annotate "$CORPUS/actors.json" --quiet
  expect_ok ingest "$CORPUS" --story ai-roi --story-title "AI Infrastructure Spending ROI Debate" --quiet
  expect_ok annotate "$CORPUS/annotations/ai-roi.json" --quiet
}
