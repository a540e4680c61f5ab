# Nothing an article or an annotation holds can drive the terminal: an article whose title, outlet,
# author, URL and text carry ESC, OSC, BEL, C1 and bidi controls, and curated actors, perspectives,
# questions, tensions and notes that carry them too, go through every read command (and the
# briefing to standard output, the draft, the log, a refused annotation); no raw control byte
# reaches stdout or stderr, and the escaped forms show where they were.
source "$(dirname "$0")/lib.sh"

# no_raw_controls WHAT: the last command's stdout and stderr hold no C0 control but newline and tab,
# no DEL, no C1 control (U+0080–U+009F as UTF-8) and no bidi embedding, override or isolate.
no_raw_controls() {
  python3 - "$WORK/out" "$WORK/err" "$1" <<'PY' || fail "$1: a raw control reached the terminal"
import re, sys
bad = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
for path in sys.argv[1:3]:
    data = open(path, "rb").read()
    m = bad.search(data)
    if m:
        print(f"{sys.argv[3]}: {path} holds {m.group()!r} at byte {m.start()}: {data[max(0, m.start() - 40):m.start() + 20]!r}",
              file=sys.stderr)
        sys.exit(1)
PY
}
# read CODE ARGS...: runs a command that must exit CODE and print nothing raw.
read_cmd() {
  local want=$1; shift
  expect_exit "$want" "$@"
  no_raw_controls "dossier $*"
}

# The controls, as JSON escapes: OSC set-title ended by BEL, an OSC 8 hyperlink, CSI in its 7-bit
# and C1 forms, right-to-left override and a left-to-right isolate.
python3 - "$WORK/hostile.json" <<'PY'
import json, sys
osc = "\x1b]0;owned\x07"
article = {
    "url": "https://example.com/grid\u202e\u009b2J",  # (ASCII controls make a URL refused: below)
    "title": "Grid\u202e deal " + osc + "signed",
    "outlet": "Harbor\x1b[31m Ledger\u009b2J",
    "author": "Ivo\x07 Brand\u2066",
    "published": "2026-05-20",
    "text": ("Mara Quill, the chief executive of Harbor Power, said on Tuesday that the grid upgrade will cost "
             "$40 billion over five years" + osc + ".\n"
             "\u201cWe will not wait for the regulator\u202e,\u201d Quill said. Demand rose 12 percent in 2025\x1b[2J, "
             "according to the company\u009b.\n"
             "Will the regulator approve the plan before 2027\x1b]8;;https://evil.example\x07?\n"),
}
json.dump(article, open(sys.argv[1], "w"))
PY
expect_ok init
# A URL with ASCII controls is refused, and the refusal shows them.
python3 -c 'import json, sys; json.dump({"url": "https://example.com/\x1b]0;owned\x07", "text": "Short."}, open(sys.argv[1], "w"))' \
  "$WORK/bad-url.json"
read_cmd 1 ingest "$WORK/bad-url.json"
err_has 'https://example.com/\x1b]0;owned\x07'
expect_ok ingest "$WORK/hostile.json" --story grid --story-title "Grid$(printf '\033')]0;owned$(printf '\007') story"
no_raw_controls "ingest"
expect_ok sources --json
src=$(json 'd[0]["source_id"]')

python3 - "$WORK/annotations.json" "$src" <<'PY'
import json, sys
osc = "\x1b]0;owned\x07"
src = sys.argv[2]
cite = lambda quote: [{"source": src, "quote": quote}]
json.dump({
    "story": "grid",
    "actors": [{"id": "mara-quill", "name": "Mara" + osc + " Quill\u202e", "kind": "person", "aliases": ["Quill"]},
               {"id": "ivo-brand", "name": "Ivo\u009b Brand", "kind": "person", "aliases": ["Brand"]}],
    "perspectives": [
        {"id": "quill-now", "actor": "mara-quill", "topic": "grid-upgrade", "stance": "strongly_for",
         "summary": "Wants the upgrade now\x07, whatever\u202e it costs.", "date": "2026-05-20",
         "citations": cite("We will not wait for the regulator")},
        {"id": "brand-wait", "actor": "ivo-brand", "topic": "grid-upgrade", "stance": "against",
         "summary": "Would wait\u2066 for the regulator" + osc + ".", "date": "2026-05-21",
         "citations": cite("Demand rose 12 percent in 2025")}],
    "tensions": [{"id": "now-or-later", "between": ["quill-now", "brand-wait"],
                  "description": "Now\x1b[1m or later\u202e?", "date": "2026-05-21",
                  "citations": cite("the grid upgrade will cost")}],
    "questions": [{"id": "approval", "text": "Will it be approved" + osc + "?", "date": "2026-05-20",
                   "citations": cite("Will the regulator approve the plan")}],
    "notes": [{"section": "what", "text": "A grid deal\x1b[2J with a price\u202e."}],
}, open(sys.argv[1], "w"))
PY
expect_ok annotate "$WORK/annotations.json"
no_raw_controls "annotate"

figure=$("$DOSSIER" figures --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
for json_flag in "" --json; do
  read_cmd 0 sources $json_flag
  read_cmd 0 show "$src" $json_flag
  read_cmd 0 claims $json_flag
  read_cmd 0 claims --actor mara-quill $json_flag
  read_cmd 0 figures $json_flag
  read_cmd 0 figures --conflicts $json_flag
  read_cmd 0 trace '$40 billion' $json_flag
  read_cmd 0 actors $json_flag
  read_cmd 0 actors --candidates $json_flag
  read_cmd 0 stances $json_flag
  read_cmd 0 timeline --story grid $json_flag
  read_cmd 0 questions --all $json_flag
  read_cmd 0 tensions $json_flag
  read_cmd 0 brief grid $json_flag
  read_cmd 0 log $json_flag
  read_cmd 0 stats $json_flag
done
read_cmd 0 brief grid --format html
read_cmd 1 brief check grid  # (the figures it cannot place are named, escaped)
read_cmd 0 draft grid
read_cmd 0 brief grid --publish
read_cmd 0 brief history grid
read_cmd 0 brief show grid --version 1
read_cmd 0 trace "$figure"
# The escaped forms are there to see: the stored text, the title, a curated name.
expect_ok show "$src"
out_has 'five years\x1b]0;owned\x07.'
out_has 'Grid\u202e deal \x1b]0;owned\x07signed'
out_has 'Harbor\x1b[31m Ledger\u009b2J'
expect_ok stances
out_has 'Mara\x1b]0;owned\x07 Quill\u202e'
# The JSON printed reads back as the very bytes stored.
expect_ok show "$src" --json
[ "$(json 'd["title"] == "Grid\u202e deal \x1b]0;owned\x07signed"')" = true ] || fail "show --json changed the title"
# An error quoting stored text: a quote found twice names both places, escaped.
python3 - "$WORK/twice.json" "$src" <<'PY'
import json, sys
json.dump({"story": "grid", "questions": [{"id": "twice", "text": "Twice?", "date": "2026-05-22",
           "citations": [{"source": sys.argv[2], "quote": "regulator"}]}]}, open(sys.argv[1], "w"))
PY
read_cmd 1 annotate "$WORK/twice.json"
err_has 'regulator'
pass
