#!/usr/bin/env python3
"""Check hand-written figure and claim labels against the texts they label.

Usage: tools/label_check.py [LABELS.jsonl ...]
With no arguments, checks every file under tests/labels/{figures,claims}/{corpus,heldout}/ and
tests/labels/{claims,figures}/news/{dev,heldout}/.
A file's kind (figures or claims) is the folder above its corpus/, heldout/ or news/ folder; files
under figures/news/ are figures that also say what they measure (figures/news/README.md).

For each label file the text is corpus/<same name>.json's "text" (corpus labels), the "text" of
the article <same name>.json beside it (news labels, whose article must be valid against
schemas/article.schema.json), or the .txt beside it (held-out labels).
- Figures (tests/labels/figures/RULES.md): every label well formed, its surface equal to the
  text's bytes [begin, end); labels sorted and not overlapping.
- News figures (tests/labels/figures/news/README.md): as figures, plus subject, metric (one of
  the README's list), period (a canonical form), period_kind and change (a from/to link points at
  a label of the same file that links back); each half's conflicts.json names existing labels.
- News claims (tests/labels/claims/news/README.md), besides the claim checks below: every
  speaker is a candidate `?Name` whose name is `anonymous`, the article's author or outlet, or
  written in the article's text.
- Claims (tests/labels/claims/RULES.md): every label well formed, its text equal to the bytes
  [start, end), its speaker a slug (or `?Name`) whose mention [speaker_start, speaker_end) is in
  the text; labels sorted by start, no claim labelled twice for one speaker. When the folder's
  gazetteer exists (corpus/actors.json for the corpus, heldout/actors.json beside held-out
  labels), every slug must be one of its ids and no `?Name` may be one of its names or aliases.
Prints every problem as file:line: problem and exits 1 if there was any.
"""
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "tests", "labels")
KINDS = {"money", "percent", "multiple", "rate", "duration", "count", "quantity"}
FIELDS = {"begin", "end", "surface", "kind", "value", "value_high", "unit", "per"}
CLAIM_FIELDS = {"speaker", "speaker_start", "speaker_end", "verb", "start", "end", "text"}
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# figures/news/: what each figure measures (tests/labels/figures/news/README.md).
NEWS_FIELDS = FIELDS | {"subject", "metric", "period", "period_kind", "change"}
METRICS = {
    "capital expenditure", "revenue", "revenue run rate", "net income", "net loss",
    "insured losses", "operating profit", "EBITDA", "earnings per share", "gross margin", "operating margin",
    "free cash flow", "dividend", "market value", "valuation", "funding", "investment",
    "share price", "price", "price per token", "depreciation", "debt issuance", "debt",
    "order backlog", "sales volume", "deliveries", "users", "employees", "power capacity",
    "electricity use", "growth rate", "market share", "index level", "yield", "cost",
    # economy, energy, elections, health and sport
    "GDP", "inflation", "unemployment rate", "interest rate", "production", "votes", "vote share",
    "turnout", "seats", "cases", "deaths", "hospitalisations", "vaccination rate", "goals",
    "transfer fee", "attendance"}
PERIOD = re.compile(r"\d{4}|FY\d{4}|Q[1-4] (FY)?\d{4}|H[12] (FY)?\d{4}|9M \d{4}"
                    r"|\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|\d{4}-\d{4}")
PERIOD_KINDS = {"actual", "forecast", "plan"}
DELTA_BASES = {"yoy", "qoq"}


def text_for(label_path):
    """The UTF-8 bytes a label file labels."""
    stem = os.path.splitext(os.path.basename(label_path))[0]
    if is_corpus(label_path):
        with open(os.path.join(ROOT, "corpus", stem + ".json"), encoding="utf-8") as f:
            return json.load(f)["text"].encode("utf-8")
    if is_claims_news(label_path):
        with open(os.path.join(os.path.dirname(label_path), stem + ".json"), encoding="utf-8") as f:
            return json.load(f)["text"].encode("utf-8")
    with open(os.path.join(os.path.dirname(label_path), stem + ".txt"), "rb") as f:
        return f.read()


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def is_corpus(label_path):
    return os.path.basename(os.path.dirname(label_path)) == "corpus"


