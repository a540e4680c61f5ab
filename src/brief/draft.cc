#include "brief/draft.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include <fmt/format.h>

#include "brief/candidate_names.h"
#include "brief/conflict_words.h"
#include "brief/draft_stance.h"
#include "brief/real_questions.h"
#include "brief/same_thing.h"
#include "brief/story_people.h"
#include "brief/word_count.h"
#include "extract/claim_names.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"
#include "ingest/annotation_file_quote.h"
#include "model/annotation_events.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr size_t kMaxIdBytes = 64, kMinKeyTermBytes = 5, kMaxMetricLabels = 12, kMinClaimWords = 6;
// An editor confirms a speaker's one or two views, not one per word they used: on seven real
// reports of a club's title a coach's eight quotations of one evening had made seven perspectives.
constexpr size_t kTopicsPerSpeaker = 2;

// Words too common to be a topic: function words and the story-telling words of news prose.
// Curated here; five letters or more only, as shorter words are never key terms.
const std::set<std::string, std::less<>>& CommonWords() {
  static const std::set<std::string, std::less<>> kWords = {
      "about", "above", "after", "again", "against", "being", "below", "between", "could", "doesn't", "during",
      "every", "first", "their", "there", "these", "those", "through", "under", "until", "where", "which", "while",
      "would", "should", "might", "other", "because", "before", "since", "still", "think", "thinks", "years",
      "today", "really", "going", "never", "always", "people", "things", "something", "anything", "nothing",
      "company", "companies", "including", "already", "around", "within", "without", "whether", "another",
      "however", "rather", "least", "large", "largest", "biggest", "making", "means", "point", "points", "right",
      "saying", "said", "says", "argues", "argued", "believes", "expects", "warned", "noted", "added", "according",
      "cannot", "won't", "isn't", "aren't", "they're", "we're", "it's", "that's", "there's", "percent", "billion",
      "million", "trillion", "number", "numbers", "little", "great", "much", "more", "most", "world", "thing",
      "become", "became", "reporters", "statement", "interview", "official", "officials", "spokesman",
      "spokeswoman", "spokesperson", "president", "minister", "nearly", "almost", "roughly", "approximately",
      "several", "earlier", "later", "recently", "different", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "august", "september",
      "october", "november", "december",
  };
  return kWords;
}

// A word whose form marks it as no topic: an adverb ("quickly", "largely", "actually": -ly after a
// consonant that ends adverbs, or -ally; not "supply", "family", "assembly", "rally") or a past form
// ("caused", "called", "stranded"; not "speed" or "greed").
bool AdverbOrPastForm(std::string_view word) {
  const auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
  };
  if (ends("ly")) {
    const char before = word[word.size() - 3];
    if (std::string_view("ekwgtdrsnh").find(before) != std::string_view::npos || (ends("ally") && word.size() > 5)) return true;
  }
  return ends("ed") && !ends("eed");
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "customers" as "customer", so that one topic is not two: a plural -s after a consonant, not of
// -ss, -us, -is or -ics ("business", "status", "analysis", "economics"), nor after a vowel ("losses",
// "families", "series" stay) but the -e of a singular ("vaccines", "prices", "rates"; not "taxes",
// "matches").
std::string Singular(std::string word) {
  const auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() && std::string_view(word).substr(word.size() - suffix.size()) == suffix;
  };
  const bool after_e = ends("es") && word.size() > 3 && std::string_view("bcdgklmnprtvz").find(word[word.size() - 3]) != std::string_view::npos;
  if (word.size() > kMinKeyTermBytes && ends("s") && !ends("ics") &&
      (after_e || std::string_view("aeiouys").find(word[word.size() - 2]) == std::string_view::npos)) {
    word.pop_back();
  }
  return word;
}

// The candidate key terms of `text`: its ASCII words of kMinKeyTermBytes or more, lowercase, not
// common, no adverb or past form, plurals as their Singular, each once.
std::set<std::string> KeyTerms(std::string_view text) {
  std::set<std::string> out;
  for (size_t at = 0; at < text.size();) {
    size_t end = at;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '\'')) ++end;
    if (end - at >= kMinKeyTermBytes) {
      std::string word = Lower(text.substr(at, end - at));
      if (CommonWords().count(word) == 0 && !AdverbOrPastForm(word)) out.insert(Singular(std::move(word)));
    }
    at = end == at ? at + 1 : end;
  }
  return out;
}

// Words that join two parties rather than name one by the other's title.
constexpr std::string_view kJoiners[] = {" and ", " or ", " with ", " against ", " versus ", " vs ", " than "};

