// Han quotations attributed after them: “……，”他说。 「……，」衛生局長許雅雯說。 “……。”张晓梅称。
// The speaker phrase stands right after the closing mark and before a Han reporting verb; the claim
// is the quotation's own words, one claim per sentence when it runs over several. Also a Han
// headline's speaker and colon: "登革熱病例增至48例 衛生局:社區噴藥擴大至三區".
#include <algorithm>

#include <unicode/utf8.h>

#include "extract/claim_reader.h"
#include "extract/reporting_lexicon.h"
#include "extract/scripts.h"
#include "extract/text_bytes.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kCloseDouble = "\xe2\x80\x9d";  // ”
constexpr std::string_view kOpenDouble = "\xe2\x80\x9c";   // “
constexpr std::string_view kCloseCorner = "\xe3\x80\x8d";  // 」
constexpr std::string_view kOpenCorner = "\xe3\x80\x8c";   // 「

// The start of the run of Han characters that ends at `end` (no further back than `floor`). An aside
// in parentheses between Han characters is part of the run: "新加坡國立大學(NUS)政治系副教授莊嘉穎".
size_t HanRunBegin(std::string_view text, size_t floor, size_t end) {
  size_t begin = end;
  while (begin > floor) {
    int32_t i = static_cast<int32_t>(begin);
    UChar32 c;
    U8_PREV(text.data(), static_cast<int32_t>(floor), i, c);
    if ((c == ')' || c == 0xFF09) && begin < end) {
      const size_t open = ParenthesisOpening(text, floor, begin);
      int32_t j = static_cast<int32_t>(open);
      UChar32 before = -1;
      if (open != std::string_view::npos) U8_PREV(text.data(), static_cast<int32_t>(floor), j, before);
      if (before >= 0 && IsUnspacedScript(before)) {
        begin = open;
        continue;
      }
    }
    if (c < 0 || !IsUnspacedScript(c)) break;
    begin = static_cast<size_t>(i);
  }
  return begin;
}

// The closing mark that ends right before byte `at` (past a comma set outside the marks, “……”，他说),
// and the opening mark it closes: {after the opening mark, the closing mark}, if there is one.
std::optional<ByteSpan> QuotationBefore(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  for (std::string_view comma : {std::string_view(","), std::string_view("\xef\xbc\x8c")}) {
    if (end >= comma.size() && text.substr(end - comma.size(), comma.size()) == comma) {
      end -= comma.size();
      break;
    }
  }
  for (auto [close, open] : {std::pair{kCloseDouble, kOpenDouble}, std::pair{kCloseCorner, kOpenCorner}}) {
    if (end < close.size() || text.substr(end - close.size(), close.size()) != close) continue;
    const size_t close_at = end - close.size();
    // A quotation of a paragraph at most: the opening mark is within this paragraph.
    const size_t paragraph = text.rfind("\n\n", close_at);
    const size_t open_at = text.rfind(open, close_at);
    if (open_at == std::string_view::npos || (paragraph != std::string_view::npos && open_at < paragraph)) return std::nullopt;
    // "中經院認為今年經濟呈現「內平外溫」，張傳章說明": marks right after a word quote words inside
    // another clause, not the speech of whoever comes next.
    if (open_at > 0) {
      int32_t i = static_cast<int32_t>(open_at);
      UChar32 before;
      U8_PREV(text.data(), 0, i, before);
      if (before >= 0 && IsUnspacedScript(before)) return std::nullopt;
    }
    return ByteSpan{open_at + open.size(), close_at};
  }
  return std::nullopt;
}

// "他告诉法新社。", "她告訴路透社。": told, and to whom (a few Han characters), ending the sentence;
// its length, or 0. (告诉记者 is a reporting verb of its own.)
size_t ToWhomAt(std::string_view text, size_t at, size_t end) {
  if (text.substr(at, 6) != "告诉" && text.substr(at, 6) != "告訴") return 0;
  constexpr size_t kLongestRecipient = 18;  // six characters
  size_t e = at + 6;
  while (e < end && e - at - 6 < kLongestRecipient && static_cast<unsigned char>(text[e]) >= 0xE4 &&
         static_cast<unsigned char>(text[e]) <= 0xE9 && text.substr(e, 3) != "\xef\xbc\x8c") {
    e += 3;
  }
  const std::string_view after = text.substr(e, 3);
  return e > at + 6 && (e >= end || after == "\xe3\x80\x82" || after == "\xef\xbc\x8c") ? e - at : 0;
}

