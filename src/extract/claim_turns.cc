// Transcript turns (tests/labels/claims/news/README.md, "Interview transcripts"): a line that opens
// with its speaker's label and a colon makes every stating sentence of the turn that speaker's claim.
// The labels read:
//   "Gillian Achebe -- Chief Executive Officer:"  a call's name and role;
//   "FERREIRA:", "DR. FARAH QUDDUS:"              a name in capitals, titles aside (one word only
//                                                 when the text gives the full name it ends);
//   "A:"                                          an interview's answer: the interviewee's;
//   "Joe Okoro:"                                  a name in mixed case that opens two lines or more
//                                                 (once, a name and a colon is a heading as often);
//   "马晓飞:"                                      a Han name.
// The interviewer's turns ("Q:", the author's own name, 记者, 问) and the operator's or moderator's
// are nobody's claims: their sentences are read for the usual patterns, so a claim reported inside
// a question is still found ("Q: Okafor told MPs that rates would fall. Was he right?").
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/claim_reader.h"
#include "extract/han_person_names.h"
#include "extract/news_outlets.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"

namespace dossier::extract {

// A page's own credits before a colon ("撰文:", "本文来源:", "责任编辑:", "出版:") and "立场新闻案:" (a
// court case a headline is about): labels that name no one who speaks, so the lines after them are
// no one's turn (a byline "撰文:何文翰" had made every paragraph of a report the byline's).
bool IsHanCreditLabel(std::string_view label) {
  static constexpr std::string_view kCredits[] = {"来源", "來源", "作者", "编辑", "編輯", "摄影", "攝影", "撰文", "撰稿",
                                                  "编译", "編譯", "翻译", "翻譯", "出版", "更新", "案",
                                                  // "更新時間:2020/2/8", "发布时间:": when the page was posted.
                                                  "时间", "時間", "日期"};
  return std::any_of(std::begin(kCredits), std::end(kCredits), [&](std::string_view c) { return EndsWith(label, c); });
}

namespace {


// Where the name begins in a label that writes a title, one space and a person's name ("国家统计局
// 副局长 盛来运"), or npos.
size_t TitledNameAt(std::string_view label) {
  const size_t space = label.rfind(' ');
  if (space == std::string_view::npos || space == 0 || label.find(' ') != space) return std::string_view::npos;
  std::string joined(label.substr(0, space));
  joined += label.substr(space + 1);
  return HanNameAfterTitle(joined) == space ? space + 1 : std::string_view::npos;
}

// Whether a word token has an uppercase letter and no lowercase one ("FARAH", "O'NEILL", "TOMÁS";
// not Han, which has no case).
bool InCapitals(std::string_view text, const Token& t) {
  bool upper = false;
  for (auto i = static_cast<int32_t>(t.begin); i < static_cast<int32_t>(t.end);) {
    if (const char ascii = text[static_cast<size_t>(i)]; static_cast<unsigned char>(ascii) < 0x80) {  // without ICU
      if (ascii >= 'a' && ascii <= 'z') return false;
      upper |= ascii >= 'A' && ascii <= 'Z';
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(t.end), c);
    if (c < 0 || u_islower(c)) return false;
    upper |= u_isupper(c) != 0;
  }
  return upper;
}

// A word written in capitals as a name is written: "FARAH" → "Farah", "O'NEILL" → "O'Neill".
std::string TitleCased(std::string_view word) {
  std::string out;
  bool first = true;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    UChar32 c;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (c < 0) return std::string(word);
    if (!first) c = u_tolower(c);
    first = c == '-' || c == '\'';
    char bytes[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, c);
    out.append(bytes, static_cast<size_t>(length));
  }
  return out;
}

// Whether the line at `at` (after spaces) opens with a quotation mark.
bool LineOpensWithQuote(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  for (std::string_view mark : {"\"", "\xe2\x80\x9c", "\xe2\x80\x98", "\xc2\xab"}) {
    if (text.substr(at, mark.size()) == mark) return true;
  }
  return false;
}

// Whether the line at `at` is a press conference's topic line: short, opening with a capital and
// ending in a colon ("On the injury:", "Opening statement:"), the answer below it.
bool IsTopicLine(std::string_view text, size_t at) {
  const size_t end = std::min(text.find('\n', at), text.size());
  size_t last = end;
  while (last > at && (text[last - 1] == ' ' || text[last - 1] == '\r')) --last;
  return last > at && last - at <= 80 && text[last - 1] == ':' && at < text.size() && text[at] >= 'A' && text[at] <= 'Z';
}

// Whether the line at `at` opens with a question's label: "Q:", "Q.".
bool IsQuestionLine(std::string_view text, size_t at) {
  return text.substr(at, 2) == "Q:" || text.substr(at, 3) == "Q. ";
}

// Whether the line holding `end` ends there (spaces aside) and the next opens with a quotation: a
// heading over a speaker's words ("GOVERNOR ANDREW BAILEY" and, below, "\"Overall the risks …\"").
// `spaced`: past blank lines and topic lines, and over questions too, as a press conference's
// transcript sets its speakers' headings ("Coach Sam Ilves", "On the injury:", "\"Losing …\"").
bool HeadsQuotation(std::string_view text, size_t end, bool spaced) {
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r')) ++end;
  if (end >= text.size() || text[end] != '\n') return false;
  if (!spaced) return LineOpensWithQuote(text, end + 1);
  for (size_t line = end + 1, lines = 0; line < text.size() && lines < 6; ++lines) {
    if (text[line] == '\n' || text[line] == '\r') {
      ++line;
      continue;
    }
    if (!IsTopicLine(text, line)) return LineOpensWithQuote(text, line) || IsQuestionLine(text, line);
    line = text.find('\n', line);
    if (line == std::string_view::npos) return false;
    ++line;
  }
  return false;
}

// Whether the first line after the one holding `end` (past blank lines) is a quotation with its own
// tag after it ("“Our analysis … its boundaries,” said Jonatan Hatzor, co-founder …"): the line above
// it is then a subheading ("Diversify Portfolios"), not the name of whose turn it is.
bool QuotationBelowTagsItself(std::string_view text, size_t end) {
  constexpr size_t kTagWords = 8;  // "…,” the bank's new chief economist, Mara Velt, said"
  size_t line = text.find('\n', end);
  while (line != std::string_view::npos && line + 1 < text.size() && (text[line + 1] == '\n' || text[line + 1] == '\r')) ++line;
  if (line == std::string_view::npos) return false;
  const size_t from = line + 1, to = std::min(text.find('\n', from), text.size());
  const std::string_view quotation = text.substr(from, to - from);
  for (std::string_view close : {",\xe2\x80\x9d", "?\xe2\x80\x9d", "!\xe2\x80\x9d", ",\"", "?\"", "!\""}) {
    for (size_t at = quotation.find(close); at != std::string_view::npos; at = quotation.find(close, at + 1)) {
      size_t word = at + close.size();
      for (size_t words = 0; words < kTagWords && word < quotation.size(); ++words) {
        while (word < quotation.size() && !IsAsciiLetter(quotation[word])) ++word;
        size_t word_end = word;
        while (word_end < quotation.size() && IsAsciiLetter(quotation[word_end])) ++word_end;
        if (word_end > word && FiniteReportingVerb(Lowercase(quotation.substr(word, word_end - word)))) return true;
        word = word_end;
      }
    }
  }
  return false;
}

// Labels that name a part in the conversation, not a person ("OPERATOR:", "UNIDENTIFIED SPEAKER:"),
// and a picture's caption label ("FILE PHOTO:", "PHOTO:"), which a wire's rewrite repeats over
// its pictures.
bool IsPartLabel(std::string_view lower_word) {
  static const std::set<std::string_view> kParts = {
      "operator", "moderator", "host",    "interviewer", "reporter",  "question", "answer",   "audience",
      "unidentified", "unknown", "speaker", "voice",     "narrator",  "announcer", "caller",  "participant",
      "panelist", "presenter", "anchor",  "correspondent", "male",    "female",   "q",        "a",
      "photo", "photograph", "picture", "image", "video", "caption", "graphic"};
  return kParts.count(lower_word) != 0;
}

bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

bool SameName(std::string_view name, const std::optional<std::string>& who) {
  return who && SameName(name, std::string_view(*who));
}

// Whether `surname` is the last word of `full` ("HENN" of "Steve Henn"), case aside.
bool EndsWithSurname(std::string_view full, std::string_view surname) {
  return full.size() > surname.size() && full[full.size() - surname.size() - 1] == ' ' &&
         SameName(full.substr(full.size() - surname.size()), surname);
}

// Whether a line of the text gives the person of `surname` a narrator's role after a comma
// ("STEVE HENN, BYLINE:", "LINDA WERTHEIMER, HOST:"): a radio story's reporter or host, whose later
// turns ("HENN:") narrate. Their sentences are nobody's claims; the people they report speak there
// by the usual patterns, and in turns of their own.
bool NarratesTranscript(std::string_view text, std::string_view surname) {
  static const std::set<std::string_view> kNarrators = {"byline", "host", "anchor", "co-host", "correspondent",
                                                        "reporter", "presenter", "interviewer", "moderator", "narrator"};
  constexpr size_t kLabelBytes = 60;
  for (size_t at = 0; at < text.size();) {
    const size_t line_end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, std::min(line_end - at, kLabelBytes));
    const size_t colon = line.find(':'), comma = line.find(',');
    if (colon != std::string_view::npos && comma < colon) {
      std::string_view role = line.substr(comma + 1, colon - comma - 1);
      while (!role.empty() && role.front() == ' ') role.remove_prefix(1);
      if (kNarrators.count(Lowercase(role)) != 0 && EndsWithSurname(line.substr(0, comma), surname)) return true;
    }
    at = line_end + 1;
  }
  return false;
}

