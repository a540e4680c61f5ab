#include "extract/lexicon.h"

#include <algorithm>
#include <array>

#include "extract/text_bytes.h"
#include "extract/word_set.h"

namespace dossier::extract {
namespace {

struct UnitEntry {
  std::string_view text;  // all lowercase: matched ignoring ASCII case; else matched exactly
  std::string_view unit;
  UnitFamily family;
  double factor = 1;
  std::string_view per = {};
};

using F = UnitFamily;

// Longer entries before their prefixes ("GWh" before "GW", "percentage points" before "percent").
constexpr UnitEntry kUnits[] = {
    {"%", "percent", F::kPercent},
    {"\xef\xbc\x85", "percent", F::kPercent},  // ％, the full-width sign of Chinese and Japanese text
    {"percentage points", "percentage points", F::kPercentagePoints},
    {"percentage point", "percentage points", F::kPercentagePoints},
    {"percentage-point", "percentage points", F::kPercentagePoints},  // "a 2 percentage-point drop"
    {"percent", "percent", F::kPercent},
    {"per cent", "percent", F::kPercent},
    {"pc", "percent", F::kPercent},  // "5.25pc", as British papers write it
    {"Prozentpunkte", "percentage points", F::kPercentagePoints},
    {"Prozentpunkten", "percentage points", F::kPercentagePoints},
    {"Prozent", "percent", F::kPercent},
    {"pct", "percent", F::kPercent},
    {"basis points", "basis points", F::kPercentagePoints},
    {"basis point", "basis points", F::kPercentagePoints},
    {"basis-point", "basis points", F::kPercentagePoints},  // "75 basis-point hikes"
    {"ppts", "percentage points", F::kPercentagePoints},  // "-2.3 ppts", as traffic reports write them
    {"ppt", "percentage points", F::kPercentagePoints},
    {"pp", "percentage points", F::kPercentagePoints},  // "0.3pp", "by 0.2 pp", as economists abbreviate
    {"bps", "basis points", F::kPercentagePoints},
    {"bp", "basis points", F::kPercentagePoints},
    {"\xe4\xb8\xaa\xe7\x99\xbe\xe5\x88\x86\xe7\x82\xb9", "percentage points", F::kPercentagePoints},  // 个百分点
    {"\xe5\x80\x8b\xe7\x99\xbe\xe5\x88\x86\xe9\xbb\x9e", "percentage points", F::kPercentagePoints},  // 個百分點
    {"\xe7\x99\xbe\xe5\x88\x86\xe7\x82\xb9", "percentage points", F::kPercentagePoints},              // 百分点
    {"\xe7\x99\xbe\xe5\x88\x86\xe9\xbb\x9e", "percentage points", F::kPercentagePoints},              // 百分點
    {"\xe6\x88\x90", "percent", F::kPercent, 10},                                                    // 成: tenths
    {"times", "times", F::kTimes},
    {"fold", "times", F::kTimes},  // "rose three fold", as "three-fold" does
    {"cents", "USD", F::kCurrency, 0.01},
    {"cent", "USD", F::kCurrency, 0.01},
    {"\xc2\xa2", "USD", F::kCurrency, 0.01},  // ¢ after the number: "10.77¢"
    {"ct", "EUR", F::kCurrency, 0.01},
    {"pence", "GBP", F::kCurrency, 0.01},
    {"\xe2\x82\xac", "EUR", F::kCurrency},  // € after the number, as Europe writes it
    {"\xc2\xa3", "GBP", F::kCurrency},
    // A currency named with its country, as wire services write it ("1.45 billion U.S. dollars").
    {"u.s. dollars", "USD", F::kCurrency},
    {"u.s. dollar", "USD", F::kCurrency},
    {"us dollars", "USD", F::kCurrency},
    {"us dollar", "USD", F::kCurrency},
    {"australian dollars", "AUD", F::kCurrency},
    {"canadian dollars", "CAD", F::kCurrency},
    {"hong kong dollars", "HKD", F::kCurrency},
    {"singapore dollars", "SGD", F::kCurrency},
    {"new zealand dollars", "NZD", F::kCurrency},
    {"new taiwan dollars", "TWD", F::kCurrency},
    {"taiwan dollars", "TWD", F::kCurrency},
    {"chinese yuan", "CNY", F::kCurrency},
    {"japanese yen", "JPY", F::kCurrency},
    {"indian rupees", "INR", F::kCurrency},
    {"british pounds", "GBP", F::kCurrency},
    {"south korean won", "KRW", F::kCurrency},
    {"dollars", "USD", F::kCurrency},
    {"dollar", "USD", F::kCurrency},
    {"euros", "EUR", F::kCurrency},
    {"euro", "EUR", F::kCurrency},
    {"yuan", "CNY", F::kCurrency},
    {"renminbi", "CNY", F::kCurrency},
    {"yen", "JPY", F::kCurrency},
    {"Swiss francs", "CHF", F::kCurrency},
    {"francs", "CHF", F::kCurrency},
    {"rupees", "INR", F::kCurrency},
    {"kronor", "SEK", F::kCurrency},
    // The currencies of the world's business press, named after the amount ("5,000 naira"); "won"
    // and "pounds" only after a scale word (MatchCurrencyAfterScale), as alone they are other words.
    {"naira", "NGN", F::kCurrency},
    {"ringgit", "MYR", F::kCurrency},
    {"baht", "THB", F::kCurrency},
    {"rupiah", "IDR", F::kCurrency},
    {"roubles", "RUB", F::kCurrency},
    {"rubles", "RUB", F::kCurrency},
    {"shekels", "ILS", F::kCurrency},
    {"pounds sterling", "GBP", F::kCurrency},
    {"riyals", "SAR", F::kCurrency},
    {"dirhams", "AED", F::kCurrency},
    {"USD", "USD", F::kCurrency},
    {"EUR", "EUR", F::kCurrency},
    {"GBP", "GBP", F::kCurrency},
    {"JPY", "JPY", F::kCurrency},
    {"CNY", "CNY", F::kCurrency},
    {"\xe5\x85\x83\xe4\xba\xba\xe6\xb0\x91\xe5\xb8\x81", "CNY", F::kCurrency},  // 元人民币
    {"\xe5\x85\x83\xe4\xba\xba\xe6\xb0\x91\xe5\xb9\xa3", "CNY", F::kCurrency},  // 元人民幣
    {"\xe7\xbe\x8e\xe5\x85\x83", "USD", F::kCurrency},                  // 美元
    {"\xe7\xbe\x8e\xe9\x87\x91", "USD", F::kCurrency},                  // 美金
    {"\xe4\xba\xba\xe6\xb0\x91\xe5\xb8\x81", "CNY", F::kCurrency},      // 人民币
    {"\xe4\xba\xba\xe6\xb0\x91\xe5\xb9\xa3", "CNY", F::kCurrency},      // 人民幣
    {"\xe6\xac\xa7\xe5\x85\x83", "EUR", F::kCurrency},                  // 欧元
    {"\xe6\xad\x90\xe5\x85\x83", "EUR", F::kCurrency},                  // 歐元
    {"\xe6\x97\xa5\xe5\x85\x83", "JPY", F::kCurrency},                  // 日元
    {"\xe8\x8b\xb1\xe9\x95\x91", "GBP", F::kCurrency},                  // 英镑
    {"\xe8\x8b\xb1\xe9\x8e\x8a", "GBP", F::kCurrency},                  // 英鎊
    {"\xe6\xb8\xaf\xe5\x85\x83", "HKD", F::kCurrency},                  // 港元
    {"\xe6\xb8\xaf\xe5\xb8\x81", "HKD", F::kCurrency},                  // 港币
    {"\xe6\xb8\xaf\xe5\xb9\xa3", "HKD", F::kCurrency},                  // 港幣
    // Hong Kong, Singapore and Malaysian papers: 6,500萬鎊 (pounds), 新元, 令吉; and the region's others.
    {"\xe9\x8e\x8a", "GBP", F::kCurrency},                              // 鎊
    {"\xe9\x95\x91", "GBP", F::kCurrency},                              // 镑
    {"\xe6\x96\xb0\xe5\x85\x83", "SGD", F::kCurrency},                  // 新元
    {"\xe6\x96\xb0\xe5\xb9\xa3", "SGD", F::kCurrency},                  // 新幣
    {"\xe6\x96\xb0\xe5\xb8\x81", "SGD", F::kCurrency},                  // 新币
    {"\xe4\xbb\xa4\xe5\x90\x89", "MYR", F::kCurrency},                  // 令吉
    {"\xe6\xbe\xb3\xe5\x85\x83", "AUD", F::kCurrency},                  // 澳元
    {"\xe5\x8a\xa0\xe5\x85\x83", "CAD", F::kCurrency},                  // 加元
    {"\xe9\x9f\x93\xe5\x85\x83", "KRW", F::kCurrency},                  // 韓元
    {"\xe9\x9f\xa9\xe5\x85\x83", "KRW", F::kCurrency},                  // 韩元
    {"\xe6\xb3\xb0\xe9\x8a\x96", "THB", F::kCurrency},                  // 泰銖
    {"\xe6\xb3\xb0\xe9\x93\xa2", "THB", F::kCurrency},                  // 泰铢
    {"\xe5\x85\x83", kYuanOfText, F::kCurrency},                        // 元
    {"years", "years", F::kDuration},
    {"year", "years", F::kDuration},
    {"yrs", "years", F::kDuration},
    {"months", "months", F::kDuration},
    {"month", "months", F::kDuration},
    {"weeks", "weeks", F::kDuration},
    {"week", "weeks", F::kDuration},
    {"days", "days", F::kDuration},
    {"day", "days", F::kDuration},
    {"hours", "hours", F::kDuration},
    {"hour", "hours", F::kDuration},
    {"hrs", "hours", F::kDuration},
    {"minutes", "minutes", F::kDuration},
    {"minute", "minutes", F::kDuration},
    {"mins", "minutes", F::kDuration},
    {"min", "minutes", F::kDuration},
    {"seconds", "seconds", F::kDuration},
    {"second", "seconds", F::kDuration},
    {"decades", "decades", F::kDuration},
    {"decade", "decades", F::kDuration},
    {"\xe6\xaf\xab\xe7\xa7\x92", "milliseconds", F::kDuration},          // 毫秒
    {"\xe5\xb9\xb4", "years", F::kDuration},                            // 年
    {"\xe5\x88\x86\xe9\x90\x98", "minutes", F::kDuration},               // 分鐘
    {"\xe5\x88\x86\xe9\x92\x9f", "minutes", F::kDuration},               // 分钟
    {"\xe5\xb0\x8f\xe6\x99\x82", "hours", F::kDuration},                 // 小時
    {"\xe5\xb0\x8f\xe6\x97\xb6", "hours", F::kDuration},                 // 小时
    {"\xe5\x80\x8d", "times", F::kTimes},                                  // 倍
    {"milliseconds", "milliseconds", F::kDuration},
    {"ms", "milliseconds", F::kDuration},
    {"\xe4\xb8\xaa\xe5\xb0\x8f\xe6\x97\xb6", "hours", F::kDuration},   // 个小时
    {"\xe5\x80\x8b\xe5\xb0\x8f\xe6\x99\x82", "hours", F::kDuration},   // 個小時
    {"\xe5\xa4\xa9", "days", F::kDuration},                            // 天 (连续5天: never a date, which is 日)
    {"\xe4\xb8\xaa\xe6\x9c\x88", "months", F::kDuration},               // 个月
    {"\xe5\x80\x8b\xe6\x9c\x88", "months", F::kDuration},               // 個月
    {"\xe5\x85\x86\xe7\x93\xa6\xe6\x97\xb6", "MWh", F::kPhysical},    // 兆瓦时
    {"\xe5\x85\x86\xe7\x93\xa6\xe6\x99\x82", "MWh", F::kPhysical},    // 兆瓦時
    {"\xe5\xa4\xaa\xe7\x93\xa6\xe6\x97\xb6", "TWh", F::kPhysical},    // 太瓦时
    {"\xe5\xa4\xaa\xe7\x93\xa6\xe6\x99\x82", "TWh", F::kPhysical},    // 太瓦時
    {"\xe5\x8d\x83\xe7\x93\xa6\xe6\x97\xb6", "kWh", F::kPhysical},    // 千瓦时
    {"\xe5\x8d\x83\xe7\x93\xa6\xe6\x99\x82", "kWh", F::kPhysical},    // 千瓦時
    {"\xe5\xba\xa6", "kWh", F::kPhysical},                              // 度 (of electricity)
    {"\xe5\x85\xac\xe9\x87\x8c", "km", F::kPhysical},                  // 公里
    {"\xe5\x8d\x83\xe7\xb1\xb3", "km", F::kPhysical},                  // 千米 (the mainland's kilometre: 震中距县城约20千米)
    {"\xe5\x85\xac\xe9\xa1\xb7", "ha", F::kPhysical},                  // 公顷 (farmland flooded, forest burned)
    {"\xe5\x85\xac\xe9\xa0\x83", "ha", F::kPhysical},                  // 公頃
    // Areas and weights as property, farming and disaster reports give them: 商品房销售面积64987万平方米,
    // 受灾面积12平方公里, 亩产367.7公斤, 夏粮产量2948亿斤 (斤, half a kilogram), 播种面积13亿亩.
    {"平方公里", "km2", F::kPhysical},
    {"平方千米", "km2", F::kPhysical},
    {"平方米", "m2", F::kPhysical},
    {"平方公尺", "m2", F::kPhysical},  // Taiwan's square metre
    {"公斤", "kg", F::kPhysical},
    {"千克", "kg", F::kPhysical},
    {"斤", "jin", F::kPhysical},
    {"亩", "mu", F::kPhysical},
    {"畝", "mu", F::kPhysical},
    {"\xe6\xaf\xab\xe7\xb1\xb3", "mm", F::kPhysical},                  // 毫米 (of rain)
    {"\xe7\xab\x8b\xe6\x96\xb9\xe7\xb1\xb3", "m3", F::kPhysical},       // 立方米 (天然气产量1329亿立方米)
    {"\xe7\xab\x8b\xe6\x96\xb9\xe8\x8b\xb1\xe5\xb0\xba", "cu ft", F::kPhysical},  // 立方英尺
    {"\xe5\x90\xa8", "t", F::kPhysical},                                // 吨
    {"\xe5\x99\xb8", "t", F::kPhysical},                                // 噸
    {"\xe5\x90\x89\xe7\x93\xa6\xe6\x97\xb6", "GWh", F::kPhysical},    // 吉瓦时
    {"\xe5\x90\x89\xe7\x93\xa6\xe6\x99\x82", "GWh", F::kPhysical},    // 吉瓦時
    {"\xe5\x90\x89\xe7\x93\xa6", "GW", F::kPhysical},                  // 吉瓦
    {"\xe5\x85\x86\xe7\x93\xa6", "MW", F::kPhysical},                  // 兆瓦
    {"\xe5\x8d\x83\xe7\x93\xa6", "kW", F::kPhysical},                  // 千瓦
    {"\xe7\x93\xa9", "kW", F::kPhysical},                              // 瓩 (Taiwan's kilowatt in one character: 3600萬瓩)
    {"GWh", "GWh", F::kPhysical},
    {"MWh", "MWh", F::kPhysical},
    {"kWh", "kWh", F::kPhysical},
    {"TWh", "TWh", F::kPhysical},
    {"GW", "GW", F::kPhysical},
    {"MW", "MW", F::kPhysical},
    {"kW", "kW", F::kPhysical},
    {"TW", "TW", F::kPhysical},
    {"W", "W", F::kPhysical},
    {"terawatt-hours", "TWh", F::kPhysical},
    {"terawatt-hour", "TWh", F::kPhysical},
    {"terawatt hours", "TWh", F::kPhysical},
    {"terawatt hour", "TWh", F::kPhysical},
    {"gigawatt-hours", "GWh", F::kPhysical},
    {"gigawatt-hour", "GWh", F::kPhysical},
    {"gigawatt hours", "GWh", F::kPhysical},
    {"gigawatt hour", "GWh", F::kPhysical},
    {"megawatt-hours", "MWh", F::kPhysical},
    {"megawatt-hour", "MWh", F::kPhysical},
    {"megawatt hours", "MWh", F::kPhysical},
    {"megawatt hour", "MWh", F::kPhysical},
    {"kilowatt-hours", "kWh", F::kPhysical},
    {"kilowatt-hour", "kWh", F::kPhysical},
    {"kilowatt hours", "kWh", F::kPhysical},
    {"kilowatt hour", "kWh", F::kPhysical},  // "12.3 cents per kilowatt hour"
    {"terawatts", "TW", F::kPhysical},
    {"terawatt", "TW", F::kPhysical},
    {"gigawatts", "GW", F::kPhysical},
    {"gigawatt", "GW", F::kPhysical},
    {"megawatts", "MW", F::kPhysical},
    {"megawatt", "MW", F::kPhysical},
    {"kilowatts", "kW", F::kPhysical},
    {"kilowatt", "kW", F::kPhysical},
    {"watts", "W", F::kPhysical},
    {"watt", "W", F::kPhysical},
    {"TB/s", "TB/s", F::kPhysical},
    {"GB/s", "GB/s", F::kPhysical},
    {"MB/s", "MB/s", F::kPhysical},
    {"Gb/s", "Gb/s", F::kPhysical},
    {"Gbps", "Gb/s", F::kPhysical},
    {"PB", "PB", F::kPhysical},
    {"TB", "TB", F::kPhysical},
    {"GB", "GB", F::kPhysical},
    {"MB", "MB", F::kPhysical},
    {"petabytes", "PB", F::kPhysical},
    {"terabytes", "TB", F::kPhysical},
    {"gigabytes", "GB", F::kPhysical},
    {"megabytes", "MB", F::kPhysical},
    {"nanometres", "nm", F::kPhysical},
    {"nanometre", "nm", F::kPhysical},
    {"nanometers", "nm", F::kPhysical},
    {"nanometer", "nm", F::kPhysical},
    {"nm", "nm", F::kPhysical},
    {"metric tons", "t", F::kPhysical},
    {"metric tonnes", "t", F::kPhysical},
    // Rain, snow and small lengths: "120mm in 24 hours", "30 centimetres of snow".
    {"millimetres", "mm", F::kPhysical},
    {"millimeters", "mm", F::kPhysical},
    {"mm", "mm", F::kPhysical},
    {"centimetres", "cm", F::kPhysical},
    {"centimeters", "cm", F::kPhysical},
    {"cm", "cm", F::kPhysical},
    // Gas and its heat, as energy markets price them: "64 billion cubic feet", "per million British thermal units".
    {"cubic feet", "cu ft", F::kPhysical},
    {"cubic metres", "m3", F::kPhysical},
    {"cubic meters", "m3", F::kPhysical},
    {"british thermal units", "Btu", F::kPhysical},
    // Areas, as property, farming and disaster reports give them: "2,000 square feet", "300 hectares".
    {"square metres", "m2", F::kPhysical},
    {"square meters", "m2", F::kPhysical},
    {"square feet", "sq ft", F::kPhysical},
    {"square kilometres", "km2", F::kPhysical},
    {"square kilometers", "km2", F::kPhysical},
    {"square miles", "sq mi", F::kPhysical},
    {"hectares", "ha", F::kPhysical},
    {"MMBtu", "MMBtu", F::kPhysical},
    {"tonnes", "t", F::kPhysical},
    {"tonne", "t", F::kPhysical},
    {"tons", "t", F::kPhysical},
    {"ton", "t", F::kPhysical},
    // The symbols of commodity and energy reports. Barrels a day however written are a rate in
    // barrels per day, as "barrels a day" is ("850,000 b/d", "1.2 million bpd", "1.2 mb/d"); the
    // symbols that hold a scale are units as written ("706 Mt", "21 MMT", "7.5 mtpa", "42 mcm/d",
    // "15.5 bcm"), as "GW" is.
    {"bpd", "barrels", F::kPhysical, 1, "day"},
    {"b/d", "barrels", F::kPhysical, 1, "day"},
    {"bbl/d", "barrels", F::kPhysical, 1, "day"},
    {"mb/d", "barrels", F::kPhysical, 1e6, "day"},
    {"mbpd", "barrels", F::kPhysical, 1e6, "day"},
    {"kb/d", "barrels", F::kPhysical, 1e3, "day"},
    {"boe/d", "boe", F::kPhysical, 1, "day"},
    {"boepd", "boe", F::kPhysical, 1, "day"},
    {"mtpa", "mtpa", F::kPhysical},
    {"Mt", "Mt", F::kPhysical},
    {"mmt", "mmt", F::kPhysical},
    {"kt", "kt", F::kPhysical},
    {"mcm/d", "mcm/d", F::kPhysical},
    {"bcm", "bcm", F::kPhysical},
    {"mmcf/d", "mmcf/d", F::kPhysical},
    {"mmscfd", "mmscfd", F::kPhysical},
    {"bcf/d", "bcf/d", F::kPhysical},
    {"bcf", "bcf", F::kPhysical},
    {"tcf", "tcf", F::kPhysical},
    {"Mha", "Mha", F::kPhysical},
    {"ha", "ha", F::kPhysical},
    // Temperatures: "40C", "104F", "40.2°C", "38.7 Celsius", "a high of 38 degrees".
    {"\xc2\xb0" "C", "\xc2\xb0" "C", F::kPhysical},  // °C
    {"\xc2\xb0" "F", "\xc2\xb0" "F", F::kPhysical},  // °F
    {"\xc2\xba" "C", "\xc2\xb0" "C", F::kPhysical},  // ºC, the ordinal sign pages type for the degree
    {"\xc2\xba" "F", "\xc2\xb0" "F", F::kPhysical},
    {"\xc2\xb0", "degrees", F::kPhysical},  // °
    {"degrees Celsius", "\xc2\xb0" "C", F::kPhysical},
    {"degrees Fahrenheit", "\xc2\xb0" "F", F::kPhysical},
    {"degrees C", "\xc2\xb0" "C", F::kPhysical},
    {"degrees F", "\xc2\xb0" "F", F::kPhysical},
    {"degrees", "degrees", F::kPhysical},
    {"Celsius", "\xc2\xb0" "C", F::kPhysical},
    {"Fahrenheit", "\xc2\xb0" "F", F::kPhysical},
    // 38℃, 40摄氏度, 攝氏35度: Chinese weather and health pages.
    {"\xe2\x84\x83", "\xc2\xb0" "C", F::kPhysical},                                  // ℃
    {"\xe6\x91\x84\xe6\xb0\x8f\xe5\xba\xa6", "\xc2\xb0" "C", F::kPhysical},    // 摄氏度
    {"\xe6\x94\x9d\xe6\xb0\x8f\xe5\xba\xa6", "\xc2\xb0" "C", F::kPhysical},    // 攝氏度
    {"C", "\xc2\xb0" "C", F::kPhysical},  // not before "-" or "/": "C-suite" (MatchUnit)
    {"F", "\xc2\xb0" "F", F::kPhysical},  // "F-35"
    {"km/h", "km/h", F::kPhysical},
    {"mph", "mph", F::kPhysical},
    {"km", "km", F::kPhysical},
    // Lengths, speeds, areas, volumes and weights of news on weather, transport, disasters and
    // farming are quantities in their usual symbols, as a kilometre is: "405 miles southwest of",
    // "surges of 10 to 15 feet", "33 miles per hour", "winds of 90 knots", "82.5 million acres",
    // "4.27 billion bushels", "20 litres". (Yards stay a count: sport counts them. "Pounds" is the
    // currency's word first.)
    {"miles per hour", "mph", F::kPhysical},
    {"kilometres per hour", "km/h", F::kPhysical},
    {"kilometers per hour", "km/h", F::kPhysical},
    {"knots", "kn", F::kPhysical},
    {"miles", "mi", F::kPhysical},
    {"mile", "mi", F::kPhysical},
    {"kilometres", "km", F::kPhysical},
    {"kilometers", "km", F::kPhysical},
    {"kilometre", "km", F::kPhysical},
    {"kilometer", "km", F::kPhysical},
    {"metres", "m", F::kPhysical},
    {"meters", "m", F::kPhysical},
    {"metre", "m", F::kPhysical},
    {"meter", "m", F::kPhysical},
    {"feet", "ft", F::kPhysical},
    {"foot", "ft", F::kPhysical},
    {"ft", "ft", F::kPhysical},
    {"inches", "in", F::kPhysical},
    {"inch", "in", F::kPhysical},
    {"acres", "ac", F::kPhysical},
    {"acre", "ac", F::kPhysical},
    {"gallons", "gal", F::kPhysical},
    {"gallon", "gal", F::kPhysical},
    {"litres", "L", F::kPhysical},
    {"liters", "L", F::kPhysical},
    {"litre", "L", F::kPhysical},
    {"liter", "L", F::kPhysical},
    {"bushels", "bu", F::kPhysical},
    {"bushel", "bu", F::kPhysical},
    {"kilograms", "kg", F::kPhysical},
    {"kilogram", "kg", F::kPhysical},
    {"kg", "kg", F::kPhysical},
    {"millibars", "mb", F::kPhysical},
    {"hPa", "hPa", F::kPhysical},
    {"GHz", "GHz", F::kPhysical},
    {"MHz", "MHz", F::kPhysical},
    {"EFLOPS", "EFLOPS", F::kPhysical},
    {"PFLOPS", "PFLOPS", F::kPhysical},
    {"TFLOPS", "TFLOPS", F::kPhysical},
    {"FLOPs", "FLOPs", F::kPhysical},
    {"FLOPS", "FLOPS", F::kPhysical},
};

// The words a hyphenated adjective may end in ("300-watt"), and their units.
constexpr UnitEntry kAdjectiveUnits[] = {
    {"watt", "W", F::kPhysical},         {"kilowatt", "kW", F::kPhysical},
    {"megawatt", "MW", F::kPhysical},    {"gigawatt", "GW", F::kPhysical},
    {"nanometre", "nm", F::kPhysical},   {"nanometer", "nm", F::kPhysical},
    {"year", "years", F::kDuration},     {"month", "months", F::kDuration},
    {"week", "weeks", F::kDuration},     {"day", "days", F::kDuration},
    {"hour", "hours", F::kDuration},     {"minute", "minutes", F::kDuration},
    {"second", "seconds", F::kDuration}, {"decade", "decades", F::kDuration},
    {"percent", "percent", F::kPercent}, {"fold", "times", F::kTimes},
    {"mph", "mph", F::kPhysical},        {"mile", "mi", F::kPhysical},
    {"foot", "ft", F::kPhysical},        {"metre", "m", F::kPhysical},
    {"meter", "m", F::kPhysical},        {"kilometre", "km", F::kPhysical},
    {"kilometer", "km", F::kPhysical},   {"inch", "in", F::kPhysical},
    {"acre", "ac", F::kPhysical},        {"gallon", "gal", F::kPhysical},
};

bool IsLowercaseEntry(std::string_view s) {
  return std::none_of(s.begin(), s.end(), IsUpper);
}

// A unit ends where a word would: before anything but an ASCII letter. Symbols that end in a
// non-letter ("%", "GB/s") and CJK units need no boundary.
bool EndsWord(std::string_view t, size_t end, std::string_view entry) {
  if (!IsAsciiLetter(entry.back())) return true;
  const char next = At(t, end);
  return !IsAsciiLetter(next) && !IsDigit(next);
}

struct ScaleEntry {
  std::string_view text;
  double factor;
};

// With the German and French words an article quoted in English may keep ("1,2 Mrd. Euro").
// Longer words before their prefixes: "milliarden" before "milliard", "millions" before "million".
constexpr ScaleEntry kScaleWords[] = {
    {"thousand", 1e3},   {"millions", 1e6},  {"millionen", 1e6}, {"million", 1e6},  {"milliarden", 1e9},
    {"milliards", 1e9},  {"milliard", 1e9},  {"billion", 1e9},   {"trillion", 1e12}, {"mn", 1e6},
    {"bn", 1e9},         {"tn", 1e12},       {"mrd", 1e9},       {"mio", 1e6},      {"tsd", 1e3},
    // Wire and market-data abbreviations: "3.1 bln euros", "5 mln dollars", "$686.2 Mil".
    {"mln", 1e6},        {"bln", 1e9},       {"trln", 1e12},
    // Indian English: a lakh is a hundred thousand, a crore ten million ("Rs 12,380 crore").
    {"crores", 1e7},     {"crore", 1e7},     {"cr", 1e7},        {"lakhs", 1e5},    {"lakh", 1e5},
};

constexpr ScaleEntry kScaleSuffixes[] = {
    {"bn", 1e9}, {"Bn", 1e9}, {"mn", 1e6}, {"tn", 1e12}, {"k", 1e3}, {"K", 1e3},
    {"m", 1e6},  {"M", 1e6},  {"b", 1e9},  {"B", 1e9},   {"t", 1e12}, {"T", 1e12},
};

constexpr ScaleEntry kChineseScales[] = {
    {"\xe5\x8d\x83\xe4\xba\xbf", 1e11}, {"\xe5\x8d\x83\xe5\x84\x84", 1e11},  // 千亿 千億
    {"\xe7\x99\xbe\xe4\xba\xbf", 1e10}, {"\xe7\x99\xbe\xe5\x84\x84", 1e10},  // 百亿 百億
    {"\xe5\x8d\x81\xe4\xba\xbf", 1e9},  {"\xe5\x8d\x81\xe5\x84\x84", 1e9},   // 十亿 十億
    {"\xe4\xb8\x87\xe4\xba\xbf", 1e12}, {"\xe8\x90\xac\xe5\x84\x84", 1e12},  // 万亿 萬億
    {"\xe5\x8d\x83\xe4\xb8\x87", 1e7},  {"\xe5\x8d\x83\xe8\x90\xac", 1e7},   // 千万 千萬
    {"\xe7\x99\xbe\xe4\xb8\x87", 1e6},  {"\xe7\x99\xbe\xe8\x90\xac", 1e6},   // 百万 百萬
    {"\xe4\xba\xbf", 1e8},              {"\xe5\x84\x84", 1e8},               // 亿 億
    {"\xe4\xb8\x87", 1e4},              {"\xe8\x90\xac", 1e4},               // 万 萬
    {"\xe5\x85\x86", 1e12},                                                  // 兆
};

constexpr std::string_view kNumberWords[] = {
    "eight",   "eighteen", "eighty",  "eleven",    "fifteen", "fifty",    "five",    "forty",
    "four",    "fourteen", "nine",    "nineteen",  "ninety",  "one",      "seven",   "seventeen",
    "seventy", "six",      "sixteen", "sixty",     "ten",     "thirteen", "thirty",  "three",
    "twelve",  "twenty",   "two",
};

constexpr std::string_view kFunctionWords[] = {
    "a",      "about",  "above",  "abroad", "across", "after",  "again",  "against", "ago",
    "ahead",  "all",    "almost", "alone",  "along",  "alongside", "already", "also",   "although",
    "altogether", "amid",   "amidst", "among",  "an",     "and",    "another", "any",    "apiece",
    "are",    "around", "as",     "at",     "back",   "be",     "because", "been",   "before",
    "behind", "being",  "below",  "beneath", "beside", "besides", "better", "between", "beyond",
    "both",   "but",    "by",     "can",    "cannot", "could",  "despite", "did",    "do",
    "does",   "down",   "during", "each",   "earlier", "either", "else",   "enough", "even",
    "ever",   "every",  "few",    "fewer",  "for",    "from",   "had",    "has",    "have",
    "he",     "her",    "here",   "higher", "him",    "his",    "how",    "however", "i",
    "if",     "in",     "inside", "instead", "into",   "is",     "it",     "its",    "just",
    "last",   "later",  "least",  "less",   "like",   "lower",  "many",   "may",    "me",
    "might",  "more",   "most",   "much",   "must",   "my",     "nationwide", "near",   "neither",
    "never",  "next",   "no",     "nor",    "not",    "now",    "of",     "off",    "on",
    "once",   "only",   "onto",   "or",     "other",  "our",    "out",    "outside", "over",
    "overall", "overnight", "overseas", "own",    "past",   "per",    "plus",   "rather", "respectively",
    "same",   "shall",  "she",    "should", "since",  "so",     "some",   "still",  "such",
    "than",   "that",   "the",    "their",  "them",   "then",   "there",  "these",  "they",
    "this",   "those",  "though", "through", "thus",   "till",   "to",     "today",  "together",
    "tomorrow", "too",    "toward", "towards", "under",  "unless", "until",  "up",     "upon",
    "us",     "versus", "very",   "via",    "vs",     "was",    "we",     "were",   "what",
    "when",   "where",  "whether", "which",  "while",  "who",    "whom",   "whose",  "why",
    "will",   "with",   "within", "without", "worldwide", "would",  "yesterday", "yet",    "you",
    "your",
};

// (And the adjectives of availability and rank that real reports put between a count and its
// noun, or after a count whose noun they leave out: "50 seats out of 75 available", "four main
// industrial groupings", "40 unknown attackers".)
constexpr std::string_view kNounAdjectives[] = {
    "active",   "additional", "annual",   "available", "big",      "current", "custom",   "different",
    "distinct", "eligible",   "extra",    "former",    "full",     "key",     "known",    "large",
    "main",     "major",      "new",      "old",       "open",     "possible", "potential", "private",
    "public",   "remaining",  "separate", "single",    "small",    "total",   "unique",   "unknown",
    "usable",
};

constexpr std::string_view kMonths[] = {
    "apr",  "april",   "aug",     "august", "dec",  "december", "feb",  "february",
    "jan",  "january", "jul",     "july",   "jun",  "june",     "mar",  "march",
    "may",  "nov",     "november", "oct",   "october", "sep",   "sept", "september",
};

// Whether `w` is in the list `kList`, hashed once per list (word_set.h): these lists are asked about
// for nearly every word the recognizers read, where a binary search called memcmp at every step.
template <const auto& kList>
bool InList(std::string_view w) {
  static const WordSet words(std::begin(kList), std::end(kList));
  return words.count(w) != 0;
}

std::optional<std::pair<size_t, double>> MatchScale(const ScaleEntry* begin, const ScaleEntry* end,
                                                    std::string_view t, size_t i, bool no_case) {
  for (const ScaleEntry* e = begin; e != end; ++e) {
    if (no_case ? StartsWithNoCase(t, i, e->text) : StartsWith(t, i, e->text)) {
      return std::make_pair(i + e->text.size(), e->factor);
    }
  }
  return std::nullopt;
}

// The entries of kUnits by the byte they can start with (both cases for the lowercase ones), so
// that a lookup tries a handful of entries, not all of them: it runs after every number.
static_assert(std::size(kUnits) <= 65536, "UnitsByFirstByte indexes kUnits in 16 bits");

const std::array<std::vector<uint16_t>, 256>& UnitsByFirstByte() {
  static const std::array<std::vector<uint16_t>, 256> index = [] {
    std::array<std::vector<uint16_t>, 256> by_byte;
    for (size_t k = 0; k < std::size(kUnits); ++k) {
      const char first = kUnits[k].text[0];
      by_byte[static_cast<unsigned char>(first)].push_back(static_cast<uint16_t>(k));
      if (IsLower(first) && IsLowercaseEntry(kUnits[k].text)) {
        by_byte[static_cast<unsigned char>(first - 'a' + 'A')].push_back(static_cast<uint16_t>(k));
      }
    }
    return by_byte;
  }();
  return index;
}

}  // namespace

std::optional<std::pair<size_t, double>> MatchScaleWord(std::string_view t, size_t i) {
  const char first = ToLowerAscii(At(t, i));
  if (first != 't' && first != 'm' && first != 'b' && first != 'c' && first != 'l') return std::nullopt;
  auto m = MatchScale(std::begin(kScaleWords), std::end(kScaleWords), t, i, true);
  // Market-data pages capitalise "Mil" and "Bil" (a lowercase "mil" is a thousand in Spanish).
  if (!m && (StartsWith(t, i, "Mil") || StartsWith(t, i, "Bil")) && !IsAsciiLetter(At(t, i + 3))) {
    m = std::make_pair(i + 3, t[i] == 'M' ? 1e6 : 1e9);
  }
  if (!m || IsLower(At(t, m->first))) return std::nullopt;
  // The German abbreviations keep their period: "1,2 Mrd. Euro", "3 Tsd. Stück".
  if (m->first - i == 3 && (StartsWithNoCase(t, i, "mrd") || StartsWithNoCase(t, i, "mio") || StartsWithNoCase(t, i, "tsd")) &&
      At(t, m->first) == '.') {
    m->first += 1;
  }
  // "lakh crore", "thousand crore": a crore of the scale before it.
  if (m->second < 1e7 && At(t, m->first) == ' ' && StartsWithNoCase(t, m->first + 1, "crore") &&
      !IsAsciiLetter(At(t, m->first + 6))) {
    m->second *= 1e7;
    m->first += 6;
  }
  return m;
}

std::optional<std::pair<size_t, double>> MatchScaleSuffix(std::string_view t, size_t i) {
  auto m = MatchScale(std::begin(kScaleSuffixes), std::end(kScaleSuffixes), t, i, false);
  if (!m || IsAsciiAlnum(At(t, m->first))) return std::nullopt;
  return m;
}

std::optional<std::pair<size_t, double>> MatchChineseScale(std::string_view t, size_t i) {
  return MatchScale(std::begin(kChineseScales), std::end(kChineseScales), t, i, false);
}

std::string_view YuanOf(std::string_view text) {
  const auto has = [&](std::string_view word) { return text.find(word) != std::string_view::npos; };
  // "113.1億元人民幣(下同)", "(人民幣,下同)": Hong Kong's and the mainland's business pages declare
  // once which money the bare 元 after it is (下同, "the same below"); that outweighs the script.
  for (size_t same = text.find("下同"); same != std::string_view::npos; same = text.find("下同", same + 1)) {
    constexpr size_t kDeclarationReach = 15;  // the currency, a mark or two, then 下同
    const std::string_view before = text.substr(same > kDeclarationReach ? same - kDeclarationReach : 0,
                                                std::min(same, kDeclarationReach));
    if (before.find("人民幣") != std::string_view::npos || before.find("人民币") != std::string_view::npos) return "CNY";
    if (before.find("港元") != std::string_view::npos || before.find("港幣") != std::string_view::npos ||
        before.find("港币") != std::string_view::npos) {
      return "HKD";
    }
    if (before.find("台幣") != std::string_view::npos || before.find("臺幣") != std::string_view::npos) return "TWD";
    if (before.find("新元") != std::string_view::npos) return "SGD";
  }
  if (has("\xe5\x8f\xb0\xe5\xb9\xa3") || has("\xe8\x87\xba\xe5\xb9\xa3") || has("\xe5\x8f\xb0\xe5\xb8\x81")) {
    return "TWD";  // 台幣 臺幣 台币
  }
  // Traditional characters are written in Taiwan and Hong Kong, where a bare 元 is the local dollar;
  // the mainland writes simplified ones. Which a text writes, by the count of common characters in
  // either form (億 萬 alone miss a court or sport page that counts no large sums).
  const auto count = [&](std::string_view word) {
    size_t n = 0;
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + word.size())) ++n;
    return n;
  };
  static constexpr std::string_view kTraditional[] = {"億", "萬", "這", "說", "們", "為", "國", "會", "個", "時", "對", "經", "與", "來"};
  static constexpr std::string_view kSimplified[] = {"亿", "万", "这", "说", "们", "为", "国", "会", "个", "时", "对", "经", "与", "来"};
  size_t traditional = 0, simplified = 0;
  for (std::string_view c : kTraditional) traditional += count(c);
  for (std::string_view c : kSimplified) simplified += count(c);
  if (traditional <= simplified) return "CNY";
  if (has("\xe6\xb8\xaf\xe5\x85\x83") || has("\xe6\xb8\xaf\xe5\xb9\xa3")) return "HKD";  // 港元 港幣
  // Mainland outlets and bodies that only mainland money is counted by: a mainland story printed in
  // traditional characters (人民日報's and 中新網's editions, reposts) means the yuan.
  static constexpr std::string_view kMainland[] = {"人民幣", "新華社", "人民日報", "中新社", "中新網", "央視",
                                                   "國務院", "國家統計局", "應急管理部", "國家發改委", "國家衛健委"};
  if (std::any_of(std::begin(kMainland), std::end(kMainland), has)) return "CNY";
  // Hong Kong's own bodies and courts, with nothing of Taiwan's: the Hong Kong dollar.
  static constexpr std::string_view kHongKong[] = {"香港", "港府", "特區", "立法會", "區議會", "終審法院", "高等法院",
                                                   "區域法院", "裁判法院", "房委會"};
  static constexpr std::string_view kTaiwan[] = {"台灣", "臺灣", "行政院", "立法院", "台北", "臺北", "新北", "高雄",
                                                 "台中", "臺中", "台南", "臺南", "台電"};
  const bool hong_kong = std::any_of(std::begin(kHongKong), std::end(kHongKong), has) &&
                         std::none_of(std::begin(kTaiwan), std::end(kTaiwan), has);
  return hong_kong ? "HKD" : "TWD";
}