// Where a date and its comma that end right before `phrase` begin ("1月22日,", "22日，"), after
// `floor`; `phrase` if none.
size_t DateBefore(std::string_view text, size_t floor, size_t phrase) {
  size_t at = phrase;
  for (std::string_view comma : {std::string_view(","), std::string_view("\xef\xbc\x8c")}) {
    if (at >= floor + comma.size() && text.substr(at - comma.size(), comma.size()) == comma) {
      at -= comma.size();
      break;
    }
  }
  if (at == phrase) return phrase;
  size_t begin = at;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view unit : {"日", "号", "號", "月", "年"}) {
      if (begin < floor + unit.size() + 1 || text.substr(begin - unit.size(), unit.size()) != unit) continue;
      size_t digits = begin - unit.size();
      while (digits > floor && text[digits - 1] >= '0' && text[digits - 1] <= '9') --digits;
      if (digits == begin - unit.size()) return phrase;
      begin = digits;
      more = true;
    }
  }
  return begin < at ? begin : phrase;
}

// Where what may stand between a quotation and the run of Han characters before its verb begins,
// after `floor`: titles joined by 、 ("…发言人、国民经济综合统计司司长付凌晖如此表示") and, before them, a
// clause of where or when with its comma ("在国新办举行的新闻发布会上,"); `phrase` if neither.
size_t AttributionLeadBefore(std::string_view text, size_t floor, size_t phrase) {
  constexpr std::string_view kEnumerationComma = "\xe3\x80\x81";  // 、
  size_t at = phrase;
  while (at >= floor + 2 * kEnumerationComma.size() && text.substr(at - kEnumerationComma.size(), kEnumerationComma.size()) == kEnumerationComma) {
    const size_t run = HanRunBegin(text, floor, at - kEnumerationComma.size());
    if (run == at - kEnumerationComma.size()) break;
    at = run;
  }
  size_t comma = at;
  for (std::string_view mark : {std::string_view(","), std::string_view("\xef\xbc\x8c")}) {
    if (at >= floor + mark.size() && text.substr(at - mark.size(), mark.size()) == mark) comma = at - mark.size();
  }
  if (comma == at) return at;
  const auto ends_with = [&](std::string_view word) { return comma >= floor + word.size() && text.substr(comma - word.size(), word.size()) == word; };
  if (!ends_with("上") && !ends_with("时") && !ends_with("時") && !ends_with("中") && !ends_with("后") && !ends_with("後")) return at;
  constexpr size_t kLongestClause = 120;  // forty characters
  const size_t where = text.rfind("在", comma);
  if (where == std::string_view::npos || where < floor || comma - where > kLongestClause) return at;
  const std::string_view clause = text.substr(where, comma - where);
  for (std::string_view mark : {",", "\xef\xbc\x8c", "\xe3\x80\x82", "\n"}) {
    if (clause.find(mark) != std::string_view::npos) return at;
  }
  return where;
}

// The speaker a Han speaker phrase names: the unnamed source, or the name as written, an
// organisation when it reads as one.
Speaker Named(std::string_view text, const HanSpeaker& found) {
  if (found.anonymous) return {{"", std::string(kAnonymousSpeaker), found.span}, ActorKind::kGroup};
  std::string name(text.substr(found.span.begin, found.span.end - found.span.begin));
  const ActorKind kind = LooksLikeOrganization(name) ? ActorKind::kOrganization : ActorKind::kPerson;
  return {{"", std::move(name), found.span}, kind};
}

}  // namespace