// Where the first line of the text that opens with `label` and a colon starts ("Q:"), or npos.
size_t FirstLineWith(std::string_view text, std::string_view label) {
  for (size_t at = 0; at < text.size();) {
    if (text.substr(at, label.size()) == label && text.substr(at + label.size(), 1) == ":") return at;
    at = text.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
  }
  return std::string_view::npos;
}

// The initials of a name in mixed case ("Jennifer Granholm" → "JG"), or "" when a word of it opens
// with no ASCII capital.
std::string Initials(std::string_view name) {
  std::string initials;
  for (size_t at = 0; at < name.size();) {
    if (name[at] < 'A' || name[at] > 'Z') return "";
    initials += name[at];
    const size_t space = name.find(' ', at);
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  return initials;
}

// The name of two or three words in mixed case that opens a line with a colon and has `initials`
// ("Jennifer Granholm:" for "JG"): an interview names each side in full at its first turn and by
// initials after it. "" when no line does.
std::string_view NameOfInitials(std::string_view text, std::string_view initials) {
  constexpr size_t kNameBytes = 40;
  for (size_t at = 0; at < text.size();) {
    const size_t colon = text.find(':', at);
    const size_t line_end = text.find('\n', at);
    if (colon != std::string_view::npos && colon < line_end && colon > at && colon - at <= kNameBytes) {
      const std::string_view name = text.substr(at, colon - at);
      const size_t words = static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
      bool mixed = false;
      for (char c : name) mixed |= c >= 'a' && c <= 'z';
      if (mixed && words >= 2 && words <= 3 && Initials(name) == initials) return name;
    }
    if (line_end == std::string_view::npos) break;
    at = line_end + 1;
  }
  return {};
}

// Where the line holding byte `at` starts, found by memrchr: stepping back a byte at a time cost each
// sentence its line.
size_t LineStart(std::string_view text, size_t at) {
  const void* newline = memrchr(text.data(), '\n', at);
  return newline == nullptr ? 0 : static_cast<size_t>(static_cast<const char*>(newline) - text.data()) + 1;
}

// Whether the sentence at `begin` opens its line, or follows only a title on it (ICU ends a sentence
// after "DR." in "DR. FARAH QUDDUS: …").
bool OpensLine(std::string_view text, size_t begin) {
  const size_t line = LineStart(text, begin);
  if (line == begin) return true;
  TokenReader tokens(text, {line, begin});
  for (Token t; tokens.Next(&t);) {
    if (t.word ? !IsTitle(Lower(text, t)) : text.substr(t.begin, t.end - t.begin) != ".") return false;
  }
  return true;
}

}  // namespace