// Whether `text` names `person` by a title of `organisation`: "Bank of England governor Andrew
// Bailey", "Andrew Bailey, governor of the Bank of England" (a title of at most kTitleBytes of letters
// and spaces between the two names, none of them a word that joins two parties: "the bank and
// Andrew Bailey", "against"). One then speaks for the other.
bool NamedByTitleOf(std::string_view text, std::string_view person, std::string_view organisation) {
  constexpr size_t kTitleBytes = 40;
  auto a_title = [](std::string_view between) {
    if (between.size() > kTitleBytes ||
        !std::all_of(between.begin(), between.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == ' '; })) {
      return false;
    }
    const std::string words = " " + Lower(between) + " ";
    return std::none_of(std::begin(kJoiners), std::end(kJoiners), [&](std::string_view w) { return words.find(w) != std::string::npos; });
  };
  for (size_t at = text.find(organisation); at != std::string_view::npos; at = text.find(organisation, at + 1)) {
    const size_t after = at + organisation.size();
    const size_t named = text.find(person, after);
    if (named != std::string_view::npos && a_title(text.substr(after, named - after))) return true;
  }
  for (size_t at = text.find(person); at != std::string_view::npos; at = text.find(person, at + 1)) {
    const size_t after = at + person.size();
    if (text.substr(after, 2) != ", ") continue;
    const size_t named = text.find(organisation, after + 2);
    if (named != std::string_view::npos && a_title(text.substr(after + 2, named - after - 2))) return true;
  }
  return false;
}

// An id of at most kMaxIdBytes made of slugged parts, unique among `taken` (which it joins).
// The id `parts` make (slugged, joined by '-', cut to the longest an id may be), with "-2", "-3", …
// until `taken` says it is free.
std::string UniqueId(const std::vector<std::string>& parts, const std::function<bool(const std::string&)>& taken) {
  std::string base;
  for (const std::string& p : parts) base += (base.empty() ? "" : "-") + NameSlug(p);
  if (base.size() > kMaxIdBytes - 4) base.resize(kMaxIdBytes - 4);
  while (!base.empty() && base.back() == '-') base.pop_back();
  std::string id = base;
  for (int n = 2; taken(id); ++n) id = fmt::format("{}-{}", base, n);
  return id;
}

// A name in Han characters is a person's when it has two or three of them and its last is none that
// ends an organisation's name (国家统计局, 港务局, 外交部, 新华社): Chinese personal names are that short.
bool LooksLikeHanPerson(std::string_view name) {
  static constexpr std::string_view kOrganisationEnds[] = {"局", "部", "委", "会", "院", "司", "行", "所", "厅", "处", "署",
                                                           "团", "社", "台", "馆", "校", "组", "办", "府", "网", "报", "队"};
  constexpr size_t kHanBytes = 3;  // each of the CJK Unified Ideographs takes three bytes in UTF-8
  if (name.size() != 2 * kHanBytes && name.size() != 3 * kHanBytes) return false;
  for (size_t at = 0; at < name.size(); at += kHanBytes) {
    const auto lead = static_cast<unsigned char>(name[at]);
    if (lead < 0xE4 || lead > 0xE9) return false;  // U+4E00–U+9FFF
  }
  const std::string_view last = name.substr(name.size() - kHanBytes);
  return std::none_of(std::begin(kOrganisationEnds), std::end(kOrganisationEnds),
                      [&](std::string_view end) { return end == last; });
}

// A word of two capitals or more that is not a Roman numeral: an acronym ("OPEC Plus", "IAM District").
bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  return word.find_first_not_of("IVX") != std::string_view::npos;
}

// A candidate is a person when the claim extractor's rules do not make its name an organisation's
// (extract::LooksLikeOrganization: an outlet, "Bank", "Ministry", "&", " of "), no word is an acronym,
// and it has two or three words besides the particles of Arabic and European names ("Abdulaziz bin
// Salman Al Saud", "Ursula von der Leyen"), or is a short Han name (LooksLikeHanPerson).
bool LooksLikePerson(std::string_view name) {
  if (LooksLikeHanPerson(name)) return true;
  if (extract::LooksLikeOrganization(name)) return false;
  static const std::set<std::string, std::less<>> kParticles = {"bin", "bint", "ibn", "al", "el", "abu", "van", "von",
                                                               "der", "den", "de", "la", "le", "du", "da", "di", "del",
                                                               "della", "dos", "das", "ter"};
  size_t words = 0;
  for (size_t at = 0; at < name.size();) {
    size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    if (IsAcronym(name.substr(at, end - at))) return false;
    if (kParticles.count(Lower(name.substr(at, end - at))) == 0) ++words;
    at = end + 1;
  }
  return words >= 2 && words <= 3;
}