std::optional<std::pair<size_t, std::string_view>> MatchCurrencyBefore(std::string_view t, size_t end) {
  struct Sign {
    std::string_view text;
    std::string_view code;
  };
  // Longer signs first, so that "US$" wins over "$". The mojibake forms are UTF-8 read as
  // Latin-1 and encoded again, as seed 004 shows for quotes.
  static constexpr Sign kSigns[] = {
      {"US $", "USD"},       {"US$", "USD"},   {"HK$", "HKD"},   {"NT$", "TWD"},  {"NZ$", "NZD"},  {"A$", "AUD"},
      {"C$", "CAD"},         {"R$", "BRL"},    {"S$", "SGD"},    {"$", "USD"},     {"\xc3\x82\xc2\xa3", "GBP"},       // Â£
      {"\xc3\xa2\xe2\x80\x9a\xc2\xac", "EUR"},                                    // â‚¬
      {"\xe2\x82\xac", "EUR"}, {"\xc2\xa3", "GBP"}, {"\xc2\xa5", "JPY"}, {"\xef\xbf\xa5", "JPY"},
      {"\xe2\x82\xb9 ", "INR"}, {"\xe2\x82\xac ", "EUR"},  // "₹ 5,000 crore", "€ 20 bn"
      {"\xe2\x82\xb9", "INR"}, {"USD ", "USD"}, {"EUR ", "EUR"}, {"GBP ", "GBP"},
      {"Rs. ", "INR"},       {"Rs.", "INR"},   {"Rs ", "INR"},   {"INR ", "INR"},
      {"CNY ", "CNY"},       {"JPY ", "JPY"},  {"$US", "USD"},  {"$A", "AUD"},
      {"RMB ", "CNY"},       {"RMB", "CNY"},   {"Rmb", "CNY"},   {"Rs", "INR"},   {"CHF ", "CHF"},
      {"AUD ", "AUD"},       {"CAD ", "CAD"},  {"HKD ", "HKD"},  {"SGD ", "SGD"}, {"TWD ", "TWD"},
      {"KRW ", "KRW"},       {"SAR ", "SAR"},  {"AED ", "AED"},  {"BRL ", "BRL"}, {"ZAR ", "ZAR"},
      {"SEK ", "SEK"},       {"NOK ", "NOK"},  {"DKK ", "DKK"},  {"\xe2\x82\xa9", "KRW"},  // ₩
      {"NZD ", "NZD"},       {"MXN ", "MXN"},  {"NGN ", "NGN"},  {"KES ", "KES"}, {"PHP ", "PHP"},
      {"IDR ", "IDR"},       {"MYR ", "MYR"},  {"THB ", "THB"},  {"PLN ", "PLN"}, {"TRY ", "TRY"},
      {"RUB ", "RUB"},       {"EGP ", "EGP"},  {"PKR ", "PKR"},  {"BDT ", "BDT"}, {"VND ", "VND"},
      {"ILS ", "ILS"},       {"QAR ", "QAR"},  {"KWD ", "KWD"},  {"KSh ", "KES"}, {"Ksh ", "KES"},
      {"Tk ", "BDT"},        {"\xe2\x82\xa6", "NGN"}, {"\xe2\x82\xb1", "PHP"},  // ₦ ₱
      // Codes glued to the amount, as Asian and Gulf business papers write them: "USD1.2bn".
      {"USD", "USD"},        {"EUR", "EUR"},   {"GBP", "GBP"},   {"CNY", "CNY"},  {"INR", "INR"}, {"HKD", "HKD"},
      {"SGD", "SGD"},        {"AUD", "AUD"},   {"JPY", "JPY"},   {"CHF", "CHF"},  {"SAR", "SAR"}, {"AED", "AED"},
      {"\xe6\x96\xb0\xe5\x8f\xb0\xe5\xb9\xa3", "TWD"}, {"\xe6\x96\xb0\xe5\x8f\xb0\xe5\xb8\x81", "TWD"},  // 新台幣 新台币
      {"\xe5\x8f\xb0\xe5\xb9\xa3", "TWD"}, {"\xe4\xba\xba\xe6\xb0\x91\xe5\xb8\x81", "CNY"},                // 台幣 人民币
      {"\xe4\xba\xba\xe6\xb0\x91\xe5\xb9\xa3", "CNY"},                                                   // 人民幣
  };
  // Every sign ends in one of these bytes; most numbers have none of them before.
  static constexpr std::string_view kLastBytes = "$ .\xac\xa3\xa5\xb9\x81\xa9\xa6\xb1" "BSAbsDRPYF";  // \x81: 幣 and 币; \xa9: ₩; \xa6: ₦; \xb1: ₱
  if (end == 0 || kLastBytes.find(t[end - 1]) == std::string_view::npos) return std::nullopt;
  for (const Sign& s : kSigns) {
    if (s.text.back() != t[end - 1] || end < s.text.size() || t.substr(end - s.text.size(), s.text.size()) != s.text) continue;
    const size_t begin = end - s.text.size();
    // Letters glued before a sign ("Amazon$200" in a flattened table) are not part of it, but
    // letters glued before a code are a different word ("XUSD 5").
    if (IsAsciiLetter(s.text[0]) && IsAsciiLetter(Before(t, begin))) continue;
    return std::make_pair(begin, s.code);
  }
  return std::nullopt;
}

