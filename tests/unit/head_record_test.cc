#include <catch2/catch.hpp>

#include <fstream>

#include "dossier/event.h"
#include "store/head_record.h"
#include "temp_dir.h"

using namespace dossier;

TEST_CASE("the head record keeps the last write, and the one before when the last is torn", "[store]") {
  TempDir dir;
  REQUIRE(ReadHeadRecord(dir.path).ok());
  REQUIRE_FALSE(ReadHeadRecord(dir.path)->has_value());  // a store from before head records
  const std::string a(64, 'a'), b(64, 'b'), c(64, 'c');
  REQUIRE(WriteHeadRecord(dir.path, {0, GenesisHash()}).ok());
  REQUIRE(WriteHeadRecord(dir.path, {7, a}).ok());
  REQUIRE(WriteHeadRecord(dir.path, {9, b}).ok());
  REQUIRE(WriteHeadRecord(dir.path, {12, c}).ok());
  auto read = ReadHeadRecord(dir.path);
  REQUIRE(read.ok());
  REQUIRE((*read)->position == 12);
  REQUIRE((*read)->chain_head == c);

  // A torn write spoils the slot it was writing; the other still holds the record before it.
  {
    std::fstream file(HeadRecordPath(dir.path), std::ios::in | std::ios::out | std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const size_t newest = bytes.find(" 12 ");
    REQUIRE(newest != std::string::npos);
    file.seekp(static_cast<std::streamoff>(newest + 5));
    file.put('0');
  }
  read = ReadHeadRecord(dir.path);
  REQUIRE(read.ok());
  REQUIRE((*read)->position == 9);
  REQUIRE((*read)->chain_head == b);

  // Neither slot checks: the record is damaged, and says where it is.
  std::ofstream(HeadRecordPath(dir.path), std::ios::trunc) << "dossier-head 1 12 nothex\n";
  read = ReadHeadRecord(dir.path);
  REQUIRE(read.status().code() == Status::Code::kCorruption);
  REQUIRE_THAT(read.status().message(), Catch::Contains(HeadRecordPath(dir.path)));
}