// "Argues that the spending will not pay off." from a claim: its verb capitalised, "that" where the
// source writes it, then the claimed words; `Said: "…".` where the source quotes them. A claim
// with a Han reporting verb (说, 表示) reads "Said …"; one without a finite verb "Holds that …".
std::string Summary(const ClaimEntry& claim, QuotationReader& quotes) {
  const ExtractedClaim& c = claim.claim;
  std::string words = c.text;
  while (!words.empty() && (words.back() == '.' || words.back() == ',' || words.back() == ' ')) words.pop_back();
  const auto verb_class = extract::FiniteReportingVerb(Lower(c.verb));
  std::string verb = verb_class ? ReportedVerb(c.verb, quotes.VerbBefore(claim)) : IsHanReportingVerb(c.verb) ? "said" : "holds";
  verb[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(verb[0])));
  if (quotes.Quoted(claim)) return verb + ": \"" + words + "\".";  // the speaker's words stay theirs
  words.erase(0, ConnectiveLength(words));  // "Added the government was …", not "Added However, …"
  if (quotes.LowercaseOpener(claim, words) > 0) words[0] = extract::ToLowerAscii(words[0]);
  const bool that = (!verb_class && !IsHanReportingVerb(c.verb)) || quotes.ThatBefore(claim);
  const char* stop = verb_class == extract::VerbClass::kAsking ? "?" : EndsWithQuotedStop(words) ? "" : ".";
  return verb + (that ? " that " : " ") + words + stop;
}

class DraftWriter {
 public:
  DraftWriter(const std::string& slug, const StoryViews& views, const EventStore& store, const std::string& today)
      : slug_(slug), views_(views), store_(store), today_(today), quotes_(listed_, store) {}

  Result<Draft> Write();

 private:
  Status ListSources();
  uint64_t LastAnnotation(const std::map<std::string, NoteEntry>& notes) const;
  const std::string& TextOf(const std::string& source_id);
  // Whether a listed source names one of the two by a title of the other (NamedByTitleOf).
  bool OneSpeaksForTheOther(const std::string& a, const std::string& b);
  // A citation of the claim: its words by quote when they stand once in its text, else the claim id.
  void CiteClaim(JsonWriter& w, const ClaimEntry& claim);
  std::string ClaimDate(const ClaimEntry& claim) const;
  std::string Topic(const ClaimEntry& claim) const;
  const ClaimEntry* Clearest(const std::vector<const ClaimEntry*>& claims, const std::string& name) const;
  // An id no perspective, question or tension has, in the store or in this draft (UniqueId).
  std::string NewId(const std::vector<std::string>& parts);

  void Actors(const std::vector<StoryActor>& actors);
  // "person" or "organization": what the sources call the candidate where a claim names it by a
  // pronoun ("he", "she", 他, 她: a person; "it": an organisation), else what its name looks like.
  const char* ProposedKind(const StoryActor& a);
  void Perspectives(const std::vector<StoryActor>& actors);
  // A speaker's claims by topic, at most kTopicsPerSpeaker topics: a named topic before "general"
  // (what no other claim or title shares says least about the story), then those with the most
  // claims, then the one the sources' titles use most.
  using ClaimsByTopic = std::map<std::string, std::vector<const ClaimEntry*>>;
  ClaimsByTopic MainTopics(ClaimsByTopic by_topic) const;
  Status Questions();
  void Tensions();
  void MetricLabels();
  void Notes(const std::map<std::string, NoteEntry>& notes);

  const std::string& slug_;
  const StoryViews& views_;
  const EventStore& store_;
  const std::string& today_;
  std::vector<BriefSource> listed_;
  std::map<std::string, int> numbers_;         // source id → its place in listed_, from 1
  std::map<std::string, uint64_t> positions_;  // source id → its SourceRecorded position
  std::map<std::string, std::string> texts_;
  QuotationReader quotes_;
  uint64_t since_ = 0;
  std::map<std::string, size_t> term_claims_;     // key term → how many of the story's claims have it
  std::map<std::string, size_t> term_headlines_;  // key term → how many listed sources' titles have it
  std::set<std::string> name_words_;              // the speakers' names' words, lowercase
  std::map<std::string, std::set<std::string>> term_speakers_;  // key term → the ids of the speakers whose claims have it
  std::set<std::string> taken_ids_;            // perspective, question and tension ids: proposed, or seen recorded
  std::set<std::string> new_actors_;           // ids of the candidates proposed
  struct Proposed {
    std::string id, actor, name, topic;
    Stance stance = Stance::kNeutral;
    const ClaimEntry* cited = nullptr;
  };
  std::vector<Proposed> perspectives_;
  std::vector<std::pair<std::string, const ClaimEntry*>> key_figures_;  // the proposed perspectives' claims' figures
  std::vector<std::string> out_actors_, out_perspectives_, out_questions_, out_tensions_, out_labels_, out_notes_;
};

