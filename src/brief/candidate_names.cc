#include "brief/candidate_names.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "extract/claim_names.h"
#include "extract/text_bytes.h"

namespace dossier {
namespace {

constexpr size_t kMostAddedSurnames = 2;

}  // namespace

std::string NameKey(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return extract::Lowercase(name);
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))), status);
  if (U_FAILURE(status)) return extract::Lowercase(name);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  bare.foldCase().toUTF8String(out);
  return out;
}

std::map<std::string, std::string> MergeCandidateNames(const std::vector<std::string>& names,
                                                       const std::vector<Actor>& actors) {
  std::map<std::string, size_t> claims_by_name;  // of the names of more than one word
  for (const std::string& n : names) {
    if (n.find(' ') != std::string::npos) ++claims_by_name[n];
  }
  std::map<std::string, std::string> spelling;  // NameKey → the spelling used
  std::map<std::string, size_t> spelling_claims;
  for (const Actor& a : actors) {
    spelling[NameKey(a.name)] = a.name;
    spelling_claims[NameKey(a.name)] = SIZE_MAX;  // the gazetteer's spelling wins
  }
  for (const auto& [n, count] : claims_by_name) {
    const std::string key = NameKey(n);
    auto [it, fresh] = spelling.emplace(key, n);
    size_t& best = spelling_claims[key];
    if (!fresh && std::make_pair(count, n.size()) > std::make_pair(best, it->second.size())) it->second = n;
    best = std::max(best, count);
  }
  std::vector<std::string> longer;  // the names of more than one word, as spelled
  for (const auto& [key, written] : spelling) longer.push_back(written);

  // "Councillor Priya Nand" → "Priya Nand": the shortest longer name it ends in.
  auto untitled = [&](const std::string& n) {
    std::string shortest = n;
    for (const std::string& l : longer) {
      if (l.size() < shortest.size() && extract::EndsWith(n, " " + l)) shortest = l;
    }
    return shortest;
  };
  // Whether `longer` is the person's name `shorter` with a surname or two more.
  auto extends = [&](const std::string& longer_key, const std::string& shorter_key) {
    return longer_key.size() > shorter_key.size() + 1 && longer_key.compare(0, shorter_key.size() + 1, shorter_key + " ") == 0 &&
           static_cast<size_t>(std::count(longer_key.begin() + static_cast<std::ptrdiff_t>(shorter_key.size()),
                                          longer_key.end(), ' ')) <= kMostAddedSurnames;
  };
  // Whether `longer` is the person's name `shorter` with a given name before it and a surname after
  // ("Samuel Roger Kamba Mulamba" of "Roger Kamba"): as many words more at most as `extends` allows.
  auto holds = [&](const std::string& longer_key, const std::string& shorter_key) {
    const size_t at = (" " + longer_key + " ").find(" " + shorter_key + " ");
    return at != std::string::npos && at > 0 && shorter_key.find(' ') != std::string::npos &&
           static_cast<size_t>(std::count(longer_key.begin(), longer_key.end(), ' ') -
                               std::count(shorter_key.begin(), shorter_key.end(), ' ')) <= kMostAddedSurnames;
  };
  // "Rocio Nahle Garcia" → "Rocio Nahle", "Mark Cuban Warns OpenAI" → "Mark Cuban": the longest
  // shorter person's name it opens (or holds), unless another name opens with that one too (two people).
  auto opened = [&](const std::string& n) {
    if (extract::LooksLikeOrganization(n)) return n;
    const std::string key = NameKey(n);
    const std::string* found = nullptr;
    std::string found_key;
    for (const auto& [other, written] : spelling) {
      if ((extends(key, other) || holds(key, other)) && other.size() > found_key.size() && !extract::LooksLikeOrganization(written)) {
        found = &written;
        found_key = other;
      }
    }
    if (!found) return n;
    for (const auto& [other, written] : spelling) {
      if (other != key && (extends(other, found_key) || holds(other, found_key))) return n;
    }
    return *found;
  };
  // "Health Ministry" → "Ministry of Health": a body named by its field before its kind is the one
  // the story names "Kind of Field" (outlets write either; a real outbreak's ministry had been two
  // speakers).
  auto of_form = [&](const std::string& n) {
    const std::string key = NameKey(n);
    const size_t space = key.find(' ');
    if (space == std::string::npos || key.find(' ', space + 1) != std::string::npos) return n;
    for (const char* joint : {" of ", " of the "}) {
      auto found = spelling.find(key.substr(space + 1) + joint + key.substr(0, space));
      if (found != spelling.end() && extract::LooksLikeOrganization(found->second)) return found->second;
    }
    return n;
  };
  auto resolve = [&](const std::string& n) { return untitled(opened(of_form(spelling.at(NameKey(n))))); };
  // "WHO" → "World Health Organization", "Africa CDC" → "Africa Centers for Disease Control and
  // Prevention": the one longer name whose capitalised words' initials the letters open, after any
  // words the two share.
  // A lowercase letter between capitals stands for a small word the name writes in lowercase ("BoE"
  // → "Bank of England", "DfE" → "Department for Education"): such an acronym spells every word.
  auto spelled_out = [&](const std::string& n) -> std::optional<std::string> {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const size_t space = n.rfind(' ');
    const std::string_view letters = std::string_view(n).substr(space == std::string::npos ? 0 : space + 1);
    if (letters.size() < 2 || letters.size() > 6 || !upper(letters.front()) || !upper(letters.back()) ||
        !std::all_of(letters.begin(), letters.end(), [&](char c) { return upper(c) || lower(c); })) {
      return std::nullopt;
    }
    const bool mixed = std::any_of(letters.begin(), letters.end(), lower);
    const std::string shared = space == std::string::npos ? std::string() : n.substr(0, space + 1);
    std::optional<std::string> found;
    for (const std::string& l : longer) {
      if (l.size() <= n.size() || l.compare(0, shared.size(), shared) != 0) continue;
      std::string initials;
      for (size_t at = shared.size(); at < l.size(); ++at) {
        if ((at == shared.size() || l[at - 1] == ' ') && (upper(l[at]) || (mixed && lower(l[at])))) initials += l[at];
      }
      if (initials.size() < letters.size() || initials.compare(0, letters.size(), letters) != 0 ||
          ((letters.size() < 3 || mixed) && initials != letters)) {
        continue;
      }
      if (found && *found != l) return std::nullopt;  // two names spell it: neither
      found = l;
    }
    return found;
  };

  std::map<std::string, std::string> out;
  for (const std::string& n : names) {
    if (const std::optional<std::string> full = spelled_out(n)) {
      out[n] = resolve(*full);
      continue;
    }
    if (n.find(' ') != std::string::npos) {
      out[n] = resolve(n);
      continue;
    }
    // Without case or accents: outlets drop the accent a name's other mentions keep ("Sanchez" of
    // "Pedro Sánchez", "Modric" of "Luka Modrić").
    const std::string key = NameKey(n);
    std::set<std::string> ends;
    for (const std::string& l : longer) {
      // ("Sweden" is not the Public Health Agency of Sweden: a place an organisation is named for.)
      const std::string long_key = NameKey(l);
      const bool named_for = extract::EndsWith(long_key, " of " + key) || extract::EndsWith(long_key, " for " + key);
      if (long_key.size() > key.size() + 1 && !named_for &&
          (extract::EndsWith(long_key, " " + key) || long_key.rfind(key + " ", 0) == 0)) {
        ends.insert(resolve(l));
      }
    }
    out[n] = ends.size() == 1 ? *ends.begin() : n;
  }
  // One-word names left alone that differ in case or accents only ("REN", "Ren") are one, spelled as
  // the most claims spell it (then the first in byte order: capitals first).
  std::map<std::string, std::map<std::string, size_t>> one_word;  // NameKey → spelling → claims
  for (const std::string& n : names) {
    if (out.at(n) == n && n.find(' ') == std::string::npos) ++one_word[NameKey(n)][n];
  }
  for (const auto& [key, spellings] : one_word) {
    const auto most = std::max_element(spellings.begin(), spellings.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [n, claims] : spellings) out[n] = most->first;
  }
  return out;
}

}  // namespace dossier
