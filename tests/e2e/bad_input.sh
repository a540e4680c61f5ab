# Bad inputs are rejected with their place and problem and the documented exit code, and records
# nothing; in a JSON Lines file one bad line does not stop the good ones.
source "$(dirname "$0")/lib.sh"

expect_ok init
printf 'Already here\nA source recorded before the bad inputs.\n' >"$WORK/first.txt"
expect_ok ingest "$WORK/first.txt"
digest=$(store_digest)

# rejects FILE PROBLEM: ingesting FILE exits 1, names FILE and PROBLEM, counts one rejected, and the
# store is unchanged.
rejects() {
  local file=$1 problem=$2
  expect_exit 1 ingest "$file"
  err_has "dossier: error: $file: $problem"
  out_has "0 new, 0 revised, 0 unchanged, 1 rejected"
  [ "$(store_digest)" = "$digest" ] || fail "rejecting $file changed the store"
}

printf '{"title": "Truncated", "text": "the object never ends' >"$WORK/truncated.json"
rejects "$WORK/truncated.json" "malformed JSON"
printf '{"title": "Missing comma",\n "text": "abc" "url": "https://example.com/x"}' >"$WORK/comma.json"
rejects "$WORK/comma.json" "malformed JSON at line 2, column 16"
printf '{"title": "Cut short",\n "text": "after the last member",' >"$WORK/cut.json"
rejects "$WORK/cut.json" "malformed JSON at line 2, column 33: the object is cut short or followed by other content"
printf '{"text": "abc"}\n{"text": "def"}\n' >"$WORK/two.json"
rejects "$WORK/two.json" "unexpected content after the JSON object at line 2, column 1"
printf '["an", "array"]' >"$WORK/array.json"
rejects "$WORK/array.json" "expected a JSON object"

# Invalid UTF-8 is named by its byte offset, in a JSON file and in plain text; never repaired.
printf '{"text": "ab\xffc"}' >"$WORK/latin1.json"
rejects "$WORK/latin1.json" "not valid UTF-8 at byte 12"
printf 'Title\nna\xc3(ve\n' >"$WORK/broken.txt"
rejects "$WORK/broken.txt" "text is not valid UTF-8 at byte 8 of the text"
printf 'Title\nan overlong slash \xc0\xaf here\n' >"$WORK/overlong.md"
rejects "$WORK/overlong.md" "text is not valid UTF-8 at byte 24 of the text"

# Schema violations: an unknown field, an impossible date, a wrong type, a missing text.
printf '{"text": "abc", "colour": "red"}' >"$WORK/unknown.json"
rejects "$WORK/unknown.json" 'field `colour`: not an article field'
printf '{"text": "abc", "published": "2026-02-30"}' >"$WORK/date.json"
rejects "$WORK/date.json" 'field `published`: `2026-02-30` is not a date'
printf '{"text": "abc", "published": "2026-05-23T25:00:00Z"}' >"$WORK/hour.json"
rejects "$WORK/hour.json" 'field `published`: `2026-05-23T25:00:00Z` is not a date'
printf '{"text": 42}' >"$WORK/number.json"
rejects "$WORK/number.json" 'field `text`: expected a string'
printf '{"title": "No text"}' >"$WORK/notext.json"
rejects "$WORK/notext.json" 'field `text`'
printf '{"text": "abc", "language": "english language"}' >"$WORK/language.json"
rejects "$WORK/language.json" 'field `language`'
printf '{"text": "abc", "url": "example.com/no-scheme"}' >"$WORK/url.json"
rejects "$WORK/url.json" 'field `url`: `example.com/no-scheme` is not an absolute URL'

# Empty inputs.
: >"$WORK/empty.json"
rejects "$WORK/empty.json" "file is empty"
printf '\n  \n' >"$WORK/blank.txt"
rejects "$WORK/blank.txt" "text is empty"
printf '\n\n' >"$WORK/blank.jsonl"
rejects "$WORK/blank.jsonl" "file is empty"
rejects "$WORK/no-such-file.txt" "no such file or directory"