Status DraftWriter::ListSources() {
  std::vector<KnownSource> known;
  DOSSIER_ASSIGN_OR_RETURN(known, views_.timeline_projection.KnownSources(views_.filter, slug_));
  for (const KnownSource& k : known) {
    BriefSource s;
    s.number = static_cast<int>(listed_.size()) + 1;
    s.source_id = k.recorded.source_id;
    s.version = k.recorded.version;
    s.text_sha256 = k.recorded.text_sha256;
    s.title = k.recorded.metadata.title.value_or("");
    s.outlet = k.recorded.metadata.outlet;
    if (k.recorded.metadata.published) s.published = k.recorded.metadata.published->substr(0, 10);
    numbers_[s.source_id] = s.number;
    positions_[s.source_id] = k.position;
    listed_.push_back(std::move(s));
  }
  return Status::OK();
}

uint64_t DraftWriter::LastAnnotation(const std::map<std::string, NoteEntry>& notes) const {
  uint64_t last = 0;
  for (const auto& [section, note] : notes) last = std::max(last, note.position);
  for (const PerspectiveEntry& p : views_.perspectives) {
    if (p.perspective.story == slug_) last = std::max(last, p.position);
  }
  for (const QuestionEntry& q : views_.questions) {
    if (q.opened.story == slug_) last = std::max({last, q.position, q.resolved_position});
  }
  for (const TensionEntry& t : views_.tensions) {
    if (t.tension.story == slug_) last = std::max(last, t.position);
  }
  return last;
}

const std::string& DraftWriter::TextOf(const std::string& source_id) {
  auto found = texts_.find(source_id);
  if (found != texts_.end()) return found->second;
  std::string text;
  auto number = numbers_.find(source_id);
  if (number != numbers_.end()) {
    Result<std::string> blob = store_.GetBlob(listed_[number->second - 1].text_sha256);
    if (blob.ok()) text = std::move(*blob);
  }
  return texts_.emplace(source_id, std::move(text)).first->second;
}

bool DraftWriter::OneSpeaksForTheOther(const std::string& a, const std::string& b) {
  return std::any_of(listed_.begin(), listed_.end(), [&](const BriefSource& s) {
    const std::string& text = TextOf(s.source_id);
    return NamedByTitleOf(text, a, b) || NamedByTitleOf(text, b, a);
  });
}

void DraftWriter::CiteClaim(JsonWriter& w, const ClaimEntry& claim) {
  w.BeginObject();
  if (FindQuote(TextOf(claim.source_id), claim.claim.text).size() == 1) {
    w.Key("source").String(claim.source_id).Key("quote").String(claim.claim.text);
  } else {
    w.Key("claim").String(claim.claim.id);
  }
  w.EndObject();
}

std::string DraftWriter::ClaimDate(const ClaimEntry& claim) const {
  if (claim.claim.date && claim.claim.date->size() >= 10) return claim.claim.date->substr(0, 10);
  return claim.recorded_at.size() >= 10 ? claim.recorded_at.substr(0, 10) : today_;
}

// The claim's topic: among its key terms that are the story's topics (in the titles of at least
// kHeadlineTopic listed sources, or shared by at least kSharedTopicClaims claims), the one the most
// titles use, then the most claims share (the alphabetically first of equals): what the story argues
// about ("campus", "production"), so that two speakers on it meet on one topic even when one of them
// cites a figure. Words of the speakers' names ("house" of "White House") are nobody's topic. Else
// the metric of the first figure the claim states that has one, else its key term a claim of
// another speaker shares, else "general" (not a word of this claim alone: "addition" of "In
// addition to …"; nor of this speaker alone: on a real blackout story the prime minister's own two
// claims with "hypothesis" had made a topic of it, one of his thirteen).
std::string DraftWriter::Topic(const ClaimEntry& claim) const {
  constexpr size_t kHeadlineTopic = 2, kSharedTopicClaims = 3;
  auto count = [](const std::map<std::string, size_t>& counts, const std::string& term) {
    auto found = counts.find(term);
    return found == counts.end() ? size_t{0} : found->second;
  };
  std::string topic, shared;
  std::pair<size_t, size_t> topic_score{0, 0};
  size_t shared_count = 0;
  for (const std::string& term : KeyTerms(claim.claim.text)) {
    if (name_words_.count(term)) continue;
    const std::pair<size_t, size_t> score{count(term_headlines_, term), count(term_claims_, term)};
    auto speakers = term_speakers_.find(term);
    if (score.second > shared_count && speakers != term_speakers_.end() && speakers->second.size() > 1) {
      shared = term;
      shared_count = score.second;
    }
    if ((score.first >= kHeadlineTopic || score.second >= kSharedTopicClaims) && score > topic_score) {
      topic = term;
      topic_score = score;
    }
  }
  if (!topic.empty()) return NameSlug(topic);
  for (const std::string& id : claim.claim.figure_ids) {
    const FigureRef ref = views_.resolver->FindFigure(id);
    if (ref.figure && ref.figure->figure.metric) return NameSlug(*ref.figure->figure.metric);
  }
  return shared_count < 2 ? "general" : NameSlug(shared);
}

