# A store written by a newer store format is refused, by readers and writers alike, with a message
# saying it is newer (exit 3), and left as it is.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_TAMPER:?set DOSSIER_TAMPER to the dossier_tamper binary}"

expect_ok init
expect_ok ingest "$CORPUS/000_90b08ebb0c522426.json"
digest=$(store_digest)
expect_ok --version
current=$(sed -n 's/.*(store format \([0-9]*\)).*/\1/p' "$WORK/out")
[ -n "$current" ] || fail "dossier --version does not name its store format"
newer=$((current + 1))
"$DOSSIER_TAMPER" "$DOSSIER_STORE" meta format_version "$current" "$newer" || fail "could not bump the format version"

for command in sources stats verify log "show 90b08ebb0c522426" "ingest $CORPUS/001_0d827614d770bf83.json" \
               "export"; do
  # shellcheck disable=SC2086
  expect_exit 3 $command
  err_has "store $DOSSIER_STORE was written by a newer dossier (store format $newer, this build reads up to $current)"
done
expect_exit 1 init
err_has "already holds a dossier store"

# Nothing was written: with the version put back, the store is the one the first article made.
"$DOSSIER_TAMPER" "$DOSSIER_STORE" meta format_version "$newer" "$current" || fail "could not restore the format version"
[ "$(store_digest)" = "$digest" ] || fail "the refused commands changed the store"
pass
