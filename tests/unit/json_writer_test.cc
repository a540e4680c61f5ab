#include <catch2/catch.hpp>

#include "util/json_writer.h"

using dossier::JsonWriter;

TEST_CASE("JsonWriter writes compact JSON in insertion order", "[json]") {
  JsonWriter w;
  w.BeginObject().Key("b").Int(-3).Key("a").String("x").Key("list").BeginArray().Bool(true).Null()
      .Uint(7).EndArray().Key("o").BeginObject().EndObject().EndObject();
  REQUIRE(w.str() == R"({"b":-3,"a":"x","list":[true,null,7],"o":{}})");
}

TEST_CASE("JsonWriter escapes quotes, controls and JavaScript line separators", "[json]") {
  JsonWriter w;
  w.String("a\"b\\c\n\x01\x7f \xe2\x80\xa8 \xe2\x80\x99");
  REQUIRE(w.str() == "\"a\\\"b\\\\c\\n\\u0001\\u007f \\u2028 \xe2\x80\x99\"");
}

TEST_CASE("JsonWriter keeps the plain runs around escapes whole", "[json]") {
  JsonWriter w;
  w.BeginArray().String("\xe2\x80\xa9" "end").String("start\"").String("\xe2\x82\xac 5 \xe2").String("").EndArray();
  REQUIRE(w.str() == "[\"\\u2029end\",\"start\\\"\",\"\xe2\x82\xac 5 \xe2\",\"\"]");
}

TEST_CASE("JsonWriter writes doubles in shortest round-trip form", "[json]") {
  JsonWriter w;
  w.BeginArray().Double(3e12).Double(0.5).Double(1.0 / 0.0).EndArray();
  REQUIRE(w.str() == "[3000000000000,0.5,null]");
}