void SentenceReader::HanQuotationAttributed() {
  // Only after a closing mark: a sentence without ” or 」 (most English ones) has none.
  const std::string_view sentence = text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
  const bool closes_before = sentence_.begin > 0 && QuotationBefore(text_, sentence_.begin).has_value();
  if (!closes_before && sentence.find(kCloseDouble) == std::string_view::npos && sentence.find(kCloseCorner) == std::string_view::npos) {
    return;
  }
  for (size_t p = sentence_.begin; p < sentence_.end;) {
    const size_t verb = HanReportingVerbAt(text_, p) + ToWhomAt(text_, p, sentence_.end);
    if (verb == 0) {
      ++p;
      continue;
    }
    const size_t phrase = HanRunBegin(text_, sentence_.begin, p);
    std::optional<ByteSpan> quotation = phrase < p ? QuotationBefore(text_, phrase) : std::nullopt;
    // "“……。”1月22日,在医院排队的吴先生说。": a date between the quotation and who said it.
    if (!quotation && phrase < p) {
      if (const size_t date = DateBefore(text_, sentence_.begin > 64 ? sentence_.begin - 64 : 0, phrase); date < phrase) {
        quotation = QuotationBefore(text_, date);
      }
    }
    // "“……。”在发布会上,国家统计局新闻发言人、…司长付凌晖如此表示。": where it was said, and titles, between.
    if (!quotation && phrase < p) {
      if (const size_t lead = AttributionLeadBefore(text_, sentence_.begin > 64 ? sentence_.begin - 64 : 0, phrase); lead < phrase) {
        quotation = QuotationBefore(text_, lead);
      }
    }
    // What follows the verb ends the attribution: 。 or ， or the end of the sentence, not a clause.
    const std::string_view after = text_.substr(p + verb, 3);
    const bool ends = p + verb >= sentence_.end || after == "\xe3\x80\x82" || after == "\xef\xbc\x8c" ||
                      after.substr(0, 1) == "," || after.substr(0, 1) == "." || after == "\xef\xbc\x81";
    if (!quotation || !ends) {
      p += verb;
      continue;
    }
    std::vector<Speaker> speakers;
    // A name the reading knows (a gazetteer's or a candidate's) in the phrase, the last before the verb.
    for (const ActorMention& m : sentence_mentions_) {
      if (m.span.begin >= phrase && m.span.end <= p) speakers = {f_.SpeakerOf(m)};
    }
    if (speakers.empty()) {
      if (auto found = HanSpeakerBefore(text_, phrase, p)) {
        if (found->pronoun || found->company) {
          const bool she = text_.substr(found->span.begin, 3) == "\xe5\xa5\xb9";  // 她
          const Antecedent& antecedent = found->pronoun ? f_.PersonFor(she ? 'f' : 'm', index_) : f_.company_;
          if (antecedent.Valid(index_, kPronounReach)) {
            speakers = antecedent.speakers;
            for (Speaker& s : speakers) s.mention.span = found->span;
          }
        } else {
          speakers = {Named(text_, *found)};
        }
      }
    }
    if (speakers.empty()) {
      p += verb;
      continue;
    }
    // One claim per sentence of the quotation.
    const std::string verb_text(text_.substr(p, verb));
    for (const ByteSpan& sentence : f_.sentences_) {
      if (sentence.end <= quotation->begin || sentence.begin >= quotation->end) continue;
      const size_t begin = std::max(sentence.begin, quotation->begin);
      const size_t end = TrimEnd(begin, std::min(sentence.end, quotation->end), false);
      if (end <= begin) continue;
      // A quotation taken for the last speaker going on ("\"") is this attribution's.
      auto& claims = f_.out_.claims;
      claims.erase(std::remove_if(claims.begin(), claims.end(), [&](const Claim& c) {
                     return c.verb == "\"" && c.span.begin < end && begin < c.span.end;
                   }), claims.end());
      Add(speakers, verb_text, {begin, end}, sentence);
    }
    p += verb;
  }
}

namespace {

// The nearest Han quotation mark before `at` (back to `floor`) or after it (up to `limit`): its byte
// and whether it opens (“ 「), or npos.
std::pair<size_t, bool> HanMarkBefore(std::string_view text, size_t floor, size_t at) {
  for (size_t k = at; k >= floor + 3; --k) {
    const std::string_view c = text.substr(k - 3, 3);
    if (c == kOpenDouble || c == kOpenCorner) return {k - 3, true};
    if (c == kCloseDouble || c == kCloseCorner) return {k - 3, false};
  }
  return {std::string_view::npos, false};
}
std::pair<size_t, bool> HanMarkAfter(std::string_view text, size_t at, size_t limit) {
  for (size_t k = at; k + 3 <= limit; ++k) {
    const std::string_view c = text.substr(k, 3);
    if (c == kOpenDouble || c == kOpenCorner) return {k, true};
    if (c == kCloseDouble || c == kCloseCorner) return {k, false};
  }
  return {std::string_view::npos, false};
}

}  // namespace

