# What a hostile tester tried: a directory walk that stays inside its folder and reports what it
# skips or cannot read; terminal escapes and bidi controls in arguments and file names shown, not
# obeyed; a BOM before JSON; a long first line; a timeline of a story that does not exist.
source "$(dirname "$0")/lib.sh"

expect_ok init

# --- The walk stays inside the folder.
mkdir -p "$WORK/folder/sub" "$WORK/outside"
printf 'Inside\nAn article inside the folder.\n' >"$WORK/folder/a.txt"
printf 'Nested\nAn article one folder down.\n' >"$WORK/folder/sub/b.txt"
printf 'Secret\nNot for the store.\n' >"$WORK/outside/secret.txt"
ln -s "$WORK/outside/secret.txt" "$WORK/folder/secret.txt"
ln -s "$WORK/nowhere.txt" "$WORK/folder/dangling.txt"
ln -s "$WORK/outside" "$WORK/folder/linked"
mkfifo "$WORK/folder/pipe.txt"
expect_ok ingest "$WORK/folder" --quiet
out_has "2 new, 0 revised, 0 unchanged, 0 rejected"
err_has "$WORK/folder/secret.txt: skipped: a symbolic link to $WORK/outside/secret.txt, outside $WORK/folder (--follow-symlinks reads it)"
err_has "$WORK/folder/dangling.txt: skipped: a dangling symbolic link"
err_has "$WORK/folder/linked: skipped: a symbolic link to $WORK/outside, outside $WORK/folder"
err_has "$WORK/folder/pipe.txt: skipped: not a regular file"
expect_ok sources --json
[ "$(json '[s["title"] for s in d].count("Secret")')" = 0 ] || fail "the walk read a file outside the folder"
# Asked to, it follows the links: the secret is new, its second path through the linked folder is the
# same article again (unchanged), as are the two read before.
expect_ok ingest "$WORK/folder" --follow-symlinks --quiet
out_has "1 new, 0 revised, 3 unchanged"

# --- A folder that cannot be read is reported, the walk goes on, and the exit code is 1. Root reads
# any folder, so as root the walk runs as nobody.
chmod 755 "$WORK"
mkdir -p "$WORK/shared/walk/locked" "$WORK/shared/walk/open"
printf 'Locked\nBehind a folder no one may read.\n' >"$WORK/shared/walk/locked/c.txt"
printf 'Open\nIn a folder anyone may read.\n' >"$WORK/shared/walk/open/d.txt"
chmod 000 "$WORK/shared/walk/locked"
chmod 777 "$WORK/shared"
as_walker() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$DOSSIER" --store "$WORK/shared/store" "$@"
  else
    "$DOSSIER" --store "$WORK/shared/store" "$@"
  fi
}
as_walker init >/dev/null 2>&1 || fail "cannot create a store as the walking user"
rc=0
as_walker ingest "$WORK/shared/walk" --quiet >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" = 1 ] || { cat "$WORK/err" >&2; fail "a walk with an unreadable folder exited $rc, expected 1"; }
err_has "$WORK/shared/walk/locked: skipped: cannot be read ("
out_has "1 new, 0 revised, 0 unchanged, 0 rejected"
chmod 755 "$WORK/shared/walk/locked"

# --- Escapes: what reaches the terminal from an argument or a file name is shown, never obeyed.
osc=$(printf '\033]0;owned\007')
rlo=$(printf '\342\200\256')
expect_exit 1 ingest "$WORK/${osc}${rlo}txt.exe"
err_has '\x1b]0;owned\x07\u202etxt.exe'
! grep -q "$(printf '\033')" "$WORK/err" || fail "an escape character reached the terminal"
! grep -q "$rlo" "$WORK/err" || fail "a bidi override reached the terminal"
expect_exit 2 "sour${osc}ces"
! grep -q "$(printf '\033')" "$WORK/err" || fail "an escape character in a command name reached the terminal"

# --- A UTF-8 BOM before JSON: the same article from a file and from standard input.
printf '\357\273\277{"title":"With a BOM","url":"https://example.com/bom","text":"A BOM before the JSON."}\n' \
  >"$WORK/bom.json"
expect_ok ingest "$WORK/bom.json" --json
[ "$(json 'd["articles"][0]["outcome"]')" = new ] || fail "a BOM before JSON in a file was not read as JSON"
dossier ingest - --json <"$WORK/bom.json" || fail "a BOM before JSON on standard input was refused"
[ "$(json 'd["articles"][0]["outcome"]')" = unchanged ] || fail "a BOM before JSON on standard input read otherwise"

# --- A first line longer than a title may be titles its article, shortened.
python3 -c 'print("word " * 400); print("The body of an article whose first line is long.")' >"$WORK/long.txt"
expect_ok ingest "$WORK/long.txt" --json
id=$(json 'd["articles"][0]["source_id"]')
expect_ok show "$id" --json
[ "$(json 'len(d["title"].encode()) <= 1000 and d["title"].endswith("\u2026")')" = true ] ||
  fail "the long first line did not make a shortened title"

# --- A timeline of a story that does not exist is not found, as elsewhere.
expect_exit 1 timeline --story nosuch
err_has 'no story `nosuch`'
pass
