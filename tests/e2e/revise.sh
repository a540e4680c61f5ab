# Revise a source: a changed text for the same identity is its next version, every version stays
# readable, and diff shows what changed. Identity is the url, else the article id, else the text hash.
source "$(dirname "$0")/lib.sh"

# source_id_of KIND VALUE: the documented source id, the first 16 hex digits of SHA-256 of "KIND:VALUE".
source_id_of() { printf '%s:%s' "$1" "$2" | sha256sum | cut -c1-16; }

expect_ok init
url=https://example.com/news/datacenters
printf 'Data centre spending\nCapex rose 10%% in the quarter.\nAnalysts expect more.\n' >"$WORK/v1.txt"
printf 'Data centre spending\nCapex rose 12%% in the quarter.\nAnalysts expect more.\n' >"$WORK/v2.txt"
source_id=$(source_id_of url "$url")

cp "$WORK/v1.txt" "$WORK/article.txt"
expect_ok ingest "$WORK/article.txt" --url "$url" --outlet "Example News"
out_has "new       $source_id v1"
cp "$WORK/v2.txt" "$WORK/article.txt"
expect_ok ingest "$WORK/article.txt" --url "$url" --outlet "Example News"
out_has "revised   $source_id v2"
out_has "0 new, 1 revised, 0 unchanged, 0 rejected"
expect_ok ingest "$WORK/article.txt" --url "$url" --outlet "Example News"
out_has "unchanged $source_id v2"

# Both versions stay readable, byte for byte, by url and by id prefix.
expect_ok show "$url" --version 1 --raw
cmp "$WORK/out" "$WORK/v1.txt" || fail "version 1 does not read back as the first text"
expect_ok show "${source_id:0:8}" --version 2 --raw
cmp "$WORK/out" "$WORK/v2.txt" || fail "version 2 does not read back as the second text"
expect_ok show "$source_id"
out_has "version 2 of 2"
expect_ok show "$source_id" --version 1 --json
[ "$(json '[d["version"], d["versions"], d["text_sha256"]]')" = \
  "[1, 2, \"$(sha256sum <"$WORK/v1.txt" | cut -d' ' -f1)\"]" ] || fail "show --version 1 --json is not version 1"
expect_exit 1 show "$source_id" --version 3
err_has "has 2 versions, not 3"
# A prefix is 4 digits or more: fewer could name any source tomorrow.
expect_exit 1 show "${source_id:0:3}"
err_has "no source \`${source_id:0:3}\` (give a source id or 4 or more of its first digits"

expect_ok diff "$source_id" 1 2
out_has "-Capex rose 10% in the quarter."
out_has "+Capex rose 12% in the quarter."
out_lacks "-Analysts expect more."
expect_ok diff "$source_id" 1 2 --json
[ "$(json '[(l["op"], l["line"], l["text"]) for l in d["lines"]]')" = \
  '[["removed", 2, "Capex rose 10% in the quarter."], ["added", 2, "Capex rose 12% in the quarter."]]' ] ||
  fail "diff --json does not name exactly the changed line"

# A metadata change alone is a version too; diff names the field and says the text is unchanged.
expect_ok ingest "$WORK/article.txt" --url "$url" --outlet "Example Daily"
out_has "revised   $source_id v3"
expect_ok diff "$source_id" 2 3
out_has "outlet: Example News → Example Daily"
out_has "text unchanged"

# The same text under another url is another source.
expect_ok ingest "$WORK/article.txt" --url "$url/copy" --outlet "Example Daily"
out_has "new       $(source_id_of url "$url/copy") v1"

# Identity by article id when there is no url; the url wins when both are given.
expect_ok ingest "$WORK/v1.txt" --id dc-2026-001
out_has "new       $(source_id_of id dc-2026-001) v1"
expect_ok ingest "$WORK/v2.txt" --id dc-2026-001
out_has "revised   $(source_id_of id dc-2026-001) v2"
expect_ok ingest "$WORK/v1.txt" --id dc-2026-001 --url "$url/with-id"
out_has "new       $(source_id_of url "$url/with-id") v1"

# Identity by content when there is neither: a changed text is a new source, not a version, and the
# same text from another file is unchanged.
printf 'An unattributed note\nabout a 5 GW campus.\n' >"$WORK/note.txt"
note_sha=$(sha256sum <"$WORK/note.txt" | cut -d' ' -f1)
expect_ok ingest "$WORK/note.txt"
out_has "new       $(source_id_of content "$note_sha") v1"
cp "$WORK/note.txt" "$WORK/same-note.txt"
expect_ok ingest "$WORK/same-note.txt"
out_has "unchanged $(source_id_of content "$note_sha") v1"
printf 'An unattributed note\nabout a 6 GW campus.\n' >"$WORK/note.txt"
expect_ok ingest "$WORK/note.txt"
out_has "new       $(source_id_of content "$(sha256sum <"$WORK/note.txt" | cut -d' ' -f1)") v1"

# A JSON article on standard input revises by its url like any other input.
printf '{"url": "%s", "outlet": "Example Daily", "text": "Data centre spending\\nCapex rose 15%% in the quarter.\\n"}' \
  "$url" | "$DOSSIER" ingest - >"$WORK/out" 2>"$WORK/err" || fail "ingest - of a JSON article failed"
out_has "revised   $source_id v4"

# Who and when: --as names the recorder, and DOSSIER_FIXED_CLOCK fixes the time recorded.
printf 'Recorded by Alice\nat a fixed time.\n' >"$WORK/alice.txt"
DOSSIER_FIXED_CLOCK=2026-05-23T18:15:00.000Z expect_ok --as alice ingest "$WORK/alice.txt" --id alice-1
expect_ok show alice-1 --json
[ "$(json '[d["recorded_by"], d["recorded_at"]]')" = '["alice", "2026-05-23T18:15:00.000Z"]' ] ||
  fail "--as and DOSSIER_FIXED_CLOCK are not what the event records"
DOSSIER_FIXED_CLOCK=2026-05-23 expect_exit 2 sources
err_has "DOSSIER_FIXED_CLOCK \`2026-05-23\` is not a UTC time"

expect_ok verify
pass