// An interview's answers are the interviewee's: the person its introduction (the text before the
// first question) names most often, not the author, an outlet or an organisation.
const std::vector<Speaker>& ClaimFinder::Interviewee() {
  if (interviewee_) return *interviewee_;
  interviewee_.emplace();
  const size_t first_question = FirstLineWith(text_, "Q");
  if (first_question == std::string_view::npos) return *interviewee_;
  const std::vector<Token> tokens = Tokenize(text_, {0, first_question});
  std::map<std::string, std::pair<size_t, ByteSpan>> names;  // name -> times given, first mention
  for (size_t i = 0; i < tokens.size();) {
    size_t end = i;
    // A name's words are one space apart ("Marchand\n\nOdile" are two names).
    while (end < tokens.size() && end < i + 3 && IsCapitalized(text_, tokens[end]) &&
           Lower(text_, tokens[end]) != "'s" && (end == i || text_.substr(tokens[end - 1].end, tokens[end].begin - tokens[end - 1].end) == " ")) {
      ++end;
    }
    if (end - i < 2 || IsCommonCapitalizedWord(Lower(text_, tokens[i])) || IsTitle(Lower(text_, tokens[i]))) {
      i = std::max(end, i + 1);
      continue;
    }
    const ByteSpan span{tokens[i].begin, tokens[end - 1].end};
    const std::string name(text_.substr(span.begin, span.end - span.begin));
    const std::string_view last = text_.substr(tokens[end - 1].begin, tokens[end - 1].end - tokens[end - 1].begin);
    if (!SameName(name, source_.author) && !SameName(name, source_.outlet) && !LooksLikeOutlet(name) &&
        !IsOrganizationHead(last) && !LooksLikeOrganization(name)) {
      auto& entry = names.emplace(name, std::make_pair(size_t{0}, span)).first->second;
      ++entry.first;
    }
    i = end;
  }
  const std::pair<const std::string, std::pair<size_t, ByteSpan>>* best = nullptr;
  for (const auto& entry : names) {
    if (best == nullptr || entry.second.first > best->second.first ||
        (entry.second.first == best->second.first && entry.second.second.begin < best->second.second.begin)) {
      best = &entry;
    }
  }
  if (best != nullptr) interviewee_->push_back({{"", best->first, best->second.second}, ActorKind::kPerson});
  return *interviewee_;
}