// The claim that says it most plainly: quotable, then stating figures, then nearest 160 bytes long.
const ClaimEntry* DraftWriter::Clearest(const std::vector<const ClaimEntry*>& claims, const std::string& name) const {
  auto score = [&](const ClaimEntry* c) {
    const long size = static_cast<long>(c->claim.text.size());
    return std::make_tuple(QuotableClaim(c->claim, name, /*according_to=*/true), !c->claim.figure_ids.empty(),
                           -std::labs(size - 160));
  };
  const ClaimEntry* best = nullptr;
  for (const ClaimEntry* c : claims) {
    if (!best || score(c) > score(best)) best = c;
  }
  return best;
}

std::string DraftWriter::NewId(const std::vector<std::string>& parts) {
  // The story's own ids are in taken_ids_ already; another story's are asked of the store, one id at
  // a time, rather than every story's views being read.
  std::string id = UniqueId(parts, [&](const std::string& candidate) {
    if (taken_ids_.count(candidate)) return true;
    for (const std::string& stream : {PerspectiveStream(candidate), QuestionStream(candidate), TensionStream(candidate)}) {
      Result<uint64_t> version = store_.StreamVersion(stream);
      if (!version.ok() || *version != 0) return true;  // unreadable: not taken as free
    }
    return false;
  });
  taken_ids_.insert(id);
  return id;
}

const char* DraftWriter::ProposedKind(const StoryActor& a) {
  static const std::set<std::string, std::less<>> kPersonal = {"he", "she", "him", "her", "his", "他", "她"};
  static const std::set<std::string, std::less<>> kImpersonal = {"it", "its"};
  for (const ClaimEntry* c : a.claims) {
    const std::string named = Lower(quotes_.NamedAs(*c));
    if (kPersonal.count(named) != 0) return "person";
    if (kImpersonal.count(named) != 0) return "organization";
  }
  return LooksLikePerson(a.name) ? "person" : "organization";
}

void DraftWriter::Actors(const std::vector<StoryActor>& actors) {
  std::vector<std::string> names;
  for (const ClaimEntry& c : views_.claims) {
    if (!c.claim.speaker && numbers_.count(c.source_id)) names.push_back(c.claim.speaker_name);
  }
  const std::map<std::string, std::string> merged = MergeCandidateNames(names, views_.actors);
  for (const StoryActor& a : actors) {
    // A name in lowercase ("him", "his") is a pronoun extraction took for a name, not an actor.
    if (a.confirmed || (a.name[0] >= 'a' && a.name[0] <= 'z')) continue;
    if (std::none_of(a.claims.begin(), a.claims.end(), [&](const ClaimEntry* c) { return c->position > since_; })) {
      continue;
    }
    std::vector<std::string> aliases;
    for (const auto& [written, stands_for] : merged) {
      if (stands_for == a.name && written != a.name) aliases.push_back(written);
    }
    JsonWriter w;
    w.BeginObject().Key("id").String(a.id).Key("name").String(a.name)
        .Key("kind").String(ProposedKind(a));
    if (!aliases.empty()) {
      w.Key("aliases").BeginArray();
      for (const std::string& alias : aliases) w.String(alias);
      w.EndArray();
    }
    w.Key("proposed").Bool(true).EndObject();
    out_actors_.push_back(w.str());
    new_actors_.insert(a.id);
  }
}

void DraftWriter::Perspectives(const std::vector<StoryActor>& actors) {
  for (const StoryActor& a : actors) {
    if (!a.confirmed && new_actors_.count(a.id) == 0) continue;  // a candidate proposed before, not confirmed
    std::map<std::string, std::vector<const ClaimEntry*>> by_topic;  // of the new claims
    for (const ClaimEntry* c : a.claims) {
      // A claim of a few words ("at a briefing on Monday") says too little to stand for a view.
      if (c->position > since_ && WordCount(c->claim.text) >= kMinClaimWords) by_topic[Topic(*c)].push_back(c);
    }
    for (const auto& [topic, claims] : MainTopics(std::move(by_topic))) {
      std::vector<std::string_view> texts;
      std::string date;
      for (const ClaimEntry* c : claims) {
        texts.push_back(c->claim.text);
        date = std::max(date, ClaimDate(*c));
      }
      // The view as last stated: its summary is a claim of its date, not an older one.
      std::vector<const ClaimEntry*> latest;
      for (const ClaimEntry* c : claims) {
        if (ClaimDate(*c) == date) latest.push_back(c);
      }
      const ClaimEntry* clearest = Clearest(latest, a.name);
      Proposed p;
      p.id = NewId({a.id, topic, date});
      p.actor = a.id;
      p.name = a.name;
      p.topic = topic;
      p.stance = SuggestedStance(StanceLean(texts));
      p.cited = clearest;
      JsonWriter w;
      w.BeginObject().Key("id").String(p.id).Key("actor").String(a.id).Key("topic").String(topic)
          .Key("stance").String(ToString(p.stance)).Key("summary").String(Summary(*clearest, quotes_))
          .Key("date").String(date).Key("citations").BeginArray();
      CiteClaim(w, *clearest);
      for (const ClaimEntry* c : claims) {
        if (c != clearest) CiteClaim(w, *c);
      }
      w.EndArray().Key("proposed").Bool(true).EndObject();
      out_perspectives_.push_back(w.str());
      for (const ClaimEntry* c : claims) {
        for (const std::string& id : c->claim.figure_ids) key_figures_.emplace_back(id, c);
      }
      perspectives_.push_back(std::move(p));
    }
  }
}

