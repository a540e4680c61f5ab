#!/usr/bin/env python3
"""Build the news claim labels from their marked-up sources.

Usage: src/build.py [--check] [SOURCE.md ...]
With no sources, builds every src/{dev,heldout}/*.md into ../{dev,heldout}/NAME.json (the article)
and NAME.jsonl (its labels). With --check, writes nothing and exits 1 if any built file differs
from the one in the tree (so a hand edit of a .json or .jsonl is caught).

A source is the article's metadata as `key: value` lines (id, url, title, outlet, author,
published, language, genre; `null` for none; genre is only for the README's table), a line
`---`, then the text with two kinds of marks, which are removed from the stored text:
  ⟨N=Speaker:mention⟩   the speaker mention tagged N (Speaker without the `?`; `A,B` for a
                        mention that names two speakers, such as `the two`)
  ⟦N[,M]:verb|claim⟧    a claim attributed by the mention(s) tagged N (and M); marks nest.
Every offset in the labels is a byte offset into the UTF-8 of the stored text.
"""
import json
import os
import sys

NEWS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE_FIELDS = ("id", "url", "title", "outlet", "author", "published", "language")


class SourceError(Exception):
    pass


def parse_header(header):
    meta = {}
    for line in header.splitlines():
        if line.strip():
            key, value = line.split(":", 1)
            value = value.strip()
            meta[key.strip()] = None if value in ("", "null") else value
    return meta


def strip_marks(body, where):
    """(the text's UTF-8 bytes, {tag: (speakers, start, end)}, [(start, end, tags, verb)])."""
    out, stack, mentions, claims = bytearray(), [], {}, []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "⟨":
            colon = body.index(":", i)
            tag, speakers = body[i + 1:colon].split("=", 1)
            stack.append(("mention", len(out), tag.strip(), speakers.strip()))
            i = colon + 1
        elif ch == "⟦":
            bar = body.index("|", i)
            tags, verb = body[i + 1:bar].split(":", 1)
            stack.append(("claim", len(out), [t.strip() for t in tags.split(",")], verb.strip()))
            i = bar + 1
        elif ch in "⟩⟧":
            if not stack or (stack[-1][0] == "mention") != (ch == "⟩"):
                raise SourceError(f"{where}: unmatched {ch} at character {i}")
            kind, start, tags, value = stack.pop()
            if kind == "mention":
                if tags in mentions:
                    raise SourceError(f"{where}: mention tag {tags} used twice")
                mentions[tags] = (value.split(","), start, len(out))
            else:
                claims.append((start, len(out), tags, value))
            i += 1
        else:
            out += ch.encode("utf-8")
            i += 1
    if stack:
        raise SourceError(f"{where}: {len(stack)} marks left open")
    return bytes(out), mentions, claims


def build(source):
    """(json text of the article, jsonl text of its labels) built from one source file."""
    with open(source, encoding="utf-8") as f:
        header, body = f.read().split("\n---\n", 1)
    meta = parse_header(header)
    text, mentions, claims = strip_marks(body.rstrip("\n") + "\n", source)
    labels = []
    for start, end, tags, verb in claims:
        span = text[start:end].decode("utf-8")
        if span != span.strip():
            raise SourceError(f"{source}: claim {span!r} begins or ends with white space")
        for tag in tags:
            if tag not in mentions:
                raise SourceError(f"{source}: claim {span!r} names mention {tag}, which is not marked")
            speakers, mention_start, mention_end = mentions[tag]
            labels += [{"speaker": "?" + speaker, "speaker_start": mention_start,
                        "speaker_end": mention_end, "verb": verb, "start": start, "end": end,
                        "text": span} for speaker in speakers]
    unused = set(mentions) - {tag for claim in claims for tag in claim[2]}
    if unused:
        raise SourceError(f"{source}: mentions {sorted(unused)} attribute no claim")
    labels.sort(key=lambda label: (label["start"], label["end"], label["speaker"]))
    article = {field: meta.get(field) for field in ARTICLE_FIELDS}
    article["text"] = text.decode("utf-8")
    return (json.dumps(article, ensure_ascii=False, indent=1) + "\n",
            "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels))


def main(argv):
    check = "--check" in argv
    sources = [a for a in argv[1:] if a != "--check"] or sorted(
        os.path.join(NEWS, "src", half, name) for half in ("dev", "heldout")
        for name in os.listdir(os.path.join(NEWS, "src", half)) if name.endswith(".md"))
    stale = 0
    for source in sources:
        half = os.path.basename(os.path.dirname(os.path.abspath(source)))
        stem = os.path.join(NEWS, half, os.path.splitext(os.path.basename(source))[0])
        try:
            built = build(source)
        except (SourceError, ValueError) as e:
            print(e, file=sys.stderr)
            return 1
        for path, content in zip((stem + ".json", stem + ".jsonl"), built):
            if check:
                current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
                if current != content:
                    print(f"{os.path.relpath(path, NEWS)} differs from what {os.path.relpath(source, NEWS)} builds",
                          file=sys.stderr)
                    stale += 1
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
    print(f"{len(sources)} sources, {stale} stale outputs" if check else f"built {len(sources)} sources")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