// A Chinese press conference's answers ("问:…" then "答:…") are the spokesperson's who presides: the
// name between 发言人 and 主持 before the first question ("外交部发言人王立新主持例行记者会").
const std::vector<Speaker>& ClaimFinder::HanAnswerer() {
  if (han_answerer_) return *han_answerer_;
  han_answerer_.emplace();
  size_t first_question = text_.size();
  for (size_t at = 0; at < text_.size();) {
    const std::string_view line = text_.substr(at, 6);
    if ((line.substr(0, 3) == "问" || line.substr(0, 3) == "問") && (line.substr(3, 1) == ":" || line.substr(3, 3) == "\xef\xbc\x9a")) {
      first_question = at;
      break;
    }
    at = text_.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
  }
  const std::string_view before = text_.substr(0, first_question);
  for (std::string_view title : {"发言人", "發言人"}) {
    for (size_t at = before.find(title); at != std::string_view::npos; at = before.find(title, at + 1)) {
      const size_t name = at + title.size();
      size_t presides = before.find("主持", name);
      // "发言人林清12日主持": the day before 主持 is not the name's.
      if (presides != std::string_view::npos && presides >= 3 && before.substr(presides - 3, 3) == "日") {
        size_t digits = presides - 3;
        while (digits > name && before[digits - 1] >= '0' && before[digits - 1] <= '9') --digits;
        if (digits < presides - 3) presides = digits;
      }
      // A name of two to four characters between them.
      if (presides == std::string_view::npos || presides < name + 6 || presides > name + 12) continue;
      han_answerer_->push_back({{"", std::string(before.substr(name, presides - name)), {name, presides}}, ActorKind::kPerson});
      return *han_answerer_;
    }
  }
  return *han_answerer_;
}

// Whether a line before byte `at` opens with a reporter's question ("记者:", "问:"): the text is an interview.
bool ClaimFinder::AsksBefore(size_t at) const {
  for (std::string_view asks : {"\n记者", "\n記者", "\n问", "\n問"}) {
    for (size_t found = text_.find(asks); found != std::string_view::npos && found < at; found = text_.find(asks, found + 1)) {
      const std::string_view colon = text_.substr(found + asks.size(), 3);
      if (colon == "\xef\xbc\x9a" || colon.substr(0, 1) == ":") return true;  // ： or :
    }
  }
  return false;
}

// Whether `label` opens two lines or more, each followed by a colon: the turns of a transcript.
bool ClaimFinder::OpensTwoLines(std::string_view label) const {
  size_t lines = 0;
  for (size_t at = 0; at < text_.size() && lines < 2;) {
    if (text_.substr(at, label.size()) == label && text_.substr(at + label.size(), 1) == ":") ++lines;
    at = text_.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
  }
  return lines >= 2;
}

bool ClaimFinder::TurnLabelsOpenTwoLines() const {
  if (turn_label_lines_ >= 0) return turn_label_lines_ >= 2;
  constexpr size_t kLabelBytes = 60;
  turn_label_lines_ = 0;
  for (size_t at = 0; at < text_.size() && turn_label_lines_ < 2;) {
    size_t i = at, letters = 0;
    while (i < text_.size() && i < at + kLabelBytes) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (c >= 'A' && c <= 'Z') ++letters;
      else if (c != ' ' && c != '.' && c != '\'' && c != '-' && c < 0x80) break;
      ++i;
    }
    const bool question = text_.substr(at, 2) == "Q:" || text_.substr(at, 2) == "Q.";
    if (question || (letters >= 2 && i < text_.size() && text_[i] == ':')) ++turn_label_lines_;
    at = text_.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
  }
  return turn_label_lines_ >= 2;
}

