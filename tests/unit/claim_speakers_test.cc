// Who the speaker is, with no gazetteer (issue 10): one test per class of speaker the extractor
// must find, name or refuse. Every text is made up.
#include <catch2/catch.hpp>

#include "dossier/claim.h"

using namespace dossier;

namespace {

using Found = std::vector<std::string>;

// Each claim as "[speaker]: span", read with no gazetteer.
Found Claims(std::string_view text, const ClaimSource& source = {}) {
  static const Gazetteer none = std::move(Gazetteer::Create({})).value();
  Found out;
  for (const Claim& c : ExtractClaims(text, none, source).claims) {
    out.push_back("[" + c.speaker.surface + "]: " + std::string(text.substr(c.span.begin, c.span.end - c.span.begin)));
  }
  return out;
}

}  // namespace

TEST_CASE("A Han quotation is the speaker's who stands after it, before a reporting verb", "[claims][speakers]") {
  // “……，”他说: the pronoun stands for the person last named.
  CHECK(Claims("华岳银行首席经济学家陈立华表示,降息是为了稳定需求。“利率下调对刚需是利好,”他说。") ==
        Found{"[陈立华]: 降息是为了稳定需求", "[陈立华]: 利率下调对刚需是利好"});
  // 「……，」 with a title before the name; Traditional script.
  CHECK(Claims("「這兩週是關鍵,病例還會再上升,」衛生局長許雅雯在記者會上說。") ==
        Found{"[許雅雯]: 這兩週是關鍵,病例還會再上升"});
  // The quotation closed by its own full stop, the attribution a sentence of its own.
  CHECK(Claims("“一线城市的成交量已经回升约一成。”张晓梅称。") == Found{"[张晓梅]: 一线城市的成交量已经回升约一成"});
  // A quotation of two sentences: one claim each.
  CHECK(Claims("“价格不会再降。我们已经到底了。”王海涛说。") ==
        Found{"[王海涛]: 价格不会再降", "[王海涛]: 我们已经到底了"});
  // Not after a quotation: a quoted term inside a sentence names no speaker.
  CHECK(Claims("所谓“保交楼”说的是完成在建住宅。").empty());
}

TEST_CASE("A name given once in another script is one speaker, named as the text's language writes it",
          "[claims][speakers]") {
  const Found found = Claims(
      "Vice Minister Li Jianguo (李建国) told reporters that the rules would cut waiting times. "
      "李建国说,这是双方互利的安排。");
  CHECK(found == Found{"[Li Jianguo]: the rules would cut waiting times", "[Li Jianguo]: 这是双方互利的安排"});
}
