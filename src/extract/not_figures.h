// Numbers that are not figures: dates and times, markers (citations, list and enumeration
// numbers, forms), references (sequence members, bond tenors, "No. 5", per-unit denominators) and
// phone numbers. Each looks at the number read at `i` and the text around it. Names of products
// and models ("GPT-4", "Llama 3.1 405B") are left to the scanner, which follows them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/digits.h"

namespace dossier::extract {

// A calendar year, 1900 to 2100, written as plain digits.
bool IsYear(const Number& n);

// An earlier year, 1800 to 1899, written as plain digits at `i` right after a word that names a
// time ("since 1885", "in 1832", "until 1870"): the year of an election or a record a report looks
// back to, no count.
bool IsEarlierYear(std::string_view t, size_t i, const Number& n);

// 18:15, 2026-05-23, 5/23, "May 16", "16 May", "Feb. 2", "11 a.m.", fiscal "2025-26", "Q4'24", 5月16日.
bool IsDateOrTime(std::string_view t, size_t i, const Number& n);

// 月, 日, 號, 号, 點, 点 at `i`, after a number: it is a date or a time (5月, 16日, 3点).
bool IsChineseDateAt(std::string_view t, size_t i);

// Citations "[1]", enumerations "(1)" and "1) power, 2) memory", list numbers "1. Title", forms
// "10-K", ordinals 第3, a match's minutes "(79')", coordinates "latitude 25.0".
bool IsMarker(std::string_view t, size_t i, const Number& n);

// True when the word after the adjective ending at `adjective_end` makes it a bond's tenor:
// "the 30-year gilt", "ten-year Treasury yields".
bool NamesABond(std::string_view t, size_t adjective_end);

// True when 第 stands before `i`: the number after it is an ordinal (第3, 第二季).
bool FollowsOrdinalMark(std::string_view t, size_t i);

// "day 3", "route 66", "the 30-year gilt", "No. 23-1234", the denominator in "Cost per 1M Tokens",
// and stock codes ("台積電（2330）", "(00700.HK)", "股票代码：600519").
bool IsReference(std::string_view t, size_t i, const Number& n);

// True when the figure at `t[begin, end)` in `unit` is a person's or a group's age, which measures
// no amount: "the 56-year-old", "8 months old", "20 and 79 years of age", "aged 56", "ages 45 to 64
// years", "the median age was 63", "those 65 years and older", "Ida Brenholm, 56, said".
bool IsAge(std::string_view t, size_t begin, size_t end, std::string_view unit);

// 岁, 歲, 周岁, 週歲 at `i`, after a number: it is an age ("38歲的約克維奇", "现年三十七岁").
bool IsChineseAgeAt(std::string_view t, size_t i);

// 零 alone at `t[i, end)` opening a word (零組件 "components", 零售 "retail", 零星 "sporadic"):
// no zero is counted.
bool OpensWordWithZero(std::string_view t, size_t i, size_t end);
// 條款, 条款 at `end`, after a number: a law's section named by it ("美國二三二條款", "232條款").
bool NamesChineseClause(std::string_view t, size_t end);

// Where the phone number starting at `i` ends, if it is one: "+44 20 7946 0958", "(555) 123-4567",
// "555-123-4567" (three or more groups of at most four digits, nine to fifteen digits in all,
// after "+" or "(" or joined by hyphens).
std::optional<size_t> PhoneNumberEnd(std::string_view t, size_t i);

}  // namespace dossier::extract