// The label that opens the sentence's line, if any: its colon's token and whose turn it is.
SentenceReader::TurnKind SentenceReader::TurnLabel(size_t* colon, std::vector<Speaker>* speakers) {
  // A Han turn: two to four Han characters and a colon ("马晓飞:"); not the interviewer's (记者, 问).
  size_t han = 0;
  while (han < n() && han < 5 && IsUnspaced(text_, T(han))) ++han;
  bool says = false;  // "楊明哲說:": a name and its verb, not a turn's label
  for (size_t h = 0; h < han; ++h) says |= HanReportingVerbAt(text_, T(h).begin) != 0;
  // "记者提问:", "媒体提问:", "網友提問:" (whoever asks; its 问 is no verb of saying here) and the page's
  // credits: turns of no one's, which end the answer before them as "问:" does.
  if (han >= 1 && han <= 4 && (Is(han, ":") || Is(han, "\xef\xbc\x9a"))) {
    const std::string_view label = text_.substr(T(0).begin, T(han - 1).end - T(0).begin);
    if (EndsWith(label, "提问") || EndsWith(label, "提問") || (!says && IsHanCreditLabel(label))) {
      *colon = han;
      return TurnKind::kNobody;
    }
  }
  if (!says && han >= 2 && han <= 4 && (Is(han, ":") || Is(han, "\xef\xbc\x9a"))) {
    ByteSpan name{T(0).begin, T(han - 1).end};
    std::string_view written = text_.substr(name.begin, name.end - name.begin);
    *colon = han;
    if (written == "记者" || written == "記者" || written == "主持人" || written == "问" || written == "問") return TurnKind::kNobody;
    // "学者:电价料保持平稳": a subheading's role alone, whose holder the paragraph below names.
    if (IsHanTitle(written)) return TurnKind::kNobody;
    // "人物周刊:", "本报:": the outlet asks, in the author's voice.
    if (IsNewsOutlet(written) || EndsWith(written, "周刊") || EndsWith(written, "週刊") || EndsWith(written, "本报") ||
        EndsWith(written, "本報")) {
      return TurnKind::kNobody;
    }
    // "村民李大姐:": who the person is, then the name (five characters or more: 欧阳立新 is a name).
    if (const size_t at = written.size() >= 15 ? HanPersonNameAtEnd(written) : std::string_view::npos; at != std::string_view::npos) {
      name.begin += at;
      written.remove_prefix(at);
    }
    speakers->push_back({{"", std::string(written), name}, ActorKind::kPerson});
    return TurnKind::kSpeaker;
  }
  // "【国家统计局…司长、新闻发言人 毛盛勇】" alone on its line: a press conference transcript's heading,
  // the paragraphs under it that speaker's answer. Any other bracketed line ("【编者按】") is no one's.
  if (n() >= 3 && Is(0, "\xe3\x80\x90") && Is(n() - 1, "\xe3\x80\x91")) {  // 【 】
    *colon = n() - 1;
    const std::string_view label = text_.substr(T(1).begin, T(n() - 2).end - T(1).begin);
    const size_t at = TitledNameAt(label);
    if (at == std::string_view::npos) return TurnKind::kNobody;
    const ByteSpan span{T(1).begin + at, T(n() - 2).end};
    speakers->push_back({{"", std::string(label.substr(at)), span}, ActorKind::kPerson});
    return TurnKind::kSpeaker;
  }
  // A Han label with a title before the name, or a reporter's: "国家统计局副局长 盛来运:" is 盛来运's
  // turn, "新华社记者:" a question no one's.
  if (han >= 2 && !says) {
    const size_t line_end = std::min(text_.find('\n', sentence_.begin), static_cast<size_t>(sentence_.end));
    size_t c = han;
    while (c < n() && T(c).end <= line_end && c < 24 && (IsUnspaced(text_, T(c)) || Is(c, "\xe3\x80\x81"))) ++c;
    if (c < n() && (Is(c, ":") || Is(c, "\xef\xbc\x9a"))) {
      const std::string_view label = text_.substr(T(0).begin, T(c - 1).end - T(0).begin);
      const auto ends = [&](std::string_view end) { return label.size() >= end.size() && label.substr(label.size() - end.size()) == end; };
      if (ends("记者") || ends("記者") || ends("主持人")) {
        *colon = c;
        return TurnKind::kNobody;
      }
      const size_t space = label.rfind(' ');
      if (const size_t at = TitledNameAt(label); at != std::string_view::npos) {
        *colon = c;
        const ByteSpan span{T(0).begin + at, T(c - 1).end};
        speakers->push_back({{"", std::string(label.substr(at)), span}, ActorKind::kPerson});
        return TurnKind::kSpeaker;
      }
      // "村民李秀英:", "首席预报员黄志远:" after a reporter's question: who the person is and the name,
      // with no space between (and only in an interview: "具体措施包括:" opens a list).
      const size_t at = label.size() >= 15 && space == std::string_view::npos ? HanPersonNameAtEnd(label) : std::string_view::npos;
      if (at != std::string_view::npos && f_.AsksBefore(sentence_.begin)) {
        *colon = c;
        const ByteSpan span{T(0).begin + at, T(c - 1).end};
        speakers->push_back({{"", std::string(label.substr(at)), span}, ActorKind::kPerson});
        return TurnKind::kSpeaker;
      }
    }
  }
  // "问:" and "答:": a reporter asks, the presiding spokesperson answers.
  if (han == 1 && (Is(1, ":") || Is(1, "\xef\xbc\x9a"))) {
    const std::string_view written = text_.substr(T(0).begin, T(0).end - T(0).begin);
    if (written == "问" || written == "問") {
      *colon = 1;
      return TurnKind::kNobody;
    }
    if (written == "答") {
      *colon = 1;
      for (Speaker s : f_.HanAnswerer()) {
        s.mention.span = {T(0).begin, T(0).end};  // the label is the mention
        speakers->push_back(std::move(s));
      }
      return speakers->empty() ? TurnKind::kNobody : TurnKind::kAnswer;
    }
  }
  if (n() < 2 || !T(0).word) return TurnKind::kNone;
  // "Q:" and "A:": the interviewer asks, the interviewee answers (the one a heading over the
  // questions names, else the one the introduction names most). "Q." asks too.
  if ((Is(1, ":") || (Is(1, ".") && IsQuestionLine(text_, T(0).begin))) && (W(0) == "q" || W(0) == "a") && T(0).end - T(0).begin == 1) {
    *colon = 1;
    if (W(0) == "q") return TurnKind::kNobody;
    for (Speaker s : f_.header_speakers_.empty() ? f_.Interviewee() : f_.header_speakers_) {
      s.mention.span = {T(0).begin, T(0).end};  // the label is the mention
      speakers->push_back(std::move(s));
    }
    return speakers->empty() ? TurnKind::kNobody : TurnKind::kAnswer;
  }
  // A name in capitals: "FERREIRA:", "DR. FARAH QUDDUS:", "HHS SECRETARY ALEX AZAR:"; or, with no
  // colon, a line of its own over quotation lines, as a wire lists who said what ("GOVERNOR ANDREW
  // BAILEY", then his quotations; not a section heading, which no quotation follows).
  // A heading may go on after a comma with the speaker's role and employer, as a wire's list of
  // comments sets them ("ANDREW HILL, SENIOR FELLOW, UNIVERSITY OF LIVERPOOL", a blank line, then his
  // quotation): the name is what comes before the comma.
  constexpr size_t kLabelTokens = 10, kCaptionTokens = 24;
  size_t c = 0, comma = 0;
  bool capitals = true;
  while (c < n() && c < kCaptionTokens && !Is(c, ":") && (comma > 0 || c < kLabelTokens)) {
    if (comma == 0 && c > 0 && Is(c, ",")) comma = c;
    capitals = capitals && (T(c).word ? InCapitals(text_, T(c)) : (Is(c, ".") || Is(c, "-") || (comma > 0 && Is(c, ","))));
    ++c;
  }
  const bool heading = capitals && c == n() && c >= 2 && HeadsQuotation(text_, sentence_.end, comma > 0);
  if (capitals && (Is(c, ":") ? comma == 0 : heading) && c > 0) {
    *colon = heading ? c - 1 : c;  // a heading's turn is the lines after it, as a label's alone on its line
    if (comma > 0) c = comma;      // the role after the name is no part of it
    std::vector<size_t> words;
    // "MR. SMITH:": a title makes one word a person's name (ICU may end a sentence after "MR.", which
    // then stands alone before this one on its line).
    bool titled = sentence_.begin >= 2 && text_[sentence_.begin - 1] == ' ' && text_[sentence_.begin - 2] == '.' &&
                  sentence_.begin != LineStart(text_, sentence_.begin);
    for (size_t i = 0; i < c; ++i) {
      if (!T(i).word) continue;
      if (IsPartLabel(W(i))) return TurnKind::kNobody;
      if (IsTitle(W(i))) {
        words.clear();  // "HHS SECRETARY": what comes before the title is not the name
        titled = true;
      } else {
        words.push_back(i);
      }
    }
    if (words.empty() || T(words.front()).end - T(words.front()).begin < 2) return TurnKind::kNobody;
    if (dateline_ > 0 && !titled) return TurnKind::kNone;  // "NEW DELHI: …" opening the lead sends the report
    if (heading && words.size() < 2) return TurnKind::kNone;  // "ANALYSIS", "SPEAKERS": no name
    // One label of two words or more in the whole text is a credit or a section's heading ("ABC
    // NEWS:", "MARKET REACTION:") unless a quotation follows it ("KOWALCZYK: \"The rear is gone.\"",
    // a team radio's line). A surname alone is read below against the names the text gives.
    if (!heading && !titled && words.size() >= 2 && !(c + 1 < n() && IsQuote(text_, T(c + 1))) && !f_.TurnLabelsOpenTwoLines()) {
      return TurnKind::kNone;
    }
    std::string name;
    for (size_t i : words) {
      if (!name.empty()) name += ' ';
      name += TitleCased(text_.substr(T(i).begin, T(i).end - T(i).begin));
    }
    // A surname alone only when the text gives the full name it ends ("Talia Ferreira"), not a
    // heading ("NVIDIA:").
    // "JG:" after "Jennifer Granholm:" opened a line: the initials stand for the name.
    if (words.size() == 1 && !titled && T(words.front()).end - T(words.front()).begin <= 3) {
      const std::string_view initials = text_.substr(T(words.front()).begin, T(words.front()).end - T(words.front()).begin);
      if (const std::string_view full = NameOfInitials(text_, initials); !full.empty()) {
        if (SameName(full, f_.source_.author)) return TurnKind::kNobody;
        speakers->push_back({{"", std::string(full), {T(words.front()).begin, T(words.front()).end}}, ActorKind::kPerson});
        return TurnKind::kSpeaker;
      }
    }
    // "HENN:" after "STEVE HENN, BYLINE:", or the surname of the page's author: the narrator's turn.
    if (words.size() == 1 && !titled && (NarratesTranscript(text_, name) || (f_.source_.author && EndsWithSurname(*f_.source_.author, name)))) {
      return TurnKind::kNobody;
    }
    if (words.size() == 1 && !titled) {
      bool surname = false;
      if (f_.names_ != nullptr) {
        surname = f_.names_->Fullest(name).find(' ') != std::string::npos;
      } else {
        for (const NameRun& run : f_.runs_) {
          const ByteSpan& last = run.words.back();
          surname |= run.words.size() >= 2 && text_.substr(last.begin, last.end - last.begin) == name;
        }
      }
      if (!surname) return TurnKind::kNobody;
    }
    if (SameName(name, f_.source_.author)) return TurnKind::kNobody;
    speakers->push_back({{"", name, {T(words.front()).begin, T(words.back()).end}}, ActorKind::kPerson});
    return heading ? TurnKind::kHeading : TurnKind::kSpeaker;
  }
  if (!IsCapitalized(text_, T(0))) return TurnKind::kNone;
  if (HeadingName(speakers)) {
    *colon = n() - 1;
    return TurnKind::kHeading;
  }
  // "Chairman Powell:", "Sen. Ora Blaine:": the titles before the name are no part of it.
  size_t first = 0;
  while (first + 1 < n() && T(first).word && IsCapitalized(text_, T(first)) && IsTitle(W(first))) {
    first += Is(first + 1, ".") ? 2 : 1;
  }
  if (first >= n() || !IsCapitalized(text_, T(first))) first = 0;
  size_t end = MentionAt(first) ? MentionEnd(first) : NameEnd(first);
  *colon = end;
  // "Gillian Achebe -- Chief Executive Officer:": a name and a role after dashes.
  const bool role = Is(end, "-") || (end < n() && IsDash(text_, T(end)));
  if (role) {
    while (*colon < n() && *colon < end + 14 && !Is(*colon, ":") && !IsQuote(text_, T(*colon))) ++*colon;
  }
  if (!Is(*colon, ":")) return TurnKind::kNone;
  if (IsWord(0, "operator") || IsWord(0, "moderator")) return TurnKind::kNobody;
  const ByteSpan label{T(first).begin, T(end - 1).end};
  const std::string_view written = text_.substr(label.begin, label.end - label.begin);
  const std::string_view whole = text_.substr(T(0).begin, T(end - 1).end - T(0).begin);
  // "Joe Okoro:" opening one line is a heading as often as a turn; opening two, a transcript's (a
  // title makes one word a name: "Chairman Powell:").
  const std::string initials = Initials(whole);
  if (!role && (end < 2 || !(f_.OpensTwoLines(whole) || (!initials.empty() && FirstLineWith(text_, initials) != std::string_view::npos)))) {
    return TurnKind::kNone;
  }
  if (MentionAt(first)) {
    speakers->push_back(f_.SpeakerOf(*MentionAt(first)));
  } else if ((end - first >= 2 || first > 0) && !IsCommonCapitalizedWord(W(first))) {
    speakers->push_back({{"", std::string(written), label}, ActorKind::kPerson});
  }
  if (speakers->empty() || SameName(speakers->front().mention.surface, f_.source_.author)) return TurnKind::kNobody;
  return TurnKind::kSpeaker;
}

