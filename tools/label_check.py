#!/usr/bin/env python3
"""Check hand-written figure labels against the texts they label.

Usage: tools/label_check.py [LABELS.jsonl ...]
With no arguments, checks every file under tests/labels/figures/{corpus,heldout}/.

For each label file the text is corpus/<same name>.json's "text" (corpus labels) or the .txt
beside it (held-out labels). Every label must be well formed (tests/labels/figures/RULES.md), its
surface must equal the text's bytes [begin, end), and labels must be sorted and must not overlap.
Prints every problem as file:line: problem and exits 1 if there was any.
"""
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "tests", "labels", "figures")
KINDS = {"money", "percent", "multiple", "rate", "duration", "count", "quantity"}
FIELDS = {"begin", "end", "surface", "kind", "value", "value_high", "unit", "per"}


def text_for(label_path):
    """The UTF-8 bytes a label file labels."""
    stem = os.path.splitext(os.path.basename(label_path))[0]
    if os.path.basename(os.path.dirname(label_path)) == "corpus":
        with open(os.path.join(ROOT, "corpus", stem + ".json"), encoding="utf-8") as f:
            return json.load(f)["text"].encode("utf-8")
    with open(os.path.join(os.path.dirname(label_path), stem + ".txt"), "rb") as f:
        return f.read()


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def check_label(label, text):
    """The problems of one decoded label, as strings."""
    missing = FIELDS - label.keys()
    extra = label.keys() - FIELDS
    if missing or extra:
        return [f"fields missing {sorted(missing)} / unknown {sorted(extra)}"]
    problems = []
    begin, end = label["begin"], label["end"]
    if not (isinstance(begin, int) and isinstance(end, int) and 0 <= begin < end <= len(text)):
        return [f"span [{begin}, {end}) is not inside the text of {len(text)} bytes"]
    if text[begin:end] != label["surface"].encode("utf-8"):
        problems.append(f"surface {label['surface']!r} but the text there is "
                        f"{text[begin:end].decode('utf-8', 'replace')!r}")
    if label["kind"] not in KINDS:
        problems.append(f"kind {label['kind']!r} is not one of {sorted(KINDS)}")
    if not is_number(label["value"]):
        problems.append(f"value {label['value']!r} is not a finite number")
    high = label["value_high"]
    if high is not None and not (is_number(high) and is_number(label["value"])
                                 and high > label["value"]):
        problems.append(f"value_high {high!r} is not a number above value")
    if not isinstance(label["unit"], str):
        problems.append(f"unit {label['unit']!r} is not a string")
    if label["per"] is not None and not (isinstance(label["per"], str) and label["per"]):
        problems.append(f"per {label['per']!r} is neither null nor a non-empty string")
    if label["kind"] == "rate" and label["per"] is None:
        problems.append("a rate without a per")
    return problems


def check_file(path):
    """(problems, number of labels) for one label file."""
    try:
        text = text_for(path)
    except (OSError, ValueError, KeyError) as e:
        return [f"{path}: cannot read the text it labels: {e}"], 0
    problems, count, previous_end = [], 0, 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            where = f"{path}:{number}"
            if not line.strip():
                problems.append(f"{where}: empty line")
                continue
            try:
                label = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: not JSON: {e}")
                continue
            if not isinstance(label, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            problems += [f"{where}: {p}" for p in check_label(label, text)]
            if isinstance(label.get("begin"), int) and isinstance(label.get("end"), int):
                if label["begin"] < previous_end:
                    problems.append(f"{where}: begins at {label['begin']}, before the previous "
                                    f"label ends ({previous_end}): unsorted or overlapping")
                previous_end = label["end"]
            count += 1
    return problems, count


def main(argv):
    paths = argv[1:]
    if not paths:
        for sub in ("corpus", "heldout"):
            folder = os.path.join(LABELS, sub)
            if os.path.isdir(folder):
                paths += sorted(os.path.join(folder, n) for n in os.listdir(folder)
                                if n.endswith(".jsonl"))
    all_problems, total = [], 0
    for path in paths:
        problems, count = check_file(path)
        all_problems += problems
        total += count
        print(f"{os.path.relpath(path, ROOT)}: {count} labels, {len(problems)} problems")
    for p in all_problems:
        print(p, file=sys.stderr)
    print(f"{len(paths)} files, {total} labels, {len(all_problems)} problems")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
