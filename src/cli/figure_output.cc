#include "cli/figure_output.h"

#include "cli/story_output.h"

namespace dossier::cli {
void WriteFigureJson(JsonWriter& w, const FigureRef& ref) {
  w.BeginObject();
  const FiguresExtracted& extracted = ref.source->extracted;
  w.Key("source_id").String(extracted.source_id).Key("source_version").Uint(extracted.source_version);
  WriteFigureMembers(w, *ref.figure);
  w.EndObject();
}

std::string MarkedSentence(const std::string& sentence, const Figure& figure) {
  const uint64_t sentence_begin = figure.sentence.begin;
  if (figure.span.begin < sentence_begin || figure.span.end > sentence_begin + sentence.size()) return OneLine(sentence);
  const size_t begin = figure.span.begin - sentence_begin;
  const size_t end = figure.span.end - sentence_begin;
  std::string_view s(sentence);
  return OneLine(s.substr(0, begin)) + "⟦" + OneLine(s.substr(begin, end - begin)) + "⟧" + OneLine(s.substr(end));
}

}  // namespace dossier::cli