def news_kind(label_path):
    """"claims" or "figures" for a label of tests/labels/{claims,figures}/news/{dev,heldout}/,
    else None."""
    half = os.path.dirname(os.path.abspath(label_path))
    if os.path.basename(os.path.dirname(half)) != "news":
        return None
    return os.path.basename(os.path.dirname(os.path.dirname(half)))


def is_claims_news(label_path):
    """A claims news label: its text is the article (.json) beside it."""
    return news_kind(label_path) == "claims"


def is_figures_news(label_path):
    """A figures news label: its text is the .txt beside it, and it says what each figure measures."""
    return news_kind(label_path) == "figures"


def label_kind(label_path):
    """"figures" or "claims": the folder above the label file's corpus/, heldout/ or news/ folder."""
    if news_kind(label_path):
        return news_kind(label_path)
    return os.path.basename(os.path.dirname(os.path.dirname(os.path.abspath(label_path))))


def article_problems(label_path):
    """The schema problems of the news article a news label file labels, as strings."""
    try:
        import jsonschema
        import referencing
    except ImportError:
        return ["cannot check the article: python3-jsonschema is not installed"]
    schemas = os.path.join(ROOT, "schemas")
    resources = []
    for name in ("article.schema.json", "defs.schema.json"):
        with open(os.path.join(schemas, name), encoding="utf-8") as f:
            resources.append((name, referencing.Resource.from_contents(json.load(f))))
    registry = referencing.Registry().with_resources(
        [(r.contents["$id"], r) for _, r in resources])
    validator = jsonschema.Draft202012Validator(resources[0][1].contents, registry=registry)
    stem = os.path.splitext(label_path)[0]
    with open(stem + ".json", encoding="utf-8") as f:
        article = json.load(f)
    return [f"{stem}.json: {'/'.join(map(str, e.absolute_path)) or 'article'}: {e.message}"
            for e in validator.iter_errors(article)]


def is_byte_span(start, end, text):
    return isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool) \
        and not isinstance(end, bool) and 0 <= start < end <= len(text)


def check_figure_label(label, text, fields=FIELDS):
    """The problems of one decoded figure label, as strings."""
    missing = fields - label.keys()
    extra = label.keys() - fields
    if missing or extra:
        return [f"fields missing {sorted(missing)} / unknown {sorted(extra)}"]
    problems = []
    begin, end = label["begin"], label["end"]
    if not is_byte_span(begin, end, text):
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


def check_news_fields(label):
    """The problems of the subject, metric, period, period_kind and change of one news label."""
    problems = []
    subject = label["subject"]
    if subject is not None and not (isinstance(subject, str) and subject.strip() == subject != ""):
        problems.append(f"subject {subject!r} is neither null nor a name without outer spaces")
    if label["metric"] is not None and label["metric"] not in METRICS:
        problems.append(f"metric {label['metric']!r} is not one of the README's metrics")
    period = label["period"]
    if isinstance(period, dict):
        if period.keys() != {"by"} or not (isinstance(period["by"], str) and re.fullmatch(r"\d{4}", period["by"])):
            problems.append(f"period {period!r} is not {{\"by\": \"YYYY\"}}")
    elif period is not None and not (isinstance(period, str) and PERIOD.fullmatch(period)):
        problems.append(f"period {period!r} is not a canonical period")
    if label["period_kind"] is not None and label["period_kind"] not in PERIOD_KINDS:
        problems.append(f"period_kind {label['period_kind']!r} is not one of {sorted(PERIOD_KINDS)}")
    change = label["change"]
    if change is None:
        return problems
    if not isinstance(change, dict) or change.get("role") not in ("from", "to", "delta"):
        return problems + [f"change {change!r} has no role from, to or delta"]
    if change["role"] == "delta":
        if change.keys() != {"role", "basis"} or change["basis"] not in DELTA_BASES | {None}:
            problems.append(f"change {change!r}: a delta has only a basis, yoy, qoq or null")
    elif change.keys() != {"role", "link"} or not (change["link"] is None or (
            isinstance(change["link"], int) and not isinstance(change["link"], bool))):
        problems.append(f"change {change!r}: a {change['role']} has only a link, a label index or null")
    return problems


