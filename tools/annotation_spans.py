#!/usr/bin/env python3
"""Fills in the byte spans of an annotation file's source citations from their quotes.

    tools/annotation_spans.py corpus/annotations/ai-roi.json [--corpus corpus]

A citation {"source": ID, "quote": "…"} without start/end gets version 1 and the span of the first
place its source's text holds the quote; one that has a span is checked. The texts are the corpus
articles (their source id is the first 16 hex digits of SHA-256("id:<article id>"), as dossier
computes it). The file is rewritten in place, one item per line; a quote that is not in its text is
reported and nothing is written.
"""
import argparse
import hashlib
import json
import pathlib
import sys


def corpus_texts(corpus):
    texts = {}
    for path in sorted(pathlib.Path(corpus).glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if "text" not in article:
            continue
        identity = f"url:{article['url']}" if article.get("url") else f"id:{article['id']}"
        texts[hashlib.sha256(identity.encode()).hexdigest()[:16]] = article["text"].encode("utf-8")
    return texts


def fill(citation, texts, place):
    if "source" not in citation:
        return None
    text = texts.get(citation["source"])
    if text is None:
        return f"{place}: no corpus article has source id {citation['source']}"
    quote = citation["quote"].encode("utf-8")
    if "start" in citation:
        if text[citation["start"]:citation["end"]] != quote:
            return f"{place}: the span {citation['start']}-{citation['end']} does not hold the quote"
        return None
    start = text.find(quote)
    if start < 0:
        return f"{place}: quote not found: {citation['quote']!r}"
    citation.update({"version": 1, "start": start, "end": start + len(quote)})
    # Keep the members in the order the schema lists them.
    ordered = {k: citation[k] for k in ("source", "version", "start", "end", "quote")}
    citation.clear()
    citation.update(ordered)
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--corpus", default="corpus")
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    doc = json.loads(pathlib.Path(args.file).read_text(encoding="utf-8"))
    problems = []
    for section, items in doc.items():
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            for k, citation in enumerate(item.get("citations", [])):
                problem = fill(citation, texts, f"{section}[{i}].citations[{k}]")
                if problem:
                    problems.append(problem)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    lines = []
    for section, items in doc.items():
        if isinstance(items, list):
            body = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in items)
            lines.append(f'"{section}": [\n{body}\n]')
        else:
            lines.append(f'"{section}": {json.dumps(items, ensure_ascii=False)}')
    pathlib.Path(args.file).write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