// A press conference's speaker heading in mixed case: a line of its own, a name of two or three
// capitalised words after at most four words of role ("Athletic Director Noreen Kask", "Head coach
// Dale Finnegan", "Coach Sam Ilves"), over quotations, topic lines ("On the injury:") or questions.
bool SentenceReader::HeadingName(std::vector<Speaker>* speakers) const {
  if (n() > 7 || text_.find('\n', sentence_.begin) < sentence_.end || !HeadsQuotation(text_, sentence_.end, true) ||
      QuotationBelowTagsItself(text_, sentence_.end)) {
    return false;
  }
  // "Arsene Wenger (Arsenal)", "Gary Megson (Bolton Wanderers)": a round-up's heading gives the
  // speaker's club in parentheses after the name.
  size_t end = n();
  if (end > 3 && Is(end - 1, ")")) {
    size_t open = end - 1;
    while (open > 0 && !Is(open - 1, "(") && T(open - 1).word && IsCapitalized(text_, T(open - 1))) --open;
    if (open > 0 && Is(open - 1, "(") && open + 1 < end) end = open - 1;
  }
  size_t name = end;
  while (name > 0 && T(name - 1).word && IsCapitalized(text_, T(name - 1)) && !IsTitle(W(name - 1)) && end - name < 3) --name;
  if (end - name < 2 || IsCommonCapitalizedWord(W(name))) return false;
  for (size_t i = 0; i < name; ++i) {
    if (!T(i).word && !Is(i, ".")) return false;
  }
  const ByteSpan span{T(name).begin, T(end - 1).end};
  const std::string written(text_.substr(span.begin, span.end - span.begin));
  if (LooksLikeOrganization(written) || LooksLikeOutlet(written) || SameName(written, f_.source_.author)) return false;
  speakers->push_back({{"", written, span}, ActorKind::kPerson});
  return true;
}

