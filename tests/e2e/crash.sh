# Crash safety: an ingest of a large JSON Lines file is killed (SIGKILL) at random moments, at least 20
# times; after each kill the store opens, `verify` passes, and every article is wholly recorded (text,
# metadata and its story attachment) or absent. Finally a full ingest completes on a killed store.
source "$(dirname "$0")/lib.sh"
: "${DOSSIER_BUILD_DIR:?set DOSSIER_BUILD_DIR to the build directory}"

GEN="$DOSSIER_BUILD_DIR/gen_articles"
[ -x "$GEN" ] || fail "$GEN is not built (cmake --build build --target gen_articles)"
ARTICLES=${CRASH_ARTICLES:-5000}
KILLS=${CRASH_KILLS:-20}
RANDOM=${CRASH_SEED:-$$}  # printed, so that a failing run can be repeated with CRASH_SEED
echo "crash: $ARTICLES articles, $KILLS kills, CRASH_SEED=$RANDOM"

"$GEN" "$ARTICLES" 42 >"$WORK/articles.jsonl" || fail "gen_articles failed"

# What each article must be recorded as, in input order: url, title, outlet, published, text SHA-256
# and size.
python3 - "$WORK/articles.jsonl" "$WORK/expected.json" <<'EOF' || fail "could not read the generated articles"
import hashlib, json, sys
expected = []
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    text = a["text"].encode()
    expected.append({"url": a["url"], "title": a["title"], "outlet": a["outlet"], "published": a["published"],
                     "text_sha256": hashlib.sha256(text).hexdigest(), "text_bytes": len(text)})
json.dump(expected, open(sys.argv[2], "w"))
EOF
[ "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/expected.json")" = "$ARTICLES" ] ||
  fail "gen_articles did not write $ARTICLES articles"

# check_store: the store opens and verifies, and the sources are exactly the first K articles of the
# input, each whole and attached to the story; prints K.
check_store() {
  expect_ok verify --json
  [ "$(json 'd["ok"]')" = true ] || fail "verify after a kill: $(json 'd["problem"]')"
  expect_ok log --json
  cp "$WORK/out" "$WORK/log.json"
  expect_ok sources --json
  python3 - "$WORK/expected.json" "$WORK/out" "$WORK/log.json" <<'EOF' || fail "after a kill the store holds a partial article"
import json, sys
from collections import Counter
expected, sources, log = (json.load(open(path)) for path in sys.argv[1:4])
recorded = {s["url"]: s for s in sources}
k = len(recorded)
# One ingest records its articles in input order, each in one append: a prefix of the input.
assert set(recorded) == {e["url"] for e in expected[:k]}, "the recorded articles are not a prefix of the input"
for e in expected[:k]:
    s = recorded[e["url"]]
    for field in e:
        assert s[field] == e[field], f'{e["url"]}: {field} is {s[field]!r}, not {e[field]!r}'
    assert s["versions"] == 1 and s["stories"] == ["crash"], f'{e["url"]}: {s["versions"]} versions, stories {s["stories"]}'
# Each article's events (its text, what was extracted from it, its joining the story) are appended
# together: every per-article type occurs once per recorded article; the story is created once.
types = Counter(e["type"] for e in log)
assert types.pop("StoryCreated", 0) == (1 if k else 0), types
assert all(n == k for n in types.values()), f"{dict(types)} for {k} articles: an append was split"
assert {"SourceRecorded", "SourceAttached"} <= set(types) or k == 0, types
print(k)
EOF
}

# How long a whole ingest takes on this machine now, so that the kills spread over one (up to 3 s, to
# bound the test's time on a loaded machine): from the time to ingest the first 250 and the first 750
# articles, which tells the start-up time from the time per article.
# ingest_ms N: milliseconds to ingest the first N articles into a fresh store.
ingest_ms() {
  head -n "$1" "$WORK/articles.jsonl" >"$WORK/sample.jsonl"
  rm -rf "$WORK/sample"
  expect_ok --store "$WORK/sample" init
  local start
  start=$(date +%s%N)
  expect_ok --store "$WORK/sample" ingest "$WORK/sample.jsonl" --story crash --quiet
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
few_ms=$(ingest_ms 250)
more_ms=$(ingest_ms 750)
per_article_us=$(( (more_ms - few_ms) * 2 > 1 ? (more_ms - few_ms) * 2 : 1 ))  # 1000 µs per ms / 500 articles
full_ms=$(( few_ms + (ARTICLES - 250) * per_article_us / 1000 ))
kill_window_ms=$(( full_ms < 3000 ? full_ms : 3000 ))
echo "crash: a whole ingest takes about ${full_ms} ms (${few_ms} ms for 250 articles, ${more_ms} ms for 750); kills within ${kill_window_ms} ms"

interrupted=0
partial=0
for kill in $(seq "$KILLS"); do
  rm -rf "$DOSSIER_STORE"
  expect_ok init
  delay_ms=$(( 20 + RANDOM % kill_window_ms ))
  "$DOSSIER" ingest "$WORK/articles.jsonl" --story crash --quiet >"$WORK/killed.out" 2>"$WORK/killed.err" &
  writer=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$writer" 2>/dev/null || true
  rc=0
  wait "$writer" 2>/dev/null || rc=$?  # without bash's "Killed" notice
  [ "$rc" = 0 ] || [ "$rc" = 137 ] || { cat "$WORK/killed.err" >&2; fail "the ingest to be killed exited $rc"; }
  recorded=$(check_store) || exit 1
  echo "crash: kill $kill after ${delay_ms} ms: $([ "$rc" = 137 ] && echo killed || echo finished first), $recorded of $ARTICLES recorded"
  [ "$rc" = 137 ] && interrupted=$((interrupted + 1))
  [ "$recorded" -gt 0 ] && [ "$recorded" -lt "$ARTICLES" ] && partial=$((partial + 1))
done
# Kills that miss the ingest prove nothing: most must land in the middle of it.
[ "$interrupted" -ge $((KILLS * 3 / 4)) ] || fail "only $interrupted of $KILLS kills interrupted an ingest"
[ "$partial" -ge $((KILLS / 2)) ] || fail "only $partial of $KILLS kills left some but not all articles recorded"

# The last killed store takes the rest of the input in one more ingest.
expect_ok ingest "$WORK/articles.jsonl" --story crash --quiet
out_has "$((ARTICLES - recorded)) new, 0 revised, $recorded unchanged, 0 rejected"
[ "$(check_store)" = "$ARTICLES" ] || fail "the ingest after the kills did not record every article"
pass