def check_change_links(labels):
    """(line index, problem) for every from/to link that does not point at a label linking back."""
    problems = []
    for i, label in enumerate(labels):
        change = label.get("change") if isinstance(label, dict) else None
        if not isinstance(change, dict) or change.get("role") not in ("from", "to"):
            continue
        link = change.get("link")
        if link is None:
            continue
        other = labels[link].get("change") if isinstance(link, int) and 0 <= link < len(labels) \
            and isinstance(labels[link], dict) else None
        if not (isinstance(other, dict) and other.get("link") == i
                and other.get("role") == ("to" if change["role"] == "from" else "from")):
            problems.append((i, f"change links to label {link}, which is not its other end linking back"))
    return problems


def check_conflicts(folder):
    """The problems of a news half's conflicts.json: every pair names labels of that half."""
    path = os.path.join(folder, "conflicts.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        spans = {}
        for name in os.listdir(folder):
            if name.endswith(".jsonl"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    for line in f:
                        label = json.loads(line)
                        spans[(name[:-len(".jsonl")] + ".txt", label["begin"])] = label["surface"]
        problems = []
        for section in ("conflicts", "traps"):
            for n, pair in enumerate(data[section]):
                for end in ("a", "b"):
                    ref = pair[end]
                    if spans.get((ref["file"], ref["begin"])) != ref["surface"]:
                        problems.append(f"{path}: {section}[{n}].{end} {ref!r} is not a label of this half")
                if not pair.get("note"):
                    problems.append(f"{path}: {section}[{n}] has no note")
        return problems
    except (OSError, ValueError, KeyError, TypeError) as e:
        return [f"{path}: cannot read: {e!r}"]


def gazetteer_names(label_path):
    """{id: its case-folded name and aliases} of the gazetteer that a claim label file's slugs
    name, or None without one."""
    folder = os.path.dirname(label_path)
    path = os.path.join(ROOT, "corpus", "actors.json") if is_corpus(label_path) \
        else os.path.join(folder, "actors.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {actor["id"]: {n.casefold() for n in [actor["name"]] + actor.get("aliases", [])}
                for actor in json.load(f)["actors"]}


def check_claim_label(label, text, gazetteer):
    """The problems of one decoded claim label, as strings."""
    missing = CLAIM_FIELDS - label.keys()
    extra = label.keys() - CLAIM_FIELDS
    if missing or extra:
        return [f"fields missing {sorted(missing)} / unknown {sorted(extra)}"]
    problems = []
    speaker = label["speaker"]
    if not isinstance(speaker, str):
        problems.append(f"speaker {speaker!r} is not a string")
    elif speaker.startswith("?"):
        if not speaker[1:].strip() or speaker[1:] != speaker[1:].strip():
            problems.append(f"candidate speaker {speaker!r} needs a non-empty name without outer spaces")
        elif gazetteer is not None and any(speaker[1:].casefold() in names for names in gazetteer.values()):
            problems.append(f"candidate speaker {speaker!r} is a name of a gazetteer actor")
    elif not SLUG.fullmatch(speaker):
        problems.append(f"speaker {speaker!r} is neither a slug (lowercase ASCII words joined "
                        "by dashes) nor `?Name`")
    elif gazetteer is not None and speaker not in gazetteer:
        problems.append(f"speaker {speaker!r} is not an actor id of the gazetteer")
    if not is_byte_span(label["speaker_start"], label["speaker_end"], text):
        problems.append(f"speaker mention [{label['speaker_start']}, {label['speaker_end']}) is "
                        f"not inside the text of {len(text)} bytes")
    if not (isinstance(label["verb"], str) and label["verb"].strip()):
        problems.append(f"verb {label['verb']!r} is not a non-empty string")
    start, end = label["start"], label["end"]
    if not is_byte_span(start, end, text):
        return problems + [f"span [{start}, {end}) is not inside the text of {len(text)} bytes"]
    if not isinstance(label["text"], str) or text[start:end] != label["text"].encode("utf-8"):
        problems.append(f"text {label['text']!r} but the text there is "
                        f"{text[start:end].decode('utf-8', 'replace')!r}")
    elif label["text"] != label["text"].strip():
        problems.append("the span begins or ends with white space")
    return problems


def news_speaker_problem(speaker, article):
    """Why a news label's speaker is not one the news README allows, or None."""
    if not (isinstance(speaker, str) and speaker.startswith("?")):
        return f"speaker {speaker!r} is not a candidate `?Name` (news labels have no gazetteer)"
    name = speaker[1:]
    if name in ("anonymous", article.get("author"), article.get("outlet")):
        return None
    if name.casefold() not in article["text"].casefold():
        return f"speaker {speaker!r} is neither anonymous, the author, the outlet nor a name in the text"
    return None


def check_file(path):
    """(problems, number of labels) for one label file."""
    try:
        text = text_for(path)
    except (OSError, ValueError, KeyError) as e:
        return [f"{path}: cannot read the text it labels: {e}"], 0
    claims = label_kind(path) == "claims"
    if is_claims_news(path):
        try:
            schema_problems = article_problems(path)
        except (OSError, ValueError) as e:
            schema_problems = [f"{path}: cannot check its article: {e}"]
        if schema_problems:
            return schema_problems, 0
        with open(os.path.splitext(path)[0] + ".json", encoding="utf-8") as f:
            article = json.load(f)
    else:
        article = None
    try:
        gazetteer = gazetteer_names(path) if claims else None
    except (OSError, ValueError, KeyError, TypeError) as e:
        return [f"{path}: cannot read its gazetteer: {e}"], 0
    problems, count, previous_end = [], 0, 0
    previous_start, seen = 0, set()
    news = is_figures_news(path)
    decoded = []
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
            count += 1
            if claims:
                problems += [f"{where}: {p}" for p in check_claim_label(label, text, gazetteer)]
                if article is not None:
                    problem = news_speaker_problem(label.get("speaker"), article)
                    if problem:
                        problems.append(f"{where}: {problem}")
                if isinstance(label.get("start"), int):
                    if label["start"] < previous_start:
                        problems.append(f"{where}: starts at {label['start']}, before the previous "
                                        f"label ({previous_start}): labels must be sorted by start")
                    previous_start = label["start"]
                    key = (label.get("speaker"), label["start"], label.get("end"))
                    if key in seen:
                        problems.append(f"{where}: the same claim and speaker twice")
                    seen.add(key)
                continue
            decoded.append(label)
            if news:
                problems += [f"{where}: {p}" for p in check_figure_label(label, text, NEWS_FIELDS)]
                if NEWS_FIELDS <= label.keys():
                    problems += [f"{where}: {p}" for p in check_news_fields(label)]
            else:
                problems += [f"{where}: {p}" for p in check_figure_label(label, text)]
            if isinstance(label.get("begin"), int) and isinstance(label.get("end"), int):
                if label["begin"] < previous_end:
                    problems.append(f"{where}: begins at {label['begin']}, before the previous "
                                    f"label ends ({previous_end}): unsorted or overlapping")
                previous_end = label["end"]
    if news:
        problems += [f"{path}: label {i}: {p}" for i, p in check_change_links(decoded)]
    return problems, count


def main(argv):
    paths = argv[1:]
    if not paths:
        for sub in ("figures/corpus", "figures/heldout", "claims/corpus", "claims/heldout",
                    "claims/news/dev", "claims/news/heldout"):
            folder = os.path.join(LABELS, sub)
            if os.path.isdir(folder):
                paths += sorted(os.path.join(folder, n) for n in os.listdir(folder)
                                if n.endswith(".jsonl"))
    news_halves = []
    if not argv[1:]:
        for half in ("dev", "heldout"):
            folder = os.path.join(LABELS, "figures", "news", half)
            files = sorted(os.path.join(folder, n) for n in os.listdir(folder)
                           if n.endswith(".jsonl")) if os.path.isdir(folder) else []
            if files:
                news_halves.append(folder)
                paths += files
    all_problems, total = [], 0
    for folder in news_halves:
        all_problems += check_conflicts(folder)
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