DraftWriter::ClaimsByTopic DraftWriter::MainTopics(ClaimsByTopic by_topic) const {
  if (by_topic.size() <= kTopicsPerSpeaker) return by_topic;
  auto headlines = [&](const std::string& topic) {
    auto found = term_headlines_.find(topic);
    return found == term_headlines_.end() ? size_t{0} : found->second;
  };
  std::vector<std::pair<std::string, std::vector<const ClaimEntry*>>> ranked(by_topic.begin(), by_topic.end());
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(a.first != "general", a.second.size(), headlines(a.first)) >
           std::make_tuple(b.first != "general", b.second.size(), headlines(b.first));
  });
  ranked.resize(kTopicsPerSpeaker);
  return ClaimsByTopic(std::make_move_iterator(ranked.begin()), std::make_move_iterator(ranked.end()));
}

Status DraftWriter::Questions() {
  std::vector<std::string_view> asked_already;  // curated, then proposed (SayTheSameThing: said once)
  for (const QuestionEntry& q : views_.questions) {
    if (q.opened.story == slug_) asked_already.push_back(q.opened.text);
  }
  std::vector<SourceClaims> extractions;
  DOSSIER_ASSIGN_OR_RETURN(extractions, views_.claims_projection.Extractions(views_.filter));
  std::vector<RealQuestion> asked;
  DOSSIER_ASSIGN_OR_RETURN(asked, RealQuestions(extractions, store_, [&](const std::string& source_id) {
                             return numbers_.count(source_id) != 0;
                           }));
  for (const RealQuestion& q : asked) {
    if (q.position <= since_ || std::any_of(asked_already.begin(), asked_already.end(), [&](std::string_view other) {
          return other == q.text || SayTheSameThing(other, q.text);
        })) {
      continue;
    }
    asked_already.push_back(q.text);
    std::string words;  // the id: "q-" and the question's first words
    for (size_t at = 0, n = 0; at < q.text.size() && n < 6; ++n) {
      size_t end = q.text.find(' ', at);
      if (end == std::string::npos) end = q.text.size();
      words += " " + q.text.substr(at, end - at);
      at = end + 1;
    }
    JsonWriter w;
    w.BeginObject().Key("id").String(NewId({"q", words})).Key("text").String(q.text)
        .Key("date").String(q.date && q.date->size() >= 10 ? q.date->substr(0, 10) : today_)
        .Key("citations").BeginArray().BeginObject();
    if (FindQuote(TextOf(q.source_id), q.text).size() == 1) {
      w.Key("source").String(q.source_id).Key("quote").String(q.text);
    } else {
      w.Key("source").String(q.source_id).Key("version").Uint(q.source_version).Key("start").Uint(q.span.begin)
          .Key("end").Uint(q.span.end).Key("quote").String(q.text);
    }
    w.EndObject().EndArray().Key("proposed").Bool(true).EndObject();
    out_questions_.push_back(w.str());
  }
  return Status::OK();
}