std::optional<UnitMatch> MatchUnit(std::string_view t, size_t i, bool glued) {
  // Which entries match in either case, worked out once: this runs after every number.
  static const std::array<bool, std::size(kUnits)> kNoCase = [] {
    std::array<bool, std::size(kUnits)> no_case{};
    for (size_t k = 0; k < std::size(kUnits); ++k) no_case[k] = IsLowercaseEntry(kUnits[k].text);
    return no_case;
  }();
  if (i >= t.size()) return std::nullopt;
  for (uint16_t k : UnitsByFirstByte()[static_cast<unsigned char>(t[i])]) {
    const UnitEntry& e = kUnits[k];
    const bool no_case = kNoCase[k];
    if (!(no_case ? StartsWithNoCase(t, i, e.text) : StartsWith(t, i, e.text))) continue;
    const size_t end = i + e.text.size();
    if (!EndsWord(t, end, e.text)) continue;
    if (e.text == "ct" && IsUpper(t[i])) continue;  // "1500 CT scans": a scan, not euro cents
    // A lone capital is a temperature's scale ("40C") only where no name goes on: not "C-suite", "F-35", "C/2023".
    const char next = At(t, end);
    if (e.text.size() == 1 && IsUpper(e.text[0]) && e.text != "W" &&
        (next == '-' || next == '/' || (next == '.' && IsAsciiAlnum(At(t, end + 1))))) {
      continue;
    }
    // Spelled units need a space before them: "5years" is not English, "5GW" is.
    if (glued && no_case && IsAsciiLetter(e.text[0]) && e.text != "nm" && e.text != "mm" && e.text != "cm" && e.text != "ms" && e.text != "bp" &&
        e.text != "bps" && e.text != "pp" && e.text != "km" && e.text != "ct" && e.text != "pc" && e.text != "percent" &&
        e.text != "per cent") {  // "10per cent", as a page may run them together
      continue;
    }
    return UnitMatch{end, e.unit, e.family, e.factor, e.per};
  }
  return std::nullopt;
}

