// ProjectionRows' uncommitted changes (include/dossier/projection.h): writes kept in the order made
// and put in key order only when a scan or a commit needs it read the same as writes kept in order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "dossier/projection.h"

using namespace dossier;

namespace {

using Rows = std::vector<std::pair<std::string, std::string>>;

Rows Owned(const std::vector<std::pair<std::string_view, std::string_view>>& views) {
  return Rows(views.begin(), views.end());
}

Rows ScanAll(const ProjectionRows& rows) {
  Rows seen;
  REQUIRE(rows.Scan("", [&](std::string_view key, std::string_view value) {
    seen.emplace_back(key, value);
    return true;
  }).ok());
  return seen;
}

}  // namespace

TEST_CASE("projection rows: writes come out in key order, the last write of a key winning", "[projection]") {
  ProjectionRows rows;
  rows.Put("b", "1");
  rows.Put("a", "1");
  rows.Put("c", "1");
  rows.Delete("d");
  rows.Put("b", "2");
  CHECK(ScanAll(rows) == Rows{{"a", "1"}, {"b", "2"}, {"c", "1"}});

  // Written again after the scan put them in order: the newer write is read and committed.
  rows.Put("a", "3");
  rows.Delete("c");
  rows.Put("d", "4");
  CHECK(*rows.Get("a") == std::optional<std::string>("3"));
  CHECK(*rows.Get("c") == std::nullopt);
  CHECK(ScanAll(rows) == Rows{{"a", "3"}, {"b", "2"}, {"d", "4"}});

  rows.Put("e", "5");
  rows.Delete("b");
  std::vector<std::pair<std::string_view, std::string_view>> puts;
  std::vector<std::string_view> deletes;
  rows.TakeChanges(&puts, &deletes);
  CHECK(Owned(puts) == Rows{{"a", "3"}, {"d", "4"}, {"e", "5"}});
  CHECK(deletes == std::vector<std::string_view>{"b", "c"});
  CHECK(rows.pending_bytes() == 0);
  CHECK(ScanAll(rows).empty());
}

TEST_CASE("projection rows: a batch never scanned is committed sorted", "[projection]") {
  ProjectionRows rows;
  for (const char* key : {"quantity/usd", "figure/b", "figure/a", "measure/m", "figure/a"}) rows.Put(key, key);
  rows.Delete("surface/s");
  std::vector<std::pair<std::string_view, std::string_view>> puts;
  std::vector<std::string_view> deletes;
  rows.TakeChanges(&puts, &deletes);
  CHECK(Owned(puts) == Rows{{"figure/a", "figure/a"}, {"figure/b", "figure/b"}, {"measure/m", "measure/m"},
                     {"quantity/usd", "quantity/usd"}});
  CHECK(deletes == std::vector<std::string_view>{"surface/s"});
}

TEST_CASE("projection rows: reads between writes find the newest change, and a commit keeps only it", "[projection]") {
  ProjectionRows rows;
  // Short keys (held inside their strings) and long ones, read while the changes grow past several
  // reallocations of what holds them, each key changed several times: a put, a delete, a put again.
  auto key = [](int i) { return i % 2 == 0 ? "k" + std::to_string(i) : "a-key-longer-than-a-short-string/" + std::to_string(i); };
  auto deleted = [](int round, int i) { return round == 1 && i % 3 == 0; };
  // What key(i) holds once `round` has written it (round -1: nothing yet).
  auto after = [&](int round, int i) {
    return round < 0 || deleted(round, i) ? std::nullopt : std::optional<std::string>(std::to_string(round));
  };
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 300; ++i) {
      if (deleted(round, i)) {
        rows.Delete(key(i));
      } else {
        rows.Put(key(i), std::to_string(round));
      }
      if (i % 7 == 0) {
        REQUIRE(*rows.Get(key(i)) == after(round, i));
        REQUIRE(*rows.Get(key(i + 1)) == after(round - 1, i + 1));
      }
    }
  }
  rows.Delete("k0");
  std::vector<std::pair<std::string_view, std::string_view>> puts;
  std::vector<std::string_view> deletes;
  rows.TakeChanges(&puts, &deletes);
  CHECK(puts.size() == 299);
  CHECK(deletes == std::vector<std::string_view>{"k0"});
  CHECK(std::is_sorted(puts.begin(), puts.end()));
  for (const auto& [k, value] : puts) CHECK(value == "2");
  CHECK(*rows.Get("k2") == std::nullopt);
}
