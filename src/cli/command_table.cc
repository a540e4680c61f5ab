#include "cli/command.h"
#include "cli/story_output.h"

namespace dossier::cli {

namespace {
const FlagSpec kJson = {"json", nullptr, "print JSON instead of text"};
const FlagSpec kJobsFlag = {"jobs", "N", "extract on N threads (default: one per core, at most 8; 1: on the writer's)"};
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
       "their own). A directory walk stays inside the directory (links to files elsewhere are skipped\n"
       "unless --follow-symlinks), warns about every entry it skips, and exits 1 if a folder in it\n"
       "could not be read. A store failure (a full disk) ends the command with exit 3 after the\n"
       "summary of what was recorded before it. Articles are recorded in input order, a batch of up to\n"
       "64 in one append, while --jobs threads extract the figures and claims of the next batches.",
       {{"story", "SLUG", "attach the sources to this story (created on first use)"},
        {"story-title", "TITLE", "the story's title when it is created"},
        {"title", "TEXT", "title (default: the first line)"},
        {"outlet", "NAME", "publication or site"},
        {"author", "NAME", "author"},
        {"published", "DATE", "publication date, YYYY-MM-DD or an RFC 3339 datetime"},
        {"url", "URL", "the article's url (its identity)"},
        {"language", "TAG", "BCP 47 language tag, e.g. en"},
        {"id", "ID", "an explicit article id (its identity when there is no url)"},
        {"follow-symlinks", nullptr, "in a directory, follow links to files and folders outside it"},
        kJobsFlag,
        {"quiet", nullptr, "print only the summary and errors"},
        kJson},
       RunIngest},
      {"annotate", "FILE.json | -", "record perspectives, tensions, questions, corrections and notes",
       "Records what extraction cannot find, from an annotation file (schemas/annotation.schema.json):\n"
       "actors, perspectives (an actor's stance on a topic at a date), tensions, questions and their\n"
       "resolutions, corrections and retractions of extracted figures and claims, metric labels, and\n"
       "editor's notes. The whole file is checked first: every citation's span must hold its quote in\n"
       "the source version it names. One bad item rejects the file, naming its JSON path\n"
       "(perspectives[3].citations[0]), and nothing is recorded; otherwise it is recorded in one atomic\n"
       "append. Items already recorded the same are unchanged; a perspective, tension or question id\n"
       "recorded with other content is refused.",
       {{"dry-run", nullptr, "check the file against the store, record nothing"},
        {"quiet", nullptr, "print only the summary and errors"},
        kJson},
       RunAnnotate},
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
       "index, decodes every payload, checks the SHA-256 of every stored text, and reads every column\n"
       "family (the projections' too) through RocksDB's checksums. Names the first bad position, text\n"
       "or damaged family and exits 4; a store that lost acknowledged events is refused at open, also 4.\n"
       "It also recomputes the Merkle tree over the events and checks the one the store keeps for proofs.\n"
       "Print the chain head and tree head it reports and keep them elsewhere: --expect-head then also\n"
       "proves that no one rewrote the whole chain since; --since SIZE:ROOT (a tree head printed earlier)\n"
       "proves instead, in O(log n) reads, that the log of that head is a prefix of today's (RFC 9162\n"
       "consistency proof), without re-reading the events.",
       {{"expect-head", "HASH", "also require this chain head (from an earlier verify)"},
        {"since", "SIZE:ROOT", "only prove that the log of this earlier tree head is a prefix of today's"},
        kJson},
       RunVerify},
      {"export", "", "write every event and stored text as JSON Lines",
       "Writes a header line, every stored text as a blob line, then every event exactly as stored:\n"
       "a complete backup that `dossier import` replays with identical hashes. --salvage exports what is\n"
       "intact of a store that refuses to open (a damaged write-ahead log, lost acknowledged events): the\n"
       "log up to the first damage, for `dossier import` into a new store.",
       {{"output", "FILE", "write to FILE instead of standard output"},
        {"salvage", nullptr, "open a damaged store anyway and export its intact prefix"}},
       RunExport},
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
       "re-hashed and the bytes at the span compared with the figure; the events that recorded the text\n"
       "and the figure are re-hashed from their bytes and proven in the log's current tree head by\n"
       "Merkle inclusion proofs (RFC 9162), in O(log n) reads: any mismatch is reported and the exit\n"
       "code is 4.",
       {kJson}, RunTrace},
      {"extract", "[SOURCE…]", "record the figures and claims of sources that lack them",
       "Extracts figures and claims from each source's latest version that has no extraction yet. With\n"
       "--rerun, also from sources read by another extractor version, and claims read with another\n"
       "gazetteer (the actors recorded by `dossier annotate`). Each extraction is a new event; the earlier\n"
       "ones stay in the log. Each source's extraction is its own append, in source order, while --jobs\n"
       "threads extract the next sources.",
       {{"rerun", nullptr, "re-extract sources read by another extractor version or gazetteer"}, kJobsFlag, kJson},
       RunExtract},
      {"actors", "", "list the actors, or the candidate names extraction found",
       "Lists the actors recorded by `dossier annotate` (the gazetteer claims are read with) with their\n"
       "aliases and how many claims each makes. --candidates lists the names that extraction found in an\n"
       "attribution position but the gazetteer does not know, with where each was first mentioned.",
       {{"candidates", nullptr, "list candidate actors instead"}, kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson},
       RunActors},
      {"claims", "", "list what the sources claim, by speaker",
       "Lists the claims extracted from each source's latest version: id, date, speaker and reporting verb,\n"
       "and the cited bytes. Corrections and retractions recorded by annotation are applied and shown\n"
       "(the extraction itself is never edited). --actor takes an actor id, name or alias, or a candidate's\n"
       "name as written.",
       {{"actor", "ACTOR", "only this actor's claims"}, {"source", "SOURCE", "only this source's claims"},
        kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson},
       RunClaims},
      {"stances", "[ACTOR]", "show each actor's stance per topic over time and how it evolved",
       "For each actor and topic, the curated perspectives by date and the evolution computed from them:\n"
       "first appearance, consistent, shifted from one stance to another on a date, or reversed (from\n"
       "against to for, or back), each with its citations. ACTOR is an id, name or alias.",
       {kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson}, RunStances},
      {"timeline", "", "list the dated events of the story",
       "Sources published, claims, perspectives, questions opened and resolved, and tensions, by date,\n"
       "each with its origin (ingested, extracted or curated) and citations; undated sources and claims\n"
       "after them, in the order recorded (left out with --dated-only).",
       {{"story", "SLUG", "only this story's entries"}, kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson}, RunTimeline},
      {"questions", "", "list the story's open questions",
       "Lists the curated questions that are still open. --all adds the resolved ones with their answers\n"
       "and the questions extraction found in the sources (sentences that ask).",
       {{"all", nullptr, "also resolved and extracted questions"}, {"story", "SLUG", "only this story's questions"},
        kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson},
       RunQuestions},
      {"tensions", "", "show who disagrees with whom",
       "Lists the curated tensions: the perspectives, claims or figures that disagree, each resolved to\n"
       "who says what, with citations.",
       {{"story", "SLUG", "only this story's tensions"}, kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson}, RunTensions},
      {"rebuild", "[PROJECTION…]", "rebuild projections from the log and check them",
       "Catches each projection up and stores it, rebuilds it from the first event, and reports whether\n"
       "the rebuilt state is byte for byte the stored one (exit 4 if any differs). Without names, every\n"
       "projection: sources, figures, actors, claims, stances, questions, tensions, timeline, notes.\n"
       "Stored projection state that cannot be read (a damaged table) is dropped unread and rebuilt.",
       {kJson}, RunRebuild},
      {"brief", "STORY | check STORY | history STORY | show STORY --version N | diff STORY N M",
       "render, check, publish and compare the story's briefing",
       "Renders the story's briefing: the header, What, Why it matters, Open questions, Narrative,\n"
       "Timeline, Perspectives (with their evolution), Tensions, Sources and Figures, each line followed\n"
       "by the numbers [n] of the sources it cites. What and Why it matters are the editor's notes where\n"
       "they exist, else assembled from the recorded claims, perspectives, tensions and figures; every\n"
       "number written is marked with the recorded figure behind it. `brief check STORY` fails (exit 1)\n"
       "when a number has no figure behind it or a citation does not resolve, and with exit 4 when a\n"
       "figure's source text no longer holds it as recorded; it names each problem and where it is.\n"
       "`--publish` records the briefing at the head of the log as the next version (its JSON stored,\n"
       "hashed) unless its content equals the last version's; `brief history STORY` lists the versions,\n"
       "`brief show STORY --version N` renders one again byte for byte (exit 4 if its stored JSON or\n"
       "Markdown no longer matches its hash), `brief diff STORY N M` lists what changed: sources,\n"
       "figures, stance shifts, questions opened and resolved, tensions.",
       {{"format", "FORMAT",
         "md (Markdown, the default), json (schemas/briefing.schema.json) or html (one self-contained page)"},
        {"publish", nullptr, "record this briefing as the next version, if it changed"},
        {"version", "N", "the version for `brief show`"},
        kAsOfFlag, kDatedOnlyFlag, kKnownAtFlag, kJson},
       RunBrief},
      {"draft", "STORY", "propose the annotations an editor confirms: actors, perspectives, questions, tensions",
       "Writes an annotation file (schemas/annotation.schema.json) that proposes what an editor would\n"
       "otherwise write by hand: the candidate speakers as actors (one-word names merged), a perspective\n"
       "per speaker and topic with a summary from their clearest claim and a stance suggested from cue\n"
       "words (neutral when unsure), the real questions the sources ask, tensions (figure conflicts and\n"
       "opposite stances on one topic), metric labels for key figures, and blank What / Why it matters\n"
       "notes with a hint. Every item is marked \"proposed\"; citations are quotes. Only what is new since\n"
       "the story's last annotation is proposed. Edit the file, then `dossier annotate FILE`.",
       {{"output", "FILE", "write the draft to FILE instead of standard output"}}, RunDraft},
  };
  return kCommands;
}

}  // namespace dossier::cli
