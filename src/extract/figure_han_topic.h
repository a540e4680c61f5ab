// Whose number a figure in Chinese is, read from the topic of its clause. Chinese reporting states
// a number after a topic noun phrase and the number's verb: "前三季度国内生产总值1015200亿元，同比增长
// 4.8%", "海港队积58分", "第一产业增加值54800亿元，增长3.2%". The topic, less the period words that open
// it (前三季度, 9月份) and the measure that ends it (国内生产总值, 增加值, 用电量), names the owner; a
// clause with no topic of its own (",同比增长4.8%", "、88.01%") carries the one of the clause before
// it in its sentence. A national aggregate (国内生产总值, 全国城镇调查失业率, 社会消费品零售总额) is the
// country's the text reports on.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dossier/figure.h"

namespace dossier::extract {

// The owner the topic of the Han clause that states the figure at `figure` (in `sentence`) names,
// if the clause has a topic and it names one. `company_text` says the text is about companies it
// names (蓝驰汽车, 鴻峰科技): then only a national aggregate is read here, since a unit's figures
// (储能业务毛利率) are its company's and the company reader gives those.
std::optional<std::string> HanTopicSubject(std::string_view text, ByteSpan sentence, ByteSpan figure, bool company_text);

// "猪肉、鲜果、鸡蛋价格分别上涨12.3%、4.1%和2.6%": each figure after 分别 ("respectively") is the item
// of the list before it in the same place. The item's span (as written, 鸡蛋价格 with its measure)
// when the figure at `figure` is one of such a list and the two lists have as many members.
std::optional<ByteSpan> HanRespectiveItem(std::string_view text, ByteSpan sentence, ByteSpan figure);

// The country a Chinese text reports on, for its national figures: 台灣 when it writes of Taiwan's
// institutions or currency, else 中国 (中國 in a text in traditional characters).
std::string HanTextCountry(std::string_view text);

}  // namespace dossier::extract
