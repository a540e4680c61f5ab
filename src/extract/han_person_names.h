// Chinese personal names at the end of a phrase that describes who the person is: "山东货车司机王金光"
// → 王金光, "中国气象局首席预报员黄志远" → 黄志远, "村民李大姐" → 李大姐. Chinese reporting puts a
// person's place, employer and role before the name with no mark between them, and the roles are an
// open class (司机, 预报员, 厅长, 教导员 …) no list of titles covers; the name is what can be read: one
// of the common surnames and one or two given characters (or a form of address: 先生, 大姐, 师傅).
#pragma once

#include <cstddef>
#include <string_view>

namespace dossier::extract {

// Where a personal name that ends `phrase` begins (a byte offset greater than 0, so that words
// describing the person stand before it), or npos when the phrase does not end in one. A surname
// three characters from the end (王金光) is preferred to one two from the end (王立), a compound
// surname (欧阳, 司马) to either.
size_t HanPersonNameAtEnd(std::string_view phrase);

// Whether `name` is a personal name and nothing else: a surname (or a compound one) and one or two
// given characters, or 老李 ("陈诗龙" of "陈诗龙医生").
bool IsHanPersonName(std::string_view name);

}  // namespace dossier::extract