void DraftWriter::Tensions() {
  // Figure conflicts among the listed sources' figures, where one side is new.
  std::vector<FigureRef> listed;
  for (const FigureRef& ref : views_.figures.Figures()) {
    auto number = numbers_.find(ref.source->extracted.source_id);
    if (number != numbers_.end() && ref.source->extracted.source_version == listed_[number->second - 1].version) {
      listed.push_back(ref);
    }
  }
  const PublishedOf published = [&](const std::string& source_id) { return listed_[numbers_.at(source_id) - 1].published; };
  for (const FigureConflict& conflict : FindConflicts(listed)) {
    if (conflict.values.size() < 2) continue;
    const ConflictSentence sentence = DescribeConflict(conflict, published);
    const FigureRef& a = *sentence.values[0].figure;
    const FigureRef& b = *sentence.values[1].figure;
    if (positions_[a.source->extracted.source_id] <= since_ && positions_[b.source->extracted.source_id] <= since_) {
      continue;
    }
    std::string date;
    for (const FigureRef& f : {a, b}) {
      const std::optional<std::string>& d = listed_[numbers_[f.source->extracted.source_id] - 1].published;
      if (d) date = std::max(date, *d);
    }
    JsonWriter w;
    w.BeginObject().Key("id").String(NewId({"figures-disagree", conflict.metric}))
        .Key("between").BeginArray().String(a.figure->id).String(b.figure->id).EndArray()
        .Key("description").String(sentence.text)
        .Key("date").String(date.empty() ? today_ : date).Key("citations").BeginArray()
        .BeginObject().Key("figure").String(a.figure->id).EndObject()
        .BeginObject().Key("figure").String(b.figure->id).EndObject()
        .EndArray().Key("proposed").Bool(true).EndObject();
    out_tensions_.push_back(w.str());
  }
  // Two speakers with opposite suggested stances on one topic, unless one speaks for the other: the
  // stances are read from cue words of different claims, and a governor's and their bank's oppose by
  // chance far more often than the two disagree (on a real central bank's rate cut they had made the
  // draft's one tension of speakers).
  auto side = [](Stance s) {
    if (s == Stance::kFor || s == Stance::kStronglyFor) return 1;
    return s == Stance::kAgainst || s == Stance::kStronglyAgainst ? -1 : 0;
  };
  for (size_t i = 0; i < perspectives_.size(); ++i) {
    for (size_t j = i + 1; j < perspectives_.size(); ++j) {
      const Proposed& p = perspectives_[i];
      const Proposed& q = perspectives_[j];
      if (p.topic != q.topic || p.actor == q.actor || side(p.stance) * side(q.stance) != -1 || OneSpeaksForTheOther(p.name, q.name)) {
        continue;
      }
      JsonWriter w;
      w.BeginObject().Key("id").String(NewId({"opposed", p.topic, p.actor, q.actor}))
          .Key("between").BeginArray().String(p.id).String(q.id).EndArray()
          .Key("description").String(fmt::format("{} and {} take opposite sides on {}.", p.name, q.name, p.topic))
          .Key("date").String(std::max(ClaimDate(*p.cited), ClaimDate(*q.cited))).Key("citations").BeginArray();
      CiteClaim(w, *p.cited);
      CiteClaim(w, *q.cited);
      w.EndArray().Key("proposed").Bool(true).EndObject();
      out_tensions_.push_back(w.str());
    }
  }
}

// Words of a time phrase: "in the first quarter", "for the year" say when, not what.
bool IsPeriodWord(std::string_view word) {
  static const std::set<std::string, std::less<>> kWords = {"quarter", "quarters", "year", "years", "month",
                                                            "months", "week", "weeks", "half", "fiscal", "period",
                                                            "season", "decade", "day", "days"};
  return kWords.count(word) != 0;
}

// What a figure measures, as its claim's words say right after it: "$40 million a year in new tax
// revenue" → "new tax revenue" (after in, of or for; up to four words, to the next punctuation, an
// article before them left out). A share's "of" names what it is a share of, not what it measures
// ("64% of the members who voted"); a count names what it counts itself ("54 billion data points
// of …"); a time phrase says when ("$11 million in the first quarter"): none of these proposes one.
std::string MetricAfter(const ClaimEntry& claim, const ExtractedFigure& figure) {
  const ByteSpan c = claim.claim.span, f = figure.figure.span;
  if (f.begin < c.begin || f.end > c.end || figure.figure.kind == FigureKind::kCount) return "";
  std::string_view rest = std::string_view(claim.claim.text).substr(f.end - c.begin);
  for (std::string_view joint : {" in ", " of ", " for "}) {
    if (joint == " of " && figure.figure.kind == FigureKind::kPercent) continue;
    if (rest.substr(0, joint.size()) == joint) {
      rest.remove_prefix(joint.size());
      std::string words;
      for (size_t at = 0, n = 0; at < rest.size() && n < 4; ++n) {
        size_t end = at;
        while (end < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[end])) || rest[end] == '-')) ++end;
        const std::string_view word = rest.substr(at, end - at);
        // A name ("120 people in West Texas") is where, not what.
        if (end == at || extract::IsUpper(word[0]) || word == "and" || word == "or" || word == "but" || word == "that" ||
            word == "which" || word == "with" || word == "to" || word == "from" || word == "by" || word == "as" ||
            word == "since" || word == "on" || word == "at" || word == "after" || word == "before" || word == "who" ||
            word == "whose" || word == "where" || word == "when") {
          break;
        }
        if (IsPeriodWord(word)) return "";
        const bool article = words.empty() && (word == "the" || word == "a" || word == "an");
        if (!article) words += (words.empty() ? "" : " ") + std::string(word);
        if (end >= rest.size() || rest[end] != ' ') break;
        at = end + 1;
      }
      return words;
    }
  }
  return "";
}

