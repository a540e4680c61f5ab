# Where the store lives: --store DIR, else $DOSSIER_STORE, else the nearest .dossier/ in this directory
# or a parent; with none, a command says to run `dossier init` and exits 3.
source "$(dirname "$0")/lib.sh"

printf 'Located\nA text to tell the stores apart.\n' >"$WORK/note.txt"
# sources_count: how many sources the store that the last command listed holds.
sources_count() { json 'len(d)'; }

# --store DIR.
expect_ok --store "$WORK/flagged" init
out_has "created an empty dossier store in $WORK/flagged"
expect_ok --store "$WORK/flagged" ingest "$WORK/note.txt"
expect_ok sources --json --store "$WORK/flagged"
[ "$(sources_count)" = 1 ] || fail "--store (after the command) does not reach the store written with --store"
expect_exit 1 --store "$WORK/flagged" init
err_has "$WORK/flagged already holds a dossier store"

# $DOSSIER_STORE, and --store wins over it.
export DOSSIER_STORE="$WORK/from-env"
expect_ok init
out_has "created an empty dossier store in $WORK/from-env"
[ -d "$WORK/from-env" ] || fail "init did not create the store named by \$DOSSIER_STORE"
expect_ok sources --json
[ "$(sources_count)" = 0 ] || fail "\$DOSSIER_STORE does not name the empty store"
expect_ok --store "$WORK/flagged" sources --json
[ "$(sources_count)" = 1 ] || fail "--store does not win over \$DOSSIER_STORE"

# A .dossier/ in the current directory or a parent, as git finds .git/; $DOSSIER_STORE wins over it.
unset DOSSIER_STORE
mkdir -p "$WORK/project/notes/2026/may"
(cd "$WORK/project" && "$DOSSIER" init >"$WORK/out" 2>"$WORK/err") || fail "init in a directory failed"
[ -d "$WORK/project/.dossier" ] || fail "init without --store or \$DOSSIER_STORE did not create ./.dossier"
(cd "$WORK/project/notes/2026/may" && "$DOSSIER" ingest "$WORK/note.txt" --url https://example.com/note \
   >"$WORK/out" 2>"$WORK/err") || { cat "$WORK/err" >&2; fail "ingest from a subdirectory did not find ../../../.dossier"; }
(cd "$WORK/project/notes" && "$DOSSIER" show https://example.com/note --raw >"$WORK/out" 2>"$WORK/err") ||
  fail "show from a subdirectory did not find ../.dossier"
cmp "$WORK/out" "$WORK/note.txt" || fail "the store found from a subdirectory does not hold the text"
(cd "$WORK/project/notes" && DOSSIER_STORE="$WORK/from-env" "$DOSSIER" sources --json >"$WORK/out" 2>"$WORK/err") ||
  fail "sources with \$DOSSIER_STORE failed"
[ "$(sources_count)" = 0 ] || fail "\$DOSSIER_STORE does not win over a .dossier/ in a parent"

# No store anywhere up the tree: says to run `dossier init`, exit 3, and creates nothing.
mkdir -p "$WORK/elsewhere/deeper"
for command in sources "ingest $WORK/note.txt" verify stats; do
  rc=0
  # shellcheck disable=SC2086
  (cd "$WORK/elsewhere/deeper" && "$DOSSIER" $command >"$WORK/out" 2>"$WORK/err") || rc=$?
  [ "$rc" = 3 ] || fail "dossier $command without a store exited $rc, expected 3"
  err_has "no dossier store here"
  err_has "create one with \`dossier init\`"
done
[ -z "$(find "$WORK/elsewhere" -mindepth 1 -not -path "$WORK/elsewhere/deeper")" ] ||
  fail "a command without a store created files"

# A named store that does not exist: the same advice, exit 3, and the directory is not created.
expect_exit 3 --store "$WORK/missing" sources
err_has "$WORK/missing holds no dossier store; create one with \`dossier init\`"
[ ! -e "$WORK/missing" ] || fail "a read command created the missing store directory"
DOSSIER_STORE="$WORK/missing-env" expect_exit 3 ingest "$WORK/note.txt"
err_has "$WORK/missing-env holds no dossier store"
[ ! -e "$WORK/missing-env" ] || fail "ingest created the missing store directory"
pass