# Over the limits: 16 MiB of article text (written for real), 4 GiB of input file (sparse: the size
# is refused before anything is read).
head -c $((16 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' >"$WORK/big.txt"
rejects "$WORK/big.txt" "text is too large (16777217 bytes; the limit is 16 MiB)"
rm "$WORK/big.txt"
truncate -s $((4 * 1024 * 1024 * 1024 + 1)) "$WORK/huge.jsonl"
rejects "$WORK/huge.jsonl" "file is too large (4294967297 bytes; the limit is 4 GiB)"
# The same file as standard input: its size is known, so it is refused unread too (a pipe is read
# in blocks and refused at the limit: CheckInputSize, unit-tested with sizes above 2 and 4 GiB).
before=$(store_digest)
expect_exit 1 ingest - <"$WORK/huge.jsonl"
err_has "-: standard input is too large (4294967297 bytes; the limit is 4 GiB)"
[ "$(store_digest)" = "$before" ] || fail "a refused standard input changed the store"
rm "$WORK/huge.jsonl"

# A directory: hidden files and directories are passed over, other extensions named and skipped.
mkdir -p "$WORK/folder/.drafts" "$WORK/folder/sub"
printf 'Hidden draft\nnot for the store\n' >"$WORK/folder/.drafts/draft.txt"
printf 'Hidden file\nnot for the store\n' >"$WORK/folder/.notes.md"
printf '%%PDF-1.7' >"$WORK/folder/scan.pdf"
printf '# Folder note\nin a subdirectory\n' >"$WORK/folder/sub/note.md"
expect_ok ingest "$WORK/folder"
out_has "1 new, 0 revised, 0 unchanged, 0 rejected"
out_has "$WORK/folder/sub/note.md  Folder note"
err_has "dossier: warning: $WORK/folder/scan.pdf: skipped"
! grep -q "draft\|notes" "$WORK/out" "$WORK/err" || fail "a hidden file was read"
digest=$(store_digest)

# A bad metadata option is a usage error (exit 2) and records nothing.
expect_exit 2 ingest "$WORK/first.txt" --published 2026-02-30 --url https://example.com/first
err_has '`2026-02-30` is not a date'
[ "$(store_digest)" = "$digest" ] || fail "a bad --published changed the store"

# JSON Lines with bad lines among good ones: the good ones are recorded, each bad one is named by
# file:line, and the exit code is 1.
{
  printf '{"url": "https://example.com/one", "text": "Good one\\nfirst good line"}\n'
  printf '{"url": "https://example.com/two", "text": "cut short\n'
  printf '\n'
  printf '{"url": "https://example.com/three", "text": "Good three\\nthird good line"}\n'
  printf '{"url": "https://example.com/four", "text": "bad \xfe byte"}\n'
  printf '{"url": "https://example.com/five", "text": "Good five", "published": "2026-13-01"}\n'
  printf '{"url": "https://example.com/six", "text": "Good six\\nsixth good line"}'
} >"$WORK/mixed.jsonl"
expect_exit 1 ingest "$WORK/mixed.jsonl"
out_has "3 new, 0 revised, 0 unchanged, 3 rejected"
err_has "$WORK/mixed.jsonl:2: malformed JSON"
err_has "$WORK/mixed.jsonl:5: not valid UTF-8 at byte 49"  # counted from the start of the line
err_has "$WORK/mixed.jsonl:6: field \`published\`: \`2026-13-01\` is not a date"
[ "$(grep -c 'dossier: error:' "$WORK/err")" = 3 ] || fail "expected exactly three errors"
expect_ok sources --json
[ "$(json 'sorted(s["url"] for s in d if s["url"])')" = \
  '["https://example.com/one", "https://example.com/six", "https://example.com/three"]' ] ||
  fail "the good lines are not exactly the ones recorded"
expect_exit 1 ingest "$WORK/mixed.jsonl" --json
[ "$(json '[a["outcome"] for a in d["articles"]]')" = \
  '["unchanged", "rejected", "unchanged", "rejected", "rejected", "unchanged"]' ] ||
  fail "ingest --json does not report each line's outcome in order"

# Command-line mistakes are usage errors with a hint.
expect_exit 2 ingest "$WORK/first.txt" --tittle Title
err_has "unknown option --tittle; did you mean --title?"
expect_exit 2 injest "$WORK/first.txt"
err_has 'did you mean `ingest`?'
expect_exit 2 ingest
err_has "ingest needs something to read"

expect_ok verify
pass