std::optional<UnitMatch> MatchCurrencyAfterScale(std::string_view t, size_t i) {
  static constexpr UnitEntry kAfterScale[] = {
      {"pounds", "GBP", F::kCurrency}, {"won", "KRW", F::kCurrency}, {"rand", "ZAR", F::kCurrency},
      {"naira", "NGN", F::kCurrency},  {"rupiah", "IDR", F::kCurrency}, {"ringgit", "MYR", F::kCurrency},
      {"baht", "THB", F::kCurrency},   {"lira", "TRY", F::kCurrency},  {"roubles", "RUB", F::kCurrency},
      {"rubles", "RUB", F::kCurrency}, {"shekels", "ILS", F::kCurrency},
  };
  for (const UnitEntry& e : kAfterScale) {
    if (StartsWithNoCase(t, i, e.text) && EndsWord(t, i + e.text.size(), e.text)) {
      return UnitMatch{i + e.text.size(), e.unit, e.family, e.factor};
    }
  }
  return std::nullopt;
}

std::optional<UnitMatch> MatchAdjectiveUnit(std::string_view word) {
  for (const UnitEntry& e : kAdjectiveUnits) {
    if (word.size() == e.text.size() && Lowercase(word) == e.text) return UnitMatch{0, e.unit, e.family};
  }
  return std::nullopt;
}