// A Han quotation that runs over paragraphs, as a press conference's answer does on Chinese sport
// and news pages: the paragraph before ended inside “ (its last mark opens) on a claim, and this
// one opens with no mark of its own, its closing ” still to come before any new “. This paragraph
// is the same speaker's, one claim per sentence (QuotationGoesOn takes the sentences after this).
void SentenceReader::HanQuotationRunsOn() {
  if (index_ == 0 || f_.last_speakers_.empty() || f_.last_claim_sentence_ + 1 != index_) return;
  const size_t previous_end = f_.sentences_[index_ - 1].end;
  if (text_.substr(previous_end, sentence_.begin - previous_end).find('\n') == std::string_view::npos) return;
  constexpr size_t kReach = 3000;  // bytes: a few paragraphs of an answer
  const auto [before, opens] = HanMarkBefore(text_, sentence_.begin > kReach ? sentence_.begin - kReach : 0, sentence_.begin);
  if (before == std::string_view::npos || !opens) return;
  const auto [after, opens_after] = HanMarkAfter(text_, sentence_.begin, std::min(text_.size(), sentence_.begin + kReach));
  if (after == std::string_view::npos || opens_after || after == sentence_.begin) return;
  const bool closes_here = after < sentence_.end;
  const size_t end = TrimEnd(sentence_.begin, closes_here ? after : sentence_.end, !closes_here);
  if (end <= sentence_.begin) return;
  const std::vector<Speaker> speakers = f_.last_speakers_;
  Add(speakers, "\"", {sentence_.begin, end});
  f_.quote_speakers_ = speakers;
  f_.quote_sentence_ = index_;
  f_.quote_open_ = !closes_here;
}

// A Han quotation opened after a comma in a sentence whose subject, named before it, says it with no
// verb of its own ("監督金卿文依然展現風度,「……」", "陳子威賽後感謝領隊,「……」"): the quotation is
// that person's, one claim per sentence of it. A tag after it (「……」他說) takes it over, as it does a
// quotation paragraph taken for the last speaker going on.
void SentenceReader::HanQuotationAfterSubject(size_t claims_before) {
  if (f_.out_.claims.size() != claims_before) return;
  const std::string_view sentence = text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
  size_t open = std::string_view::npos;
  for (std::string_view comma_open : {"\xef\xbc\x8c\xe3\x80\x8c", ",\xe3\x80\x8c", "\xef\xbc\x8c\xe2\x80\x9c", ",\xe2\x80\x9c"}) {
    const size_t at = sentence.find(comma_open);
    if (at != std::string_view::npos && at < open) open = at + comma_open.size() - 3;
  }
  if (open == std::string_view::npos || open == 0) return;
  open += sentence_.begin;
  // Said by a verb before it ("他說,「……」"), the quotation is read there.
  for (size_t p = sentence_.begin; p < open; ++p) {
    if (HanReportingVerbAt(text_, p) != 0) return;
  }
  const bool corner = text_.substr(open, 3) == kOpenCorner;
  const size_t close = text_.find(corner ? kCloseCorner : kCloseDouble, open + 3);
  const size_t paragraph_end = std::min(text_.find('\n', open), text_.size());
  if (close == std::string_view::npos || close > paragraph_end) return;
  std::vector<Speaker> speakers;
  for (const ActorMention& m : sentence_mentions_) {
    if (m.span.end > open) break;
    if (const Speaker s = f_.SpeakerOf(m); s.kind == ActorKind::kPerson) {
      speakers = {s};
      break;
    }
  }
  if (speakers.empty() && f_.subject_anywhere_ && f_.subject_sentence_ == index_) speakers = f_.subject_speakers_;
  if (speakers.empty()) return;
  for (const ByteSpan& s : f_.sentences_) {
    if (s.end <= open + 3 || s.begin >= close) continue;
    const size_t begin = std::max(s.begin, open + 3);
    const size_t end = TrimEnd(begin, std::min(s.end, close), false);
    if (end > begin) Add(speakers, "\"", {begin, end}, s);
  }
}

