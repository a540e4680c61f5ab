#include "brief/line_writer.h"

#include <algorithm>

#include "brief/quoted_metadata.h"
#include "extract/figure_scanner.h"
#include "project/figure_quantity.h"

namespace dossier {
namespace {

bool Overlaps(const std::vector<FigureMark>& marks, uint64_t begin, uint64_t end) {
  return std::any_of(marks.begin(), marks.end(), [&](const FigureMark& m) { return m.begin < end && begin < m.end; });
}

bool IsWordByte(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `within` holds `span`.
bool Inside(ByteSpan span, ByteSpan within) { return within.begin <= span.begin && span.end <= within.end; }

void AddCitation(std::vector<int>* citations, int number) {
  if (number > 0 && std::find(citations->begin(), citations->end(), number) == citations->end()) {
    citations->push_back(number);
  }
}

}  // namespace

BriefLineWriter::BriefLineWriter(const std::vector<BriefSource>& sources, const FigureIndex& figures,
                                 const std::set<std::string>& retracted, const EventStore& store)
    : store_(store) {
  size_t figure_count = 0;
  for (const auto& [id, source] : figures.sources()) figure_count += source.extracted.figures.size();
  listed_.reserve(figure_count);
  by_id_.reserve(figure_count);
  for (const BriefSource& s : sources) {
    sources_[s.source_id] = &s;
    auto found = figures.sources().find(s.source_id);
    if (found == figures.sources().end() || found->second.extracted.source_version != s.version) continue;
    for (const ExtractedFigure& f : found->second.extracted.figures) {
      if (retracted.count(f.id) != 0) continue;
      listed_.push_back({&found->second, &f, s.number});
    }
  }
  std::unordered_map<std::string_view, std::string> unit_keys;  // UnitKey of each unit as written
  for (size_t i = 0; i < listed_.size(); ++i) {
    const Listed& l = listed_[i];
    const std::string& unit = l.figure->figure.unit;
    auto key = unit_keys.find(unit);
    if (key == unit_keys.end()) key = unit_keys.emplace(unit, UnitKey(unit)).first;
    by_source_[l.source->extracted.source_id].push_back(i);
    by_unit_[key->second].push_back(i);
    by_id_[l.figure->id] = i;
  }
  marked_.assign(listed_.size(), false);
}

std::optional<std::string> BriefLineWriter::Published(const std::string& source_id) const {
  auto found = sources_.find(source_id);
  return found == sources_.end() ? std::nullopt : found->second->published;
}

std::vector<FigureRef> BriefLineWriter::ListedFigures(const FigureIndex& index) const {
  std::vector<FigureRef> listed;
  for (const FigureRef& ref : index.Figures()) {
    if (Figure(ref.figure->id) == ref.figure) listed.push_back(ref);
  }
  return listed;
}

int BriefLineWriter::SourceNumber(std::string_view source_id) const {
  auto found = sources_.find(source_id);
  return found == sources_.end() ? 0 : found->second->number;
}

const ExtractedFigure* BriefLineWriter::Figure(std::string_view id) const {
  auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : listed_[found->second].figure;
}

const BriefLineWriter::Listed* BriefLineWriter::Match(const dossier::Figure& read,
                                                      const std::vector<CitedSpan>& cited) const {
  // The quantity has to agree, and what the line says it measures must not contradict what the
  // source's figure measures (briefing_check rejects such a mark).
  dossier::Figure number = read;
  number.metric.reset();
  auto same = [&](size_t i) {
    return SameQuantity(number, listed_[i].figure->figure) && !ContradictsMeaning(read, listed_[i].figure->figure);
  };
  for (const CitedSpan& c : cited) {
    auto source = by_source_.find(c.source_id);
    if (!c.found || source == by_source_.end()) continue;
    for (size_t i : source->second) {
      if (listed_[i].source->extracted.source_version == c.version && Inside(listed_[i].figure->figure.span, c.span) &&
          same(i)) {
        return &listed_[i];
      }
    }
  }
  for (const CitedSpan& c : cited) {
    auto source = by_source_.find(c.source_id);
    if (!c.found || source == by_source_.end()) continue;
    for (size_t i : source->second) {
      if (same(i)) return &listed_[i];
    }
  }
  auto unit = by_unit_.find(UnitKey(read.unit));
  if (unit == by_unit_.end()) return nullptr;
  for (size_t i : unit->second) {
    if (same(i)) return &listed_[i];
  }
  return nullptr;
}

bool BriefLineWriter::Backed(std::string_view text, const std::vector<CitedSpan>& cited) const {
  const std::vector<dossier::Figure> read = extract::ScanFigures(text);
  return std::all_of(read.begin(), read.end(), [&](const dossier::Figure& f) { return Match(f, cited) != nullptr; });
}

std::optional<BriefText> BriefLineWriter::Line(std::string text, const std::vector<CitedSpan>& cited,
                                               const char* origin, std::vector<FigureMark> marks) {
  BriefText line;
  bool all_listed = true;
  std::vector<const BriefSource*> cited_sources;
  for (const CitedSpan& c : cited) {
    auto source = c.found ? sources_.find(c.source_id) : sources_.end();
    all_listed = all_listed && source != sources_.end();
    if (source == sources_.end()) continue;
    AddCitation(&line.citations, source->second->number);
    cited_sources.push_back(source->second);
  }
  if (line.citations.empty()) return std::nullopt;

  bool all_marked = true;
  const QuotedMetadata metadata(text, cited_sources);
  // The scanner finds the numbers ExtractFigures does (which only adds their context).
  for (const dossier::Figure& read : extract::ScanFigures(text)) {
    if (Overlaps(marks, read.span.begin, read.span.end) || metadata.Holds(read.span.begin)) continue;
    if (const Listed* match = Match(read, cited)) {
      marks.push_back({read.span.begin, read.span.end, match->figure->id});
    } else {
      all_marked = false;
    }
  }
  // A line that rests partly on sources the briefing leaves out (by --as-of or --known-at) is left
  // out too when it states a number only those sources back. (A line whose sources are all listed
  // stays, so that `brief check` names the number nothing backs.)
  if (!all_listed && !all_marked) return std::nullopt;
  // Figures of the cited spans written word for word, which the extractor may read otherwise
  // out of their context; not inside a quoted title or outlet, which is the source's metadata (a
  // headline's "10 per cent" is no figure of the text's, whose subject may differ).
  for (const CitedSpan& c : cited) {
    auto source = by_source_.find(c.source_id);
    if (!c.found || source == by_source_.end()) continue;
    for (size_t i : source->second) {
      const ExtractedFigure& f = *listed_[i].figure;
      if (listed_[i].source->extracted.source_version != c.version || !Inside(f.figure.span, c.span)) continue;
      const std::string& surface = f.figure.surface;
      for (size_t at = text.find(surface); !surface.empty() && at != std::string::npos; at = text.find(surface, at + 1)) {
        const size_t end = at + surface.size();
        const bool whole = (at == 0 || !IsWordByte(text[at - 1])) && (end == text.size() || !IsWordByte(text[end]));
        if (whole && !Overlaps(marks, at, end) && !metadata.Holds(at)) {
          marks.push_back({at, end, f.id});
          break;
        }
      }
    }
  }
  std::sort(marks.begin(), marks.end(), [](const FigureMark& a, const FigureMark& b) { return a.begin < b.begin; });
  for (const FigureMark& m : marks) {
    auto found = by_id_.find(m.figure_id);
    if (found == by_id_.end()) continue;
    marked_[found->second] = true;
    AddCitation(&line.citations, listed_[found->second].number);
  }
  line.text = std::move(text);
  line.figures = std::move(marks);
  line.origin = origin;
  return line;
}

Result<std::vector<BriefFigure>> BriefLineWriter::MarkedFigures() const {
  std::vector<BriefFigure> out;
  out.reserve(std::count(marked_.begin(), marked_.end(), true));
  std::string text_sha256, text;  // the text last read: listed_ holds each source's figures together
  for (size_t i = 0; i < listed_.size(); ++i) {
    if (!marked_[i]) continue;
    const Listed& l = listed_[i];
    const FiguresExtracted& extracted = l.source->extracted;
    if (extracted.text_sha256 != text_sha256) {
      DOSSIER_ASSIGN_OR_RETURN(text, store_.GetBlob(extracted.text_sha256));
      text_sha256 = extracted.text_sha256;
    }
    const dossier::Figure& f = l.figure->figure;
    BriefFigure b;
    b.id = l.figure->id;
    b.source_id = extracted.source_id;
    b.source_version = extracted.source_version;
    b.source_number = l.number;
    b.begin = f.span.begin;
    b.end = f.span.end;
    b.surface = f.surface;
    b.kind = ToString(f.kind);
    b.value = f.value;
    b.value_high = f.value_high;
    b.unit = f.unit;
    b.per = f.per;
    b.approx = ToString(f.approx);
    b.metric = f.metric;
    if (f.sentence.begin <= f.sentence.end && f.sentence.end <= text.size()) {
      b.sentence = text.substr(f.sentence.begin, f.sentence.end - f.sentence.begin);
    }
    out.push_back(std::move(b));
  }
  std::sort(out.begin(), out.end(), [](const BriefFigure& a, const BriefFigure& b) { return a.id < b.id; });
  return out;
}

}  // namespace dossier
