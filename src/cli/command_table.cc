#include "cli/command.h"

namespace dossier::cli {

namespace {
const FlagSpec kJson = {"json", nullptr, "print JSON instead of text"};
}  // namespace

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"init", "", "create an empty store",
       "Creates a store in --store DIR, else $DOSSIER_STORE, else ./.dossier (which later commands\n"
       "find from this directory or any below it).",
       {}, RunInit},
      {"ingest", "FILE… | DIR | -", "record articles as sources",
       "Reads plain text (.txt), Markdown (.md), one JSON article (.json, schemas/article.schema.json),\n"
       "JSON Lines of articles (.jsonl), directories of those (without hidden files and READMEs), or\n"
       "standard input (-). Each article is recorded whole or not at all: the same text again is a\n"
       "no-op, a changed text or metadata for the same url / id is the source's next version. One bad\n"
       "article is reported with its place and reason and does not stop the others; the exit code is\n"
       "then 1. The metadata options apply to plain-text and Markdown inputs (JSON articles carry\n"
       "their own).",
       {{"story", "SLUG", "attach the sources to this story (created on first use)"},
        {"story-title", "TITLE", "the story's title when it is created"},
        {"title", "TEXT", "title (default: the first line)"},
        {"outlet", "NAME", "publication or site"},
        {"author", "NAME", "author"},
        {"published", "DATE", "publication date, YYYY-MM-DD or an RFC 3339 datetime"},
        {"url", "URL", "the article's url (its identity)"},
        {"language", "TAG", "BCP 47 language tag, e.g. en"},
        {"id", "ID", "an explicit article id (its identity when there is no url)"},
        {"quiet", nullptr, "print only the summary and errors"},
        kJson},
       RunIngest},
      {"sources", "", "list the sources",
       "Lists every source with its latest version, date, outlet and title.", {{"story", "SLUG", "only this story's sources"}, kJson},
       RunSources},
      {"show", "SOURCE", "show a source's metadata and text",
       "SOURCE is a source id or a unique prefix of one, an article id, or a url. The text is checked\n"
       "against its SHA-256 before it is shown; control characters are made visible unless --raw.",
       {{"version", "N", "show version N (default: the latest)"},
        {"raw", nullptr, "print only the text, byte for byte"},
        kJson},
       RunShow},
      {"diff", "SOURCE A B", "show what changed between two versions of a source",
       "Lists changed metadata, then the changed lines of the text in unified form.", {kJson}, RunDiff},
      {"log", "", "list the events",
       "Lists events in log order with position, time recorded, stream@version, type and who recorded\n"
       "them. --json prints the stored envelopes exactly.",
       {{"stream", "STREAM", "only this stream (e.g. source-3f2a…, story-ai-roi)"},
        {"type", "TYPE", "only events of this type (e.g. SourceRecorded)"},
        {"from", "POSITION", "start at this position"},
        {"limit", "N", "at most N events"},
        kJson},
       RunLog},
      {"stats", "", "count what the store holds", "Counts events, streams, sources, stories and stored text.", {kJson},
       RunStats},
      {"verify", "", "prove that nothing in the store was altered",
       "Recomputes the hash chain over every event, checks positions, stream versions and the stream\n"
       "index, and the SHA-256 of every stored text. Names the first bad position or text and exits 4.\n"
       "Print the chain head it reports and keep it elsewhere: --expect-head then also proves that no\n"
       "one rewrote the whole chain since.",
       {{"expect-head", "HASH", "also require this chain head (from an earlier verify)"}, kJson},
       RunVerify},
      {"export", "", "write every event and stored text as JSON Lines",
       "Writes a header line, every stored text as a blob line, then every event exactly as stored:\n"
       "a complete backup that `dossier import` replays with identical hashes.",
       {{"output", "FILE", "write to FILE instead of standard output"}}, RunExport},
      {"import", "FILE | -", "replay an export into an empty store",
       "Checks the whole export first (header, every blob against its hash, every event's hash and its\n"
       "link to the one before) and then writes it in one atomic batch. A broken chain or a text that\n"
       "does not match its hash is refused, naming its line, and nothing is written.",
       {}, RunImport},
      {"figures", "", "list the figures the sources state",
       "Lists every figure of every source's latest version: its id, source@version, byte span, kind,\n"
       "normalized value and the text as written. --conflicts lists the metrics that sources state with\n"
       "different values (the same metric, unit and date, values more than 0.5% apart).",
       {{"source", "SOURCE", "only this source's figures"},
        {"kind", "KIND", "only money, percent, multiple, rate, duration, count or quantity"},
        {"conflicts", nullptr, "list where sources disagree on the same metric"},
        kJson},
       RunFigures},
      {"trace", "QUERY", "trace a number to the exact bytes of every source that states it",
       "QUERY is a figure id (or a prefix), a number as written (`$3 trillion`, `$0.50/Mtok`) or a value\n"
       "with its unit (`3e12 USD`, `0.5 USD per million tokens`). For each source that states it: the\n"
       "source version and its text's SHA-256, the byte span, the sentence with the figure marked, who\n"
       "recorded it and when; then the other figures of the same quantity. The stored text is re-read and\n"
       "re-hashed, the bytes at the span compared with the figure, and the hash chain verified: any\n"
       "mismatch is reported and the exit code is 4.",
       {kJson}, RunTrace},
      {"extract", "[SOURCE…]", "record the figures of sources that lack them",
       "Extracts figures from each source's latest version that has no extraction yet. With --rerun, also\n"
       "from sources read by another extractor version. Each extraction is a new event; the earlier ones\n"
       "stay in the log.",
       {{"rerun", nullptr, "re-extract sources read by another extractor version"}, kJson},
       RunExtract},
  };
  return kCommands;
}

}  // namespace dossier::cli