// The headline (the text's first line): a Han speaker phrase before its colon, after a space or at
// the line's start, says what follows to the end of the line.
void SentenceReader::HanHeadline() {
  if (index_ != 0) return;
  const size_t line_end = std::min<size_t>(text_.find('\n'), sentence_.end);
  // "价潮蔓延 业内人士称 行业洗牌加速": a speaker and its verb set apart by spaces say the rest of the
  // line; "登陆粤西 气象台预计强降雨持续三天": a verb of saying or expecting needs no space after it.
  static constexpr std::string_view kSays[] = {"称", "稱", "说", "說", "表示", "预计", "預計", "认为", "認為", "警告", "指出"};
  for (size_t p = sentence_.begin; p < line_end; ++p) {
    const size_t verb = HanReportingVerbAt(text_, p);
    if (verb == 0 || p + verb >= line_end) continue;
    const bool spaced = text_[p + verb] == ' ';
    // (Unspaced, what is said follows at once: "…解释说,…" is a sentence the body's readers read.)
    const auto lead = static_cast<unsigned char>(text_[p + verb]);
    if (!spaced && (lead < 0xE4 || lead > 0xE9 || std::find(std::begin(kSays), std::end(kSays), text_.substr(p, verb)) == std::end(kSays))) {
      continue;
    }
    const size_t phrase = HanRunBegin(text_, sentence_.begin, p);
    if (phrase == p || (phrase > 0 && text_[phrase - 1] != ' ' && text_[phrase - 1] != '\n')) continue;
    auto found = HanSpeakerBefore(text_, phrase, p);
    const size_t begin = p + verb + (spaced ? 1 : 0);
    const size_t end = TrimEnd(begin, line_end, true);
    if (!found || found->pronoun || found->company || end <= begin) continue;
    Add({Named(text_, *found)}, std::string(text_.substr(p, verb)), {begin, end});
    return;
  }
  for (size_t p = sentence_.begin; p < line_end; ++p) {
    const bool ascii = text_[p] == ':';
    if (!ascii && text_.substr(p, 3) != "\xef\xbc\x9a") continue;  // ：
    const size_t phrase = HanRunBegin(text_, sentence_.begin, p);
    if (phrase == p || (phrase > 0 && text_[phrase - 1] != ' ' && text_[phrase - 1] != '\n') || p < 3 ||
        HanReportingVerbAt(text_, p - 3) != 0 || (p >= 6 && HanReportingVerbAt(text_, p - 6) == 6)) {
      return;  // no speaker phrase, or a verb's colon (說:), which HanDiscovered reads
    }
    auto found = HanSpeakerBefore(text_, phrase, p);
    if (!found || found->pronoun || found->company) return;
    // "立场新闻案:…", "停电事件:…", "新加坡大選:…", "新冠疫情:…": a case, an incident or an event the
    // headline is about (a news site's topic label), not who speaks.
    const std::string_view named = text_.substr(found->span.begin, found->span.end - found->span.begin);
    static constexpr std::string_view kTopics[] = {"案", "事件", "大选", "大選", "选举", "選舉", "疫情", "战争", "戰爭", "危机",
                                                   "危機", "冲突", "衝突", "奥运", "奧運", "峰会", "峰會", "公投", "风暴", "風暴"};
    if (std::any_of(std::begin(kTopics), std::end(kTopics), [&](std::string_view topic) { return EndsWith(named, topic); })) return;
    if (IsHanCreditLabel(named)) return;  // "更新時間:2020/2/8 …": the page's date line
    // "楊瓊瓔酸:…", "議員嗆:…": a headline's verb of one character before the colon is not the name.
    static constexpr std::string_view kHeadlineVerbs[] = {"酸", "嗆", "呛", "批", "轟", "轰", "喊", "籲", "吁", "嘆",
                                                          "叹", "曝", "揭", "怒", "讚", "赞", "斥", "憂", "忧", "坦"};
    const std::string_view last = found->span.end - found->span.begin >= 9 ? text_.substr(found->span.end - 3, 3) : std::string_view();
    if (std::find(std::begin(kHeadlineVerbs), std::end(kHeadlineVerbs), last) != std::end(kHeadlineVerbs)) found->span.end -= 3;
    const size_t begin = p + (ascii ? 1 : 3);
    const size_t end = TrimEnd(begin, line_end, true);
    if (end <= begin) return;
    Add({Named(text_, *found)}, "(colon)", {begin, end});
    return;
  }
}

}  // namespace dossier::extract