std::optional<Approximation> QualifierApprox(std::string_view two, std::string_view one) {
  using A = Approximation;
  struct Phrase {
    std::string_view two, one;
    A approx;
  };
  static constexpr Phrase kPhrases[] = {
      {"more", "than", A::kMoreThan},     {"greater", "than", A::kMoreThan},
      {"excess", "of", A::kMoreThan},     {"well", "over", A::kMoreThan},
      {"just", "over", A::kMoreThan},     {"at", "least", A::kAtLeast},
      {"upwards", "of", A::kAtLeast},
      {"up", "to", A::kAtMost},           {"at", "most", A::kAtMost},
      // "as much as $500 million", "as many as 40 jobs": the top of what may be; "as little as",
      // "as few as", "as low as": its floor.
      {"much", "as", A::kAtMost},         {"many", "as", A::kAtMost},
      {"high", "as", A::kAtMost},         {"little", "as", A::kAtLeast},
      {"few", "as", A::kAtLeast},         {"low", "as", A::kAtLeast},
      {"less", "than", A::kLessThan},
      {"fewer", "than", A::kLessThan},    {"just", "under", A::kLessThan},
      {"an", "estimated", A::kApproximate}, {"close", "to", A::kApproximate},
      {"", "roughly", A::kApproximate},   {"", "about", A::kApproximate},
      {"", "approximately", A::kApproximate}, {"", "nearly", A::kApproximate},
      {"", "around", A::kApproximate},    {"", "almost", A::kApproximate},
      {"", "some", A::kApproximate},      {"", "approx", A::kApproximate},
      {"", "circa", A::kApproximate},     {"", "estimated", A::kApproximate},
      {"", "over", A::kMoreThan},         {"", "above", A::kMoreThan},
      {"", "exceeding", A::kMoreThan},    {"", "under", A::kLessThan},
      {"", "below", A::kLessThan},
  };
  for (const Phrase& p : kPhrases) {
    if (p.one == one && (p.two.empty() || p.two == two)) return p.approx;
  }
  return std::nullopt;
}