// Whether the sentence opens with 另据 ("another source says") or names a Han speaker before a
// reporting verb and its punctuation ("韩振东表示，"; not "中方对此表示欢迎", "据我了解").
bool SentenceReader::HanAttributesItself() const {
  const std::string_view sentence = text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
  if (sentence.substr(0, 6) == "另据" || sentence.substr(0, 6) == "另據") return true;
  for (size_t p = sentence_.begin; p < sentence_.end; ++p) {
    const size_t verb = HanReportingVerbAt(text_, p);
    if (verb == 0) continue;
    const std::string_view after = text_.substr(p + verb, 3);
    if (after != "\xef\xbc\x8c" && after != "\xef\xbc\x9a" && after.substr(0, 1) != "," && after.substr(0, 1) != ":") {
      p += verb - 1;
      continue;
    }
    const std::optional<HanSpeaker> speaker = HanSpeakerBefore(text_, sentence_.begin, p);
    if (speaker && !speaker->pronoun && !speaker->company) return true;
    p += verb - 1;
  }
  return false;
}

// A transcript's turn: the label at the start of a line sets whose turn it is; every sentence of
// the turn of three words or more that is not a courtesy ("Thanks for having me.") is the
// speaker's, a question too (an analyst's or a reporter's asked in their own name; the author's
// are the turns no one's), until the line ends, or for an answer (or a label alone on its line) until the next
// label. Returns whether the sentence belongs to a turn (and so to no other pattern).
bool SentenceReader::Turn() {
  size_t colon = 0;
  if (OpensLine(text_, sentence_.begin)) {
    std::vector<Speaker> speakers;
    const TurnKind kind = TurnLabel(&colon, &speakers);
    switch (kind) {
      case TurnKind::kNone:
        colon = 0;
        if (f_.heading_turn_ && IsTopicLine(text_, sentence_.begin)) return true;  // "On the injury:" says nothing
        if (f_.heading_turn_ && !LineOpensWithQuote(text_, sentence_.begin)) {  // the quotations ended
          f_.answer_speakers_.clear();
          f_.turn_speakers_.clear();
          f_.heading_turn_ = false;
        }
        // An answer goes on over its paragraphs, until one says whose it is ("另据外交部消息，…",
        // "韩振东表示，…").
        if (!f_.answer_speakers_.empty() && HanAttributesItself()) f_.answer_speakers_.clear();
        // A line with no label goes on with the turn of its paragraph (a blank line ends that).
        if (!f_.answer_speakers_.empty()) f_.turn_speakers_ = f_.answer_speakers_;
        break;
      case TurnKind::kNobody:
        f_.turn_speakers_.clear();
        f_.answer_speakers_.clear();
        f_.heading_turn_ = false;
        return false;
      case TurnKind::kAnswer:
        f_.turn_speakers_ = f_.answer_speakers_ = speakers;
        f_.heading_turn_ = false;
        break;
      case TurnKind::kSpeaker:
      case TurnKind::kHeading:
        f_.turn_speakers_ = speakers;
        // A label alone on its line: the turn is the paragraphs after it.
        f_.answer_speakers_ = colon + 1 >= n() ? speakers : std::vector<Speaker>{};
        f_.heading_turn_ = kind == TurnKind::kHeading;
        if (kind == TurnKind::kHeading) f_.header_speakers_ = speakers;  // whose the answers under it are
        break;
    }
  }
  if (f_.turn_speakers_.empty()) return false;
  const size_t from = colon == 0 ? 0 : colon + 1;
  size_t words = 0;
  for (size_t i = from; i < n(); ++i) words += T(i).word;
  const bool courtesy = IsWord(from, "thanks") || IsWord(from, "thank");
  if (words >= 3 && !courtesy) {
    if (auto span = ContentFrom(from)) {
      // "黃立群：「今天天氣很好……。」": the quotation's words, without its opening mark.
      const std::string_view mark = text_.substr(span->begin, 3);
      if ((mark == "\xe3\x80\x8c" || mark == "\xe2\x80\x9c") && span->end > span->begin + 3) span->begin += 3;  // 「 “
      std::vector<Speaker> speakers = f_.turn_speakers_;
      Add(speakers, "(turn)", *span);
    }
  }
  return true;
}

}  // namespace dossier::extract
