// What kind of document a text is, where that decides who speaks: a press release's boilerplate
// ("About Calder Energy") names the organisations that issue it, whose "we" it is
// (tests/labels/claims/news/README.md: "a company statement's `we expect` … is the company").
#include "extract/claim_reader.h"
#include "extract/reporting_lexicon.h"

namespace dossier::extract {

const std::vector<Speaker>& ClaimFinder::Issuers() {
  if (issuers_) return *issuers_;
  issuers_.emplace();
  for (size_t at = 0; at < text_.size();) {
    size_t end = text_.find('\n', at);
    if (end == std::string_view::npos) end = text_.size();
    // "About Calder Energy" alone on its line: every word after "About" capitalised, at most six.
    if (text_.substr(at, 6) == "About ") {
      const std::vector<Token> tokens = Tokenize(text_, {at + 6, end});
      bool name = !tokens.empty() && tokens.size() <= 6;
      for (const Token& t : tokens) name &= IsCapitalized(text_, t) || Lower(text_, t) == "of" || Lower(text_, t) == "&";
      if (name && !IsCommonCapitalizedWord(Lower(text_, tokens.front()))) {
        const ByteSpan span{tokens.front().begin, tokens.back().end};
        issuers_->push_back({{"", std::string(text_.substr(span.begin, span.end - span.begin)), span}, ActorKind::kOrganization});
      }
    }
    at = end + 1;
  }
  return *issuers_;
}

}  // namespace dossier::extract
