// Unit tests of lib/json/json_lexer.h, the tokens the parser and the scanner share: strings
// (plain, escaped, UTF-8), skipped strings, numbers, literals, whitespace, and where an error is.
#include "lib/json/json_lexer.h"

#include <string>

#include "gtest/gtest.h"

namespace jixiao::json_internal {
namespace {

// The content of the string `json` starts with, or "error: " and the error with its place.
std::string String(absl::string_view json) {
  JsonLexer lex(json);
  absl::string_view out;
  if (!lex.ReadString(&out)) return absl::StrCat("error: ", lex.error(), lex.error_position());
  return std::string(out);
}

TEST(JsonLexer, PlainStringIsAViewOfTheInput) {
  const std::string json = R"("plain ascii, long enough for two SSE2 blocks" tail)";
  JsonLexer lex(json);
  absl::string_view out;
  ASSERT_TRUE(lex.ReadString(&out));
  EXPECT_EQ(out, "plain ascii, long enough for two SSE2 blocks");
  EXPECT_EQ(out.data(), json.data() + 1);
  EXPECT_EQ(lex.position(), json.data() + json.size() - 5);
}

TEST(JsonLexer, CjkStringIsReadWhole) {
  EXPECT_EQ(String(R"("项目名称：数据治理 2021 年")"), "项目名称：数据治理 2021 年");
  EXPECT_EQ(String("\"é😀\""), "é😀");
}

TEST(JsonLexer, EscapesAreDecoded) {
  EXPECT_EQ(String(R"("a\"b\\c\/d\be\ff\ng\rh\ti")"), "a\"b\\c/d\be\ff\ng\rh\ti");
  EXPECT_EQ(String(R"("\u0041\u9879\u00e9")"), "A项é");
  EXPECT_EQ(String(R"("\ud83d\ude00")"), "😀");
  EXPECT_EQ(String(R"("项\n目")"), "项\n目");
}

TEST(JsonLexer, BadStringsSayWhatAndWhere) {
  EXPECT_EQ(String(R"("abc)"), "error: unterminated string (line 1, column 5)");
  EXPECT_EQ(String("\"ab\\"), "error: unterminated string (line 1, column 5)");
  EXPECT_EQ(String("\"a\tb\""),
            "error: control character in a string (it must be escaped) (line 1, column 3)");
  EXPECT_EQ(String("\"项\xff\""), "error: invalid UTF-8 in a string (line 1, column 3)");
  EXPECT_EQ(String("\"a\xed\xa0\x80\""), "error: invalid UTF-8 in a string (line 1, column 3)");
  EXPECT_EQ(String(R"("a\x")"), "error: invalid escape in a string (line 1, column 3)");
  EXPECT_EQ(String(R"("\u12g4")"),
            "error: invalid \\u escape: it takes 4 hex digits (line 1, column 2)");
  EXPECT_EQ(String(R"("\udc00")"),
            "error: a low surrogate \\u escape without a high one before it (line 1, column 2)");
  EXPECT_EQ(String(R"("\ud800x")"),
            "error: a high surrogate \\u escape without a low one after it (line 1, column 2)");
  EXPECT_EQ(String("\"after\\n an escape\xc0\x80\""),
            "error: invalid UTF-8 in a string (line 1, column 19)");
}

TEST(JsonLexer, SkipStringFindsTheEndPastEscapedQuotesWithoutCheckingTheRest) {
  const std::string json = "\"a\\\"]}\xff\t\\x\" ,";
  JsonLexer lex(json);
  ASSERT_TRUE(lex.SkipString());
  EXPECT_EQ(lex.position(), json.data() + json.size() - 2);
  JsonLexer unterminated("\"abc\\\"");
  EXPECT_FALSE(unterminated.SkipString());
  EXPECT_EQ(unterminated.error(), "unterminated string");
}

TEST(JsonLexer, NumbersAndWhetherTheyAreIntegral) {
  for (auto [json, literal, integral] :
       {std::tuple<const char*, const char*, bool>{"0,", "0", true}, {"-12]", "-12", true},
        {"3.25}", "3.25", false}, {"-1.5e3 ", "-1.5e3", false}, {"1E+2", "1E+2", false},
        {"01", "0", true}}) {
    JsonLexer lex(json);
    absl::string_view text;
    bool is_integral = !integral;
    ASSERT_TRUE(lex.ReadNumber(&text, &is_integral)) << json;
    EXPECT_EQ(text, literal);
    EXPECT_EQ(is_integral, integral) << json;
  }
  for (const char* json : {"-", "1.", "1.e3", "1e", "1e+", "-x"}) {
    JsonLexer lex(json);
    absl::string_view text;
    bool integral;
    EXPECT_FALSE(lex.ReadNumber(&text, &integral)) << json;
    EXPECT_EQ(lex.error(), "invalid number") << json;
  }
}

TEST(JsonLexer, LiteralsAndSpace) {
  JsonLexer lex(" \t\r\n true false nul");
  lex.SkipSpace();
  EXPECT_FALSE(lex.ConsumeLiteral("false"));
  EXPECT_TRUE(lex.ConsumeLiteral("true"));
  lex.SkipSpace();
  EXPECT_TRUE(lex.ConsumeLiteral("false"));
  lex.SkipSpace();
  EXPECT_FALSE(lex.ConsumeLiteral("null"));
  EXPECT_TRUE(lex.At('n'));
  EXPECT_FALSE(lex.AtEnd());
}

TEST(JsonLexer, ErrorPositionCountsLinesAndCharacters) {
  JsonLexer lex("{\n  \"名称\": 1x");
  while (!lex.At('x')) lex.Advance();
  EXPECT_FALSE(lex.SyntaxError("what"));
  EXPECT_EQ(lex.error(), "what");
  EXPECT_EQ(lex.error_position(), " (line 2, column 10)");
  JsonLexer value_error("{}");
  EXPECT_FALSE(value_error.Error("unknown field"));
  EXPECT_EQ(value_error.error_position(), "");
}

}  // namespace
}  // namespace jixiao::json_internal
