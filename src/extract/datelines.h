// Wire datelines: the place, date and agency that open a report ("LONDON, March 3 (Reuters) - ",
// "BEIJING — ", "WASHINGTON (AP) — ", "(CNN)", "新华社北京3月5日电"). One reader for every part that
// reads past them: the figures' subjects and dates, the claims' spans and the briefing's lede.
#pragma once

#include <cstddef>
#include <string_view>

namespace dossier::extract {

// How many bytes a wire dateline takes at the start of `line`, its dash and the blank after it
// included; zero when the line opens with none. A dateline is, before a dash in the line's first
// 100 bytes and outside brackets, a place in capitals or anything that ends in an agency in
// brackets, with no lowercase word ("LONDON, Feb 5 (Reuters) - ", "ESSEN, 7. August 2025 – ",
// "Nov 21 (Reuters) - ", "Minneapolis (CNN) — ", "HOUSTON (Wire / Agency - March 3) - ",
// "LONDON (Reuters) -The"); an outlet in brackets opening the line with no dash ("(CNN)The
// airline", "(Bloomberg) The bank"); a place in capitals and an outlet or a date in brackets with no
// dash ("MEXICO CITY (Wirewatch / Agency - 13th April, 2020) Mexico has"); or a Han agency's day and 电 with its reporters in brackets
// ("新华社北京10月20日电（记者 王春霞）"). What it names dates and sends the report: it owns none of
// its numbers and says none of its claims. `line` may run past its line: only its first line is read.
size_t DatelineLength(std::string_view line);

// Where the text's first paragraph below its headline begins (0 for a text with no blank line).
size_t FirstBodyParagraph(std::string_view t);

// The length of a dateline written as a place before a colon or a dash at the start of a lead
// ("NEW DELHI: The strike …", "Los Angeles: The studio said …", "London - European shares …"): at
// most three capitalised words, then ": " and a capital, a digit or a quotation mark, or a dash and
// a capital; else 0. Only a lead (FirstBodyParagraph) is read for one: a later line "Microsoft:
// capex rose …" in a roundup names whose the figures are, "FERREIRA: …" whose turn it is.
size_t ColonDatelineLength(std::string_view s);

}  // namespace dossier::extract