void DraftWriter::MetricLabels() {
  std::set<std::string> done;
  for (const auto& [id, claim] : key_figures_) {
    if (out_labels_.size() == kMaxMetricLabels || !done.insert(id).second) continue;
    const FigureRef ref = views_.resolver->FindFigure(id);
    if (!ref.figure || ref.figure->figure.metric) continue;
    const std::string metric = MetricAfter(*claim, *ref.figure);
    if (metric.empty()) continue;
    JsonWriter w;
    w.BeginObject().Key("figure").String(id).Key("metric").String(metric).Key("proposed").Bool(true).EndObject();
    out_labels_.push_back(w.str());
  }
}

void DraftWriter::Notes(const std::map<std::string, NoteEntry>& notes) {
  const std::pair<const char*, const char*> kSections[] = {
      {"what", "Two or three sentences: what happened, who says what, and the figures at stake, each cited. "
               "Leave it blank and the briefing assembles What from the most quoted speakers."},
      {"why_it_matters", "Why a reader should care: what is at stake, for whom, and what would settle it. "
                         "Left blank, the briefing lists the tensions and figure conflicts instead."},
  };
  for (const auto& [section, hint] : kSections) {
    if (notes.count(section)) continue;
    JsonWriter w;
    w.BeginObject().Key("section").String(section).Key("text").String("").Key("hint").String(hint)
        .Key("proposed").Bool(true).EndObject();
    out_notes_.push_back(w.str());
  }
}

Result<Draft> DraftWriter::Write() {
  DOSSIER_RETURN_IF_ERROR(ListSources());
  if (listed_.empty()) {
    return Status::NotFound(fmt::format("no source in story `{}` (`dossier sources` lists the stories)", slug_));
  }
  std::map<std::string, NoteEntry> notes;
  DOSSIER_ASSIGN_OR_RETURN(notes, views_.notes_projection.Notes(views_.filter, slug_));
  since_ = LastAnnotation(notes);
  for (const PerspectiveEntry& p : views_.perspectives) taken_ids_.insert(p.perspective.id);
  for (const QuestionEntry& q : views_.questions) taken_ids_.insert(q.opened.id);
  for (const TensionEntry& t : views_.tensions) taken_ids_.insert(t.tension.id);
  for (const ClaimEntry& c : views_.claims) {
    if (!numbers_.count(c.source_id)) continue;
    for (const std::string& term : KeyTerms(c.claim.text)) ++term_claims_[term];
  }
  for (const BriefSource& s : listed_) {
    for (const std::string& term : KeyTerms(s.title)) ++term_headlines_[term];
  }
  const std::vector<StoryActor> actors = StoryActors(slug_, views_, [&](const std::string& source_id) {
    auto found = numbers_.find(source_id);
    return found == numbers_.end() ? 0 : found->second;
  });
  for (const StoryActor& a : actors) {
    for (const std::string& word : KeyTerms(a.name)) name_words_.insert(word);
    for (const ClaimEntry* c : a.claims) {
      for (const std::string& term : KeyTerms(c->claim.text)) term_speakers_[term].insert(a.id);
    }
  }
  Actors(actors);
  Perspectives(actors);
  DOSSIER_RETURN_IF_ERROR(Questions());
  Tensions();
  MetricLabels();
  Notes(notes);

  Draft draft;
  draft.counts = {out_actors_.size(), out_perspectives_.size(), out_questions_.size(), out_tensions_.size(),
                  out_labels_.size(), out_notes_.size(), since_};
  JsonWriter story;
  story.String(slug_);
  std::string& json = draft.json;
  json = "{\n  \"story\": " + story.str();
  const std::pair<const char*, const std::vector<std::string>*> kSections[] = {
      {"actors", &out_actors_},     {"perspectives", &out_perspectives_}, {"questions", &out_questions_},
      {"tensions", &out_tensions_}, {"metric_labels", &out_labels_},      {"notes", &out_notes_},
  };
  for (const auto& [name, items] : kSections) {
    if (items->empty()) continue;
    json += fmt::format(",\n  \"{}\": [\n", name);
    for (size_t i = 0; i < items->size(); ++i) json += "    " + (*items)[i] + (i + 1 < items->size() ? ",\n" : "\n");
    json += "  ]";
  }
  json += "\n}\n";
  return draft;
}

}  // namespace

Result<Draft> DraftAnnotations(const std::string& slug, const StoryViews& views, const EventStore& store,
                               const std::string& today) {
  return DraftWriter(slug, views, store, today).Write();
}

}  // namespace dossier