std::optional<ChineseCounted> MatchChineseCounted(std::string_view t, size_t i) {
  static constexpr std::string_view kNouns[] = {
      "\xe5\x8f\x83\xe6\x95\xb8", "\xe5\x8f\x82\xe6\x95\xb0",  // 參數 参数
      // 人次, 剂次, 劑次, 架次, 车次, 車次: visits, doses, flights and trips counted, before 人 and 剂.
      "\xe4\xba\xba\xe6\xac\xa1", "\xe5\x89\x82\xe6\xac\xa1", "\xe5\x8a\x91\xe6\xac\xa1",
      "\xe6\x9e\xb6\xe6\xac\xa1", "\xe8\xbd\xa6\xe6\xac\xa1", "\xe8\xbb\x8a\xe6\xac\xa1",
      // 台套 臺套: pieces of equipment sent (设备2万多台套), before 台 the measure word.
      "\xe5\x8f\xb0\xe5\xa5\x97", "\xe8\x87\xba\xe5\xa5\x97",
      "\xe5\xb1\xa4", "\xe5\xb1\x82", "\xe4\xba\xba",             // 層 层 人
      "\xe8\xbd\xa6", "\xe8\xbb\x8a",                               // 车 車: vehicles sent (派出17车154人)
      // 局 次: games of a set and times, counted with no noun (a verb follows them: 連丟2局, 3次爭取).
      "\xe5\xb1\x80", "\xe6\xac\xa1",
      // 级 級: a grade on a scale, counted like 层 (风力17级, 7.1级地震, 二级响应).
      "\xe7\xba\xa7", "\xe7\xb4\x9a",
  };
  static constexpr std::string_view kMeasureWords[] = {
      "\xe5\xae\xb6", "\xe5\x80\x8b", "\xe4\xb8\xaa",             // 家 個 个
      "\xe5\x8f\xb0", "\xe8\x87\xba", "\xe5\x90\x8d", "\xe4\xbd\x8d",  // 台 臺 名 位
      "\xe6\xac\xbe", "\xe7\xaf\x87", "\xe5\xba\xa7",             // 款 篇 座
      "\xe6\xa2\x9d", "\xe6\x9d\xa1", "\xe8\xbe\x86",             // 條 条 辆
      "\xe8\xbc\x9b", "\xe6\x9e\xb6", "\xe8\x89\x98",             // 輛 架 艘
      "\xe5\xa5\x97", "\xe9\xa1\xb9", "\xe9\xa0\x85",             // 套 项 項
      "\xe9\x83\xa8", "\xe6\x9e\x9a", "\xe4\xbb\xbd",             // 部 枚 份
      "\xe9\x97\xb4", "\xe9\x96\x93", "\xe6\xa0\x8b",             // 间 間 栋
      "\xe6\xa3\x9f", "\xe5\xbc\xa0", "\xe5\xbc\xb5",             // 棟 张 張
      "\xe5\x9d\x97", "\xe5\xa1\x8a", "\xe9\xa2\x97", "\xe9\xa1\x86",  // 块 塊 颗 顆
      "\xe6\xab\x83", "\xe6\x9f\x9c", "\xe6\x88\xb7",             // 櫃 柜 户
      "\xe6\x88\xb6", "\xe4\xbe\x8b", "\xe7\x89\x87",             // 戶 例 片
      "\xe5\x8f\xaa", "\xe9\x9a\xbb", "\xe5\xa4\xb4",             // 只 隻 头
      "\xe9\xa0\xad", "\xe6\x89\x80", "\xe7\xac\x94",             // 頭 所 笔
      "\xe7\xad\x86", "\xe5\xae\x97", "\xe7\xa5\xa8",             // 筆 宗 票
      "\xe5\xb8\xad", "\xe5\x89\x82", "\xe5\x8a\x91",             // 席 剂 劑 (seats, doses)
      "\xe5\x9c\xba", "\xe5\xa0\xb4", "\xe7\x90\x83",             // 场 場 球 (matches, goals)
      "\xe4\xbb\xb6",                                               // 件 (claims, cases, items)
      "\xe6\xa1\xb6", "\xe5\x8f\xa3",                              // 桶 口 (barrels of oil, wells: 700萬桶, 5口油井)
      // 组 組 支 顶 頂: pairs or teams, units sent, tents (兩組種子, 12支救援队, 帐篷5000顶).
      "\xe7\xbb\x84", "\xe7\xb5\x84", "\xe6\x94\xaf", "\xe9\xa1\xb6", "\xe9\xa0\x82",
  };
  // 三次产业 (the three sectors of an economy) and 三支队 (a detachment's number) are names.
  for (std::string_view name : {"\xe6\xac\xa1\xe4\xba\xa7\xe4\xb8\x9a", "\xe6\xac\xa1\xe7\x94\xa2\xe6\xa5\xad",  // 次产业 次產業
                                "\xe6\x94\xaf\xe9\x98\x9f", "\xe6\x94\xaf\xe9\x9a\x8a"}) {                          // 支队 支隊
    if (StartsWith(t, i, name)) return std::nullopt;
  }
  for (std::string_view n : kNouns) {
    if (StartsWith(t, i, n)) return ChineseCounted{i + n.size(), false};
  }
  for (std::string_view m : kMeasureWords) {
    if (StartsWith(t, i, m)) return ChineseCounted{i + m.size(), true};
  }
  return std::nullopt;
}

bool IsNumberWord(std::string_view lower) { return InList<kNumberWords>(lower); }
bool IsFunctionWord(std::string_view lower) { return InList<kFunctionWords>(lower); }
bool IsNounAdjective(std::string_view lower) { return InList<kNounAdjectives>(lower); }
bool IsMonthName(std::string_view lower) { return InList<kMonths>(lower); }

int WeekdayNumber(std::string_view lower) {
  static constexpr std::string_view kEnglish[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  static constexpr std::string_view kGerman[] = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};
  for (int k = 0; k < 7; ++k) {
    if (lower == kEnglish[k] || lower == kGerman[k]) return k;
  }
  return -1;
}

}  // namespace dossier::extract
