#include "extract/reporting_lexicon.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/word_set.h"

namespace dossier::extract {
namespace {

struct VerbForms {
  VerbClass verb_class;
  std::vector<std::string_view> forms;  // base, -s, past, -ing, and the past participle if other
};

// Every form as it is written after a subject, lowercase. Multi-word verbs are written with one space.
const std::vector<VerbForms>& Verbs() {
  static const std::vector<VerbForms> verbs = {
      {VerbClass::kStatement,
       {"say", "says", "said", "saying", "argue", "argues", "argued", "arguing", "counter", "counters", "countered",
        "countering", "note", "notes", "noted", "noting", "predict", "predicts", "predicted", "predicting",
        "estimate", "estimates", "estimated", "estimating", "claim", "claims", "claimed", "claiming", "believe",
        "believes", "believed", "believing", "contend", "contends", "contended", "contending", "write", "writes",
        "wrote", "writing", "written", "add", "adds", "added", "adding", "flag", "flags", "flagged", "flagging",
        "suggest", "suggests", "suggested", "suggesting", "speculate", "speculates", "speculated", "speculating", "explain", "explains", "explained", "explaining",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging", "insist", "insists", "insisted",
        "insisting", "maintain", "maintains", "maintained", "assert", "asserts", "asserted", "asserting", "state",
        "states", "stated", "observe", "observes", "observed", "report", "reports", "reported", "reporting",
        "conclude", "concludes", "concluded", "concluding", "expect", "expects", "expected", "expecting",
        "forecast", "forecasts", "forecasted", "forecasting", "project", "projects", "projected", "projecting",
        "admit",
        "admits", "admitted", "admitting", "reply", "replies", "replied", "respond", "responds", "responded",
        "think", "thinks", "thought", "stress", "stresses", "stressed", "emphasize", "emphasizes", "emphasized",
        "emphasise", "emphasises", "emphasised", "reckon", "reckons", "reckoned", "demand", "demands", "demanded",
        "demanding", "reveal", "reveals", "revealed", "find", "finds", "found", "uncover", "uncovers", "uncovered",
        "agree", "agrees", "agreed", "posit", "posits", "posited", "fear",
        "fears", "feared", "doubt", "doubts", "doubted", "confirm", "confirms", "confirmed", "deny", "denies",
        "denied", "allege", "alleges", "alleged", "alleging", "imply", "implies", "implied", "hint", "hints", "hinted",
        "tweet", "tweets", "tweeted", "push back", "pushes back", "pushed back", "pushing back", "point out",
        "points out", "pointed out", "pointing out", "isn't sure", "is not sure", "wasn't sure", "asking for",
        "calling for", "calls for", "called for", "signal", "signals", "signaled", "signalled", "signaling",
        "signalling", "indicate", "indicates", "indicated", "indicating", "mention", "mentions", "mentioned",
        "remark", "remarks", "remarked", "comment", "comments", "commented", "retort", "retorts", "retorted",
        "quip", "quips", "quipped", "joke", "jokes", "joked", "recommend", "recommends", "recommended",
        "propose", "proposes", "proposed", "anticipate", "anticipates", "anticipated", "suspect", "suspects",
        "suspected", "guess", "guesses", "guessed", "calculate", "calculates", "calculated", "complain",
        "complains", "complained", "complaining", "testify", "testifies", "testified", "reiterate", "reiterates",
        "reiterated", "repeat", "repeats", "repeated", "underscore", "underscores", "underscored", "concur",
        "concurs", "concurred", "contend", "theorize", "theorizes", "theorized", "hypothesize", "maintaining",
        "insisting", "stressing", "noting", "adding", "estimating", "predicting", "observing",
        "acknowledging", "admitting", "confirming", "denying", "suggesting", "claiming", "explaining", "tease",
        "teases", "teased", "teasing", "understand", "understands", "learn", "learns", "learned", "learnt", "boast",
        "boasts", "boasted", "lament", "laments", "lamented", "recount", "recounts", "recounted", "clarify",
        "clarifies", "clarified", "surmise", "surmises", "surmised", "promise", "promises", "promised", "pledge",
        "pledges", "pledged", "vow", "vows", "vowed", "opine", "opines", "opined", "opining",
        // "made it clear that …", "has made clear the cuts will stay": stating, in an idiom.
        "made it clear", "makes it clear", "make it clear", "making it clear", "made clear", "makes clear",
        // "Coyle went on to say, \"…\"": speech continued.
        "went on to say", "goes on to say", "go on to say", "went on to add", "goes on to add",
        // Passive reports whose subject is still the speaker: "Pell was quoted as saying that …".
        "quoted as saying", "quoted as telling",
        // A post is a statement only on a named platform: "posted on X", not "posted a loss".
        "posted on x", "posts on x", "posted on facebook", "posts on facebook", "posted on instagram",
        "posted on linkedin", "posts on linkedin", "posted on telegram", "posted on twitter", "posted on weibo",
        "posted on threads", "posted on bluesky", "posted online", "posted on social media",
        "posts on social media", "posted on truth social", "posts on truth social",
        // "accused the company of cutting supplies", "accusing it of \"wrecking the grid\"": a charge stated.
        "accuses", "accused", "accusing",
        // "issued a statement saying the runner had never cheated": the statement's clause.
        "issued a statement saying", "released a statement saying",
        // Feeling, stance and conceding state a clause only (TakesClauseOnly): "Bok felt the decision
        // proved the turning point", "Cha was adamant the referee made the right decision", "the party
        // exuded confidence that voters would back it", "Velde conceded the vote had been lost"; not
        // "felt pain", "was confident of victory", "conceded defeat".
        // What a poll, a survey or data show (only after a document: ShowsFinding): "a Kestrel poll of
        // analysts showed prices would stay high", "data from the grid agency showed demand fell".
        "shows", "showed", "shown",
        // (A form of "be" and a word of stance, "was adamant", is read in Predicate: IsStanceAdjective.)
        "feels", "felt", "concede", "concedes", "conceded", "conceding", "expressed confidence",
        "expresses confidence", "exuded confidence", "voiced confidence", "expressed concern", "expressed concerns",
        "voiced concern", "voiced concerns", "raised concerns", "expressed hope", "voiced hope", "expressed doubt",
        "expressed doubts", "voiced doubts", "expressed optimism", "voiced optimism", "expressed fears", "voiced fears"}},
      {VerbClass::kTelling,
       {"tell", "tells", "told", "telling", "warn", "warns", "warned", "warning", "remind", "reminds", "reminded",
        "assure", "assures", "assured", "urge", "urges", "urged", "encourage", "encourages", "encouraged", "advise", "advises", "advised", "inform",
        "informs", "informed", "caution", "cautions", "cautioned", "cautioning",
        // "has issued a warning about gas shortages": a warning, as "warned of".
        "issued a warning", "issues a warning", "issued a stark warning"}},
      {VerbClass::kAsking, {"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered"}},
      {VerbClass::kFraming,
       {"frame", "frames", "framed", "framing", "read", "reads", "see", "sees", "saw", "call", "calls", "called",
        // "described the target as \"very stretching\"": the quoted words; without marks, a framing.
        "describe", "describes", "described", "describing",
        // "labelled the goal a \"scheiss-tor\"", "dubbed the plan \"a tax raid\"": a name given in quoted words.
        // (Past forms only: "terms", "brands", "labels" are nouns far more often.)
        "labelled", "labeled", "dubbed", "branded", "termed",
        "announce", "announces", "announced", "announcing",
        // "answered: \"…\"", "answered that …" state; "answered with a number" does not.
        "answers", "answered",
        // "declared that …" states; "declared a dividend", "declared victory" act.
        "declare", "declares", "declared", "declaring",
        // "rejected claims that …", "dismissed suggestions that …" deny a clause; "rejected the
        // offer" acts.
        "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute",
        "refutes", "refuted", "refuting",
        // "ruled that …" (a court) states; "ruled out a cut" does not.
        "rule", "rules", "ruled",
        // "charged that …" accuses; "charged a fee", "was charged with fraud" do not.
        "charge", "charges", "charged", "charging"}},
      {VerbClass::kContest,
       {"challenge", "challenges", "challenged", "challenging", "question", "questions", "questioned",
        "questioning", "dispute", "disputes", "disputed", "disputing", "rebut", "rebuts", "rebutted"}},
  };
  return verbs;
}

const WordSet kIrregularPast = {"said", "told", "wrote", "written", "thought", "found", "read", "saw", "seen", "forecast", "went", "felt"};

// The second words of the two-word forms of stance ("was adamant", "expressed confidence").
const WordSet kStanceWords = {"adamant", "confident", "convinced", "certain", "optimistic", "hopeful", "confidence",
                              "concern", "concerns", "hope", "doubt", "doubts", "optimism", "fears"};

// Every form, for lookup: "pushed back" under its words joined by one space. Hashed, keyed by the
// literals themselves: a lookup is a hash and a compare or two, not a walk down a tree of strings.
const std::unordered_map<std::string_view, VerbClass>& VerbIndex() {
  static const std::unordered_map<std::string_view, VerbClass> index = [] {
    std::unordered_map<std::string_view, VerbClass> forms;
    for (const VerbForms& verb : Verbs()) {
      for (std::string_view form : verb.forms) forms.emplace(form, verb.verb_class);
    }
    return forms;
  }();
  return index;
}

// The first words of every form: a token that is none of them starts no verb, and is answered
// without building strings or searching the index.
const WordSet& VerbHeads() {
  static const WordSet heads = [] {
    std::vector<std::string_view> words;
    for (const VerbForms& verb : Verbs()) {
      for (std::string_view form : verb.forms) words.push_back(form.substr(0, form.find(' ')));
    }
    return WordSet(words.begin(), words.end());
  }();
  return heads;
}

// The first words of the forms of more than one word ("pushed" of "pushed back"): after any other
// head no longer form is looked up.
const WordSet& MultiWordHeads() {
  static const WordSet heads = [] {
    std::vector<std::string_view> words;
    for (const VerbForms& verb : Verbs()) {
      for (std::string_view form : verb.forms) {
        if (form.find(' ') != std::string_view::npos) words.push_back(form.substr(0, form.find(' ')));
      }
    }
    return WordSet(words.begin(), words.end());
  }();
  return heads;
}

}  // namespace

std::optional<ReportingVerb> ReportingVerbAt(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  // A capitalised verb is a title's ("Mark Cuban Warns OpenAI's …"), not a report.
  if (i >= tokens.size() || !tokens[i].word || IsCapitalized(text, tokens[i])) return std::nullopt;
  // Most tokens start no verb: lowercased on the stack and rejected before a string is made.
  const Token& first = tokens[i];
  char buffer[32];
  if (first.end - first.begin > sizeof buffer) return std::nullopt;  // longer than any verb
  if (VerbHeads().count(std::string_view(buffer, LowerInto(text, first, buffer))) == 0) return std::nullopt;
  std::string words = Lower(text, first);
  const auto& index = VerbIndex();
  const std::string head = words;
  std::optional<ReportingVerb> found;
  for (size_t n = 1; n <= 4 && i + n <= tokens.size(); ++n) {
    if (n > 1) {
      if (!tokens[i + n - 1].word || MultiWordHeads().count(head) == 0) break;
      words += ' ';
      AppendLower(text, tokens[i + n - 1], &words);
    }
    auto it = index.find(words);
    if (it == index.end()) continue;
    const bool ing = head.size() > 3 && head.compare(head.size() - 3, 3, "ing") == 0;
    // "was quoted as saying" is passive in form only: its subject speaks.
    const bool past = !ing && head != "quoted" && (kIrregularPast.count(head) != 0 ||
                                                   (head.size() > 2 && head.compare(head.size() - 2, 2, "ed") == 0));
    found = ReportingVerb{n, it->second, past, ing};
  }
  return found;
}

std::optional<VerbClass> FiniteReportingVerb(std::string_view verb) {
  // Asked of many words: one whose first word starts no form is answered without hashing it.
  if (VerbHeads().count(verb.substr(0, verb.find(' '))) == 0) return std::nullopt;
  const auto& index = VerbIndex();
  auto found = index.find(verb);
  if (found == index.end()) return std::nullopt;
  const std::string_view head = verb.substr(0, verb.find(' '));
  const std::string_view rest = verb.substr(head.size());
  auto ends = [&](std::string_view suffix) {
    return head.size() > suffix.size() && head.compare(head.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  const bool past = (ends("ed") || kIrregularPast.count(head) != 0) && head != "read" && head != "written" && head != "seen";
  // A third-person form is another form of the lexicon less its -s, -es or -ies (then -y).
  auto known = [&](std::string_view stem, std::string_view add) {
    return index.count(std::string(stem) + std::string(add) + std::string(rest)) != 0;
  };
  const bool third_person = (ends("ies") && known(head.substr(0, head.size() - 3), "y")) ||
                            (ends("es") && known(head.substr(0, head.size() - 2), "")) ||
                            (ends("s") && known(head.substr(0, head.size() - 1), ""));
  if (!past && !third_person) return std::nullopt;
  return found->second;
}

bool IsAuxiliaryOrAdverb(std::string_view w) {
  static const WordSet words = {
      "has", "have", "had", "'s", "'ve", "is", "are", "was", "were", "be", "been", "being", "will", "would", "may",
      "might", "could", "can", "should", "did", "does", "do", "also", "just", "publicly", "repeatedly", "recently",
      "bluntly", "plainly", "openly", "then", "later", "further", "now", "once", "previously", "still", "already",
      "even", "explicitly", "famously", "reportedly", "again", "too", "directly", "specifically", "essentially",
      "simply", "flatly", "quickly", "long", "actually", "clearly", "firmly", "privately", "separately", "likewise",
      "similarly", "himself", "herself", "themselves", "itself", "first", "often", "frequently", "loudly",
      "correctly", "rightly", "memorably", "pointedly", "candidly", "effectively", "always", "both", "each", "all", "however",
      "instead", "meanwhile", "though", "separately", "previously", "earlier", "last", "week", "today",
      "yesterday", "on", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "late", "early"};  // "Health Minister Oly Ilunga late Wednesday said"
  return words.count(w) != 0;
}

bool ShowsFinding(std::string_view verb) { return verb == "shows" || verb == "showed" || verb == "shown"; }

bool IsStanceAdjective(std::string_view w) {
  static const WordSet words = {"adamant", "confident", "convinced", "certain", "optimistic", "hopeful"};
  return words.count(w) != 0;
}

bool IsSourcedNoun(std::string_view w) {
  static const WordSet words = {"data", "figures", "statistics", "estimates", "numbers", "projections", "predictions",
                                "forecasts", "calculations"};
  return words.count(w) != 0;
}

bool TakesClauseOnly(std::string_view verb) {
  // (Not the bare "feel": "Households will feel this in their bills" is no one speaking.)
  static const WordSet kFeeling = {"feels", "felt", "concede", "concedes", "conceded", "conceding"};
  // ("was adamant", "expressed confidence", "raised concerns": a verb of two words ending in a stance's word.)
  return kFeeling.count(verb) != 0 || ShowsFinding(verb) || (verb.find(' ') != std::string_view::npos && verb.find(' ') == verb.rfind(' ') &&
                                       kStanceWords.count(verb.substr(verb.find(' ') + 1)) != 0);
}

bool IsFormOfBe(std::string_view w) {
  static const WordSet words = {"is", "are", "was", "were", "be", "been", "being"};
  return words.count(w) != 0;
}

bool IsNegation(std::string_view w) {
  static const WordSet words = {"not", "never", "didn't", "doesn't", "don't", "isn't", "wasn't", "won't",
                                "wouldn't", "hasn't", "haven't", "hadn't", "can't", "cannot", "couldn't", "no"};
  return words.count(w) != 0;
}

bool IsStatementNounBeforeIs(std::string_view w) {
  static const WordSet words = {"point", "view", "argument", "bet", "worry", "conclusion", "position", "thesis",
                                "take", "fear", "concern", "message", "verdict", "prediction", "belief",
                                "contention", "answer", "assessment", "diagnosis", "charge", "math", "maths", "case",
                                "pitch", "logic", "reasoning", "hunch", "guess", "advice", "explanation", "claim",
                                "hope", "expectation", "forecast", "estimate", "reply", "response"};
  return words.count(w) != 0;
}

bool IsStatementNounBeforeThat(std::string_view w) {
  static const WordSet words = {"assessment", "challenge", "claim", "warning", "assertion", "insistence",
                                "suggestion", "observation", "estimate", "forecast", "argument", "view", "point",
                                "belief", "conclusion", "contention", "prediction", "bet", "worry", "fear",
                                "concern", "thesis", "position", "verdict", "admission", "reminder", "complaint"};
  return words.count(w) != 0;
}

bool OpensClause(std::string_view w) {
  static const WordSet words = {
      "and", "but", "or", "nor", "while", "as", "when", "whereas", "because", "since", "so", "then", "which", "that",
      "who", "where", "though", "although", "if", "meanwhile", "also", "now", "yet", "after", "before", "until",
      "once", "way", "how", "why", "here", "today", "yesterday", "later", "earlier", "instead", "still", "again",
      "separately", "similarly", "likewise", "notably", "ironically", "indeed", "even", "previously", "recently",
      "finally", "moreover", "however", "plus", "week", "month", "year", "morning", "night", "afternoon",
      "evening", "both", "neither", "either"};
  return words.count(w) != 0;
}

bool IsPreposition(std::string_view w) {
  static const WordSet words = {"in", "on", "at", "during", "last", "this", "to", "for", "after", "before",
                                "via", "through", "earlier", "later", "yesterday", "today", "tonight", "monday",
                                "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently",
                                "previously", "again", "too", "also", "separately", "privately", "publicly",
                                "when", "while", "as", "with", "from", "over", "under", "by"};
  return words.count(w) != 0;
}

bool IsAdverbialOpener(std::string_view w) {
  static const WordSet words = {"here", "ahead", "outside", "inside", "following", "amid", "alongside", "shortly",
                                "afterwards", "afterward", "moments", "late", "near", "without", "upon", "around",
                                "across", "behind", "within", "into", "since", "until", "throughout", "prior"};  // "said prior to the vote"
  return IsPreposition(w) || words.count(w) != 0;
}

bool IsOrganizationNoun(std::string_view w) {
  static const WordSet words = {
      "company", "firm", "group", "bank", "institute", "council", "agency", "union", "ministry", "government",
      "lab", "laboratory", "startup", "start-up", "chipmaker", "carrier", "airline", "automaker", "insurer",
      "regulator", "fund", "university", "hospital", "authority", "department", "commission", "committee",
      "board", "organisation", "organization", "association", "operator", "utility", "manufacturer", "maker",
      "retailer", "lender", "giant", "newspaper", "publication", "network", "administration", "court",
      "consortium", "foundation", "federation", "coalition", "party", "desk", "team", "business", "conglomerate",
      "developer", "supplier", "provider", "exchange", "watchdog", "broker", "brokerage", "outlet", "club",
      "drugmaker", "carmaker", "miner", "brewer", "grocer", "supermarket", "publisher", "broadcaster", "producer",
      "distributor", "embassy", "charity", "insurer", "bureau", "office", "regulator", "chain", "cartel", "alliance",
      "bloc", "consultancy",
      "body"};  // "the health body said", "the industry body"
  return words.count(w) != 0;
}

bool IsDocumentNoun(std::string_view w) {
  static const WordSet words = {"report", "study", "survey", "statement", "analysis", "paper", "review", "filing",
                                "letter", "memo", "document", "assessment", "minutes", "ruling", "judgment",
                                "judgement", "release", "poll", "audit", "note", "bulletin", "research",
                                "investigation", "inquiry", "complaint", "lawsuit", "indictment", "outlook",
                                // What an organisation posts: "the Orvel Rail message said", "the
                                // club website reported", "the agency's advisory read".
                                "message", "website", "post", "advisory", "notice", "announcement"};
  return words.count(w) != 0;
}

bool IsPersonNoun(std::string_view w) {
  static const WordSet words = {
      "executive", "ceo", "founder", "co-founder", "investor", "billionaire", "analyst", "economist", "minister",
      "president", "chairman", "chairwoman", "chair", "spokesperson", "spokesman", "spokeswoman", "professor",
      "author", "senator", "governor", "mayor", "director", "manager", "strategist", "scientist", "entrepreneur",
      "commissioner", "secretary", "chancellor", "premier", "congressman", "congresswoman", "lawmaker", "researcher",
      "captain", "coach", "manager", "leader", "boss", "striker", "midfielder", "defender", "goalkeeper", "forward",
      "player", "star", "candidate", "challenger", "incumbent", "doctor", "physician", "lawyer", "attorney", "trader",
      "banker", "official", "prosecutor", "judge", "ambassador", "diplomat", "general", "governor", "owner",
      "chairperson", "epidemiologist", "virologist", "pollster", "strategist", "founder", "veteran", "actor",
      "singer", "writer", "columnist", "reporter", "host", "presenter", "chief", "head", "activist", "campaigner",
      // Offices of local government, courts and the emergency services ("the former sheriff said").
      "sheriff", "councillor", "councilman", "councilwoman", "councilmember", "magistrate", "detective", "inspector",
      "councilor",  // US spelling
      "superintendent", "adviser", "advisor", "consultant",
      // Athletes ("the sprinter said", "the champion added").
      "athlete", "sprinter", "runner", "swimmer", "cyclist", "boxer", "golfer", "champion", "medallist", "medalist"};
  return words.count(w) != 0;
}

bool IsRoleWord(std::string_view w) {
  static const WordSet words = {
      "capitalist", "teammate", "challenger", "incumbent", "coach", "captain", "manager", "leader", "striker",
      "midfielder", "defender", "goalkeeper", "winger", "player", "candidate", "rival", "colleague", "veteran",
      "lawyer", "attorney", "trader", "banker", "official", "doctor", "physician", "nurse", "epidemiologist",
      "virologist", "activist", "historian", "pollster", "consultant", "lawmaker", "adviser", "advisor", "owner",
      "boss", "chef", "designer", "engineer", "entrepreneur", "prosecutor", "ambassador", "diplomat", "columnist",
      "commentator", "host", "presenter", "reporter", "correspondent", "editor", "coordinator", "officer", "vice", "rear",
      "deputy", "former", "incoming", "outgoing", "interim", "acting", "campaigner", "organiser", "organizer",
      "manager", "superintendent", "inspector", "specialist", "expert", "fellow", "lecturer", "teacher",
      "principal", "dean", "provost", "counsel", "treasurer", "trustee", "shareholder", "donor", "mp", "mep",
      "councillor", "councilman", "councilwoman", "councilmember", "councilmembers", "member", "alderman", "alderwoman",
      "councilor", "councilors", "councillors",  // "Councilors Ana Ruiz and Tom Hale argued"
      "assemblyman", "assemblywoman", "assemblymember", "congressman", "congresswoman", "prime", "district", "magistrate", "sheriff",
      "detective", "constable", "sergeant", "lieutenant", "colonel", "major", "captain", "admiral", "commander", "bishop",
      "rabbi", "imam", "pastor", "father", "cardinal", "king", "queen", "prince", "princess", "sheikh",
      // Disaster, weather and farm reports: "…, coroner Lacey Prue told CNN", "meteorologist Gerald Satterwhite said".
      "coroner", "meteorologist", "forecaster", "climatologist", "hydrologist", "seismologist", "farmer", "grower",
      // Athletes by their sport ("Jamaican sprinter Orrin Blake", "world champion Dana Colvin").
      "athlete", "sprinter", "runner", "hurdler", "jumper", "swimmer", "cyclist", "rider", "boxer", "golfer",
      "champion", "medallist", "medalist", "gymnast", "skier"};
  return words.count(w) != 0;
}

bool IsNameParticle(std::string_view w) {
  static const WordSet words = {"van", "von", "de", "da", "del", "der", "den", "bin", "ibn", "al", "le", "la", "du",
                                "di", "dos", "das", "ter", "ten"};
  return words.count(w) != 0;
}

bool IsAnonymousNoun(std::string_view w) {
  static const WordSet words = {"person", "people", "source", "sources", "official", "officials", "insider", "insiders",
                                "diplomat", "diplomats", "executive", "executives", "banker", "bankers", "employee",
                                "employees", "staffer", "staffers", "aide", "aides", "adviser", "advisers", "advisor",
                                "advisors", "individual", "individuals", "investor", "investors", "member", "members",
                                "lawmaker", "lawmakers", "manager", "managers", "trader", "traders", "analyst",
                                "analysts", "negotiator", "negotiators", "engineer", "engineers", "worker", "workers",
                                "delegate", "delegates", "councillor", "councillors", "minister", "ministers",
                                "councilor", "councilors",  // US spelling
                                "officer", "officers", "director", "directors", "resident", "residents"};
  return words.count(w) != 0;
}

bool IsConditional(std::string_view w) {
  static const WordSet words = {"if", "when", "unless", "once", "because", "whether"};
  return words.count(w) != 0;
}

size_t HanReportingVerbAt(std::string_view text, size_t at) {
  static const std::vector<std::string_view> verbs = {
      "表示", "認為", "认为", "指出", "警告", "發現", "发现", "預測", "预测", "強調", "强调", "坦言", "直言",
      "透露", "聲稱", "声称", "主張", "主张", "補充說", "补充说", "说道", "說道", "获悉", "獲悉", "了解到", "反驳说", "反駁說", "反击说", "反擊說", "反驳", "反駁", "反击", "反擊", "補充", "补充", "提醒", "回应称", "回應稱", "回应", "回應", "预计", "預計", "分析",
      "报道称", "報導稱", "报道", "報導", "宣布", "批评", "批評", "呼吁", "呼籲", "质疑", "質疑", "重申", "承认",
      "承認", "否认", "否認", "介绍", "介紹", "解释", "解釋", "预期", "預期", "预估", "預估", "估计", "估計", "抱怨", "坦承", "说明", "說明",
      "写道", "寫道", "证实", "證實", "披露", "建议", "建議", "宣称", "宣稱",
      // 提出,…: a proposal stated as a clause (with its punctuation, as every verb here needs).
      "提出",
      // 答道, 提到, 笑言, 告诉记者: answers, mentions and asides as speech.
      "答道", "提到", "笑言", "笑称", "笑稱", "感叹", "感嘆", "告诉记者", "告訴記者", "告诉本报", "告訴本報",
      // 反嗆, 回嗆, 質問 (Taiwan's political reporting): a retort and a challenge as speech.
      "反嗆", "反呛", "回嗆", "回呛", "質問", "质问",
      // 點出, 喊話 (a call to someone), 公布 (announced, before its clause or punctuation).
      "點出", "点出", "喊話", "喊话", "公布", "表達", "表达",
      // 報道指, 發表聲明指 (Hong Kong usage), 説 (the variant of 說 in Hong Kong and Big5 text).
      "報道", "指", "說", "説", "说", "稱", "称",
      // 主持人李四端問,會不會擔心…?: a question someone is reported asking.
      "问道", "問道", "问", "問",
      // 認爲 (爲 for 為, in Hong Kong and older Big5 text); 告訴本台記者 (a broadcaster's own reporter);
      // 提问 (媒体提问：… is the press asking, read as no one's, not 媒体提 asking).
      "認爲", "告诉本台记者", "告訴本台記者", "提问", "提問"};
  // Every verb starts with a three-byte Han character (lead byte E3–E9): most text is rejected here.
  if (at >= text.size() || static_cast<unsigned char>(text[at]) < 0xE3 || static_cast<unsigned char>(text[at]) > 0xE9) return 0;
  // 告诉新京报记者，, 告訴本台駐地記者: told an outlet's reporter (up to ten characters naming them), then what.
  for (std::string_view told : {"告诉", "告訴"}) {
    if (text.substr(at, told.size()) != told) continue;
    constexpr size_t kLongestReporter = 30;
    const std::string_view after = text.substr(at + told.size(), kLongestReporter + 9);
    for (std::string_view reporter : {"记者", "記者"}) {
      const size_t found = after.find(reporter);
      if (found == std::string_view::npos || found > kLongestReporter) continue;
      const size_t end = at + told.size() + found + reporter.size();
      const std::string_view mark = text.substr(end, 3);
      if (mark == "\xef\xbc\x8c" || mark == "\xef\xbc\x9a" || mark.substr(0, 1) == "," || mark.substr(0, 1) == ":") return end - at;
    }
  }
  for (std::string_view verb : verbs) {
    if (text.substr(at, verb.size()) != verb) continue;
    // 分析师, 分析師, 分析人士: a noun of people, not the verb.
    const std::string_view next = text.substr(at + verb.size(), 3);
    // 指 says only before its punctuation ("聲明指，"); elsewhere it points (指数, 指出 is its own verb).
    const auto punctuation = [&](size_t after) {
      const std::string_view mark = text.substr(after, 3);
      return mark == "\xef\xbc\x8c" || mark == "\xef\xbc\x9a" || mark == "\xef\xb8\xb0" || mark.substr(0, 1) == "," || mark.substr(0, 1) == ":";
    };
    // 问 asks only before its punctuation too (问及, 问题, 问责 are other words).
    // (毫無疑問, 顧問, 訪問, 學問: a doubt, an adviser, a visit and learning hold 問 and ask nothing.)
    if (verb == "问" || verb == "問") {
      static constexpr std::string_view kNounBefore[] = {"疑", "顾", "顧", "访", "訪", "学", "學", "慰"};
      const std::string_view before = at >= 3 ? text.substr(at - 3, 3) : std::string_view();
      if (std::find(std::begin(kNounBefore), std::end(kNounBefore), before) != std::end(kNounBefore)) return 0;
      return punctuation(at + verb.size()) ? verb.size() : 0;
    }
    // 指 also says before its clause in Hong Kong's and Taiwan's reporting ("警方其後指他提供虛假資料",
    // "天文台指至少維持至…"), but not inside the words it begins or ends: 指數, 指標, 指示, 指著 (points
    // at), 是指, 所指, 手指, 意指 (means), 指的是.
    if (verb == "指") {
      if (punctuation(at + verb.size())) return verb.size();
      static constexpr std::string_view kWordAfter[] = {"数", "數", "标", "標", "导", "導", "示", "挥", "揮", "定", "南", "引",
                                                        "令", "纹", "紋", "甲", "望", "针", "針", "名", "点", "點", "派", "明",
                                                        "正", "向", "的", "着", "著", "头", "頭", "尖", "控", "责", "責", "称", "稱",
                                                        "日", "涉", "使", "认", "認", "环", "環", "挥", "教"};
      static constexpr std::string_view kWordBefore[] = {"是", "所", "手", "意", "旨", "食", "拇", "戒", "即", "仅", "僅",
                                                         "专", "專", "特", "泛", "直", "暗", "确", "確", "遥", "遙", "屈",
                                                         "首", "可", "一", "千", "染", "剑", "劍", "矛", "得", "被",
                                                         "防"};  // 省防指 (the flood-control headquarters)
      const std::string_view before = at >= 3 ? text.substr(at - 3, 3) : std::string_view();
      const auto lead = static_cast<unsigned char>(next.empty() ? 0 : next[0]);
      const bool han_next = lead >= 0xE4 && lead <= 0xE9;
      if (!han_next || std::find(std::begin(kWordAfter), std::end(kWordAfter), next) != std::end(kWordAfter) ||
          std::find(std::begin(kWordBefore), std::end(kWordBefore), before) != std::end(kWordBefore)) {
        return 0;
      }
      return verb.size();
    }
    if (next == "指" && punctuation(at + verb.size() + 3)) return verb.size() + next.size();  // 報道指，
    // 分析认为: the verb is the one after it; 分析了球队失利的原因 analysed something, an act.
    if (verb == "分析" && (next == "师" || next == "師" || next == "人" || next == "员" || next == "員" || next == "了" ||
                           HanReportingVerbAt(text, at + verb.size()) != 0)) {
      return 0;
    }
    // 法說會 (an investor conference), 小说, 传说, 学说, 游说: nouns and a verb that hold 说, not it.
    if (verb == "说" || verb == "說" || verb == "説") {
      const std::string_view before = at >= 3 ? text.substr(at - 3, 3) : std::string_view();
      if ((before == "法" && (next == "会" || next == "會")) || before == "小" || before == "传" || before == "傳" ||
          before == "学" || before == "學" || before == "游" || before == "遊") {
        return 0;
      }
    }
    // Words that hold 说 or 称 and say nothing, now that either may run into its clause unpunctuated:
    // 说服, 说谎, 说话 (persuade, lie, talk), 俗话说, 老实说, 可以说, 应该说, 不用说, 听说, 据说 (set
    // phrases: who says them is no one); 称赞, 称为, 称之, 称号 (praise, call, a title), 堪称, 号称,
    // 简称, 人称, 自称 (is called).
    if (verb == "说" || verb == "說" || verb == "説" || verb == "称" || verb == "稱") {
      static constexpr std::string_view kSaysAfter[] = {"服", "谎", "謊", "话", "話", "笑", "唱", "书", "書", "客", "教", "辞", "辭"};
      static constexpr std::string_view kSaysBefore[] = {"话", "話", "实", "實", "白", "以", "该", "該", "用", "听", "聽", "据", "據",
                                                         "来", "來", "虽", "雖", "般"};
      static constexpr std::string_view kCallsAfter[] = {"赞", "讚", "贊", "为", "為", "之", "号", "號", "呼", "霸", "职", "職",
                                                         "作", "颂", "頌", "许", "許", "谓", "謂", "心", "王", "帝"};
      static constexpr std::string_view kCallsBefore[] = {"堪", "号", "號", "简", "簡", "俗", "统", "統", "通", "自", "人", "名",
                                                          "职", "職", "对", "對", "匀", "相", "昵", "暱", "尊", "总", "總", "合"};
      const bool says_verb = verb == "说" || verb == "說" || verb == "説";
      const std::string_view before = at >= 3 ? text.substr(at - 3, 3) : std::string_view();
      const auto in = [](const auto& words, std::string_view w) { return std::find(std::begin(words), std::end(words), w) != std::end(words); };
      if (says_verb ? in(kSaysAfter, next) || in(kSaysBefore, before) : in(kCallsAfter, next) || in(kCallsBefore, before)) return 0;
    }
    // 说明书, 說明會: a manual, a briefing.
    if ((verb == "说明" || verb == "說明") && (next == "书" || next == "書" || next == "会" || next == "會")) return 0;
    // 介绍道, 表示道: the verb with 道 after it, as a writer introduces speech.
    if (next == "道" && verb != "说道" && verb != "說道" && verb != "写道" && verb != "寫道") return verb.size() + next.size();
    // 解释说, 强调称: a verb of speech with 说 or 称 after it is one verb.
    const bool says = verb == "说" || verb == "說" || verb == "称" || verb == "稱";
    if (!says && (next == "说" || next == "說" || next == "称" || next == "稱")) return verb.size() + next.size();
    return verb.size();
  }
  return 0;
}

bool IsConsequenceParticiple(std::string_view w) {
  static const WordSet words = {"sending", "pushing", "dragging", "lifting", "knocking", "wiping", "prompting",
                                "triggering", "sparking", "marking", "fuelling", "fueling", "boosting", "denting",
                                // A result set against the market's expectations: "reported sales of $4
                                // million, falling short of estimates", ", beating forecasts".
                                "falling", "missing", "beating", "topping"};
  return words.count(w) != 0;
}

bool IsSpokesperson(std::string_view w) {
  static const WordSet words = {"spokesperson", "spokesman", "spokeswoman", "representative", "official",
                                "executive", "spokespeople", "officials", "executives", "representatives",
                                "analysts", "researchers", "economists", "scientists", "strategists", "analyst",
                                "researcher", "economist", "scientist", "strategist", "experts", "engineers",
                                "members", "leaders", "leadership", "lawyers", "attorneys"};  // "Members of OPEC+ said", "Leaders of the union said",
                                                                      // "the IAM leadership recommended": the group speaks
  return words.count(w) != 0;
}

bool IsTitle(std::string_view w) {
  static const WordSet words = {
      "ceo", "cfo", "cto", "coo", "chief", "executive", "president", "chairman", "chairwoman", "chair", "founder",
      "co-founder", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "minister", "secretary",
      "dr", "mr", "mrs", "ms", "prof", "professor", "analyst", "economist", "strategist", "investor", "director",
      "commissioner", "chancellor", "premier", "judge", "general", "gen", "lord", "sir", "dame", "spokesperson",
      "spokesman", "spokeswoman", "partner", "head", "billionaire", "researcher", "scientist", "author", "supt",
      "capt", "sgt", "lt", "col", "det", "insp", "rev", "hon", "mx"};
  return words.count(w) != 0;
}

bool IsCommonCapitalizedWord(std::string_view w) {
  static const WordSet words = {
      "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "but", "and", "or",
      "so", "some", "many", "most", "analysts", "critics", "experts", "investors", "everyone", "nobody", "others",
      "observers", "bulls", "bears", "skeptics", "supporters", "reports", "studies", "data", "research",
      "evidence", "estimates", "history", "which", "what", "who", "our", "his", "her", "their", "my", "your", "its",
      "one", "another", "other", "each", "both", "all", "no", "neither", "either", "nothing", "someone", "somebody", "here", "there", "then",
      "now", "today", "yet", "still", "meanwhile", "also", "even", "if", "when", "while", "as", "because", "since",
      "once", "although", "though", "however", "moreover", "instead", "rather", "perhaps", "maybe", "a", "an",
      "people", "users", "companies", "firms", "markets", "economists", "officials", "sources", "insiders",
      "executives", "engineers", "researchers", "authors", "scientists", "proponents", "opponents", "advocates",
      "regulators", "lawmakers", "policymakers", "governments", "ceo", "ceos", "everybody", "anyone", "few",
      "several", "such", "any", "every", "ai", "why", "how", "where", "yes", "agreed", "exactly", "fair", "right",
      "well", "sure", "indeed", "first", "second", "finally", "ironically", "notably", "surely", "clearly",
      "picture", "imagine", "consider", "watch", "note", "remember", "january", "february", "march", "april",
      "july", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday",
      // Adverbials of time and place that open a sentence ("On Friday, the paper …").
      "on", "in", "at", "by", "for", "from", "with", "after", "before", "during", "last", "next", "earlier", "later",
      "beside", "besides", "despite", "amid", "among", "following", "without", "within", "across", "against",
      "toward", "towards", "throughout", "unlike", "upon", "until", "early"};
  return words.count(w) != 0;
}

}  // namespace dossier::extract
