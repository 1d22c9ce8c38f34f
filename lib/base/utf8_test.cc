// Unit tests of lib/base/utf8: every class of invalid sequence, valid 1-4 byte characters, the
// ASCII fast path of the validator at every position, encoding, cutting and coercing; and the
// validator against protobuf's, whose place it takes.
#include "lib/base/utf8.h"

#include <string>

#include "google/protobuf/stubs/common.h"  // protobuf's UTF-8 checks, as the oracle
#include "gtest/gtest.h"

namespace jixiao {
namespace {

constexpr size_t npos = absl::string_view::npos;

std::string Bytes(std::initializer_list<int> bytes) {
  std::string s;
  for (int b : bytes) s.push_back(static_cast<char>(b));
  return s;
}

// The decoded code point of `text` when it is exactly one valid character, else -1.
int64_t DecodeOne(const std::string& text) {
  size_t pos = 0;
  char32_t cp = 0;
  if (!DecodeUtf8(text, &pos, &cp)) {
    EXPECT_EQ(pos, 0u) << "a failed decode must leave the position";
    return -1;
  }
  return pos == text.size() ? static_cast<int64_t>(cp) : -1;
}

TEST(Utf8, ValidOneToFourByteCharactersDecode) {
  EXPECT_EQ(DecodeOne("A"), 0x41);
  EXPECT_EQ(DecodeOne(Bytes({0x00})), 0);
  EXPECT_EQ(DecodeOne(Bytes({0x7F})), 0x7F);
  EXPECT_EQ(DecodeOne(Bytes({0xC2, 0x80})), 0x80);
  EXPECT_EQ(DecodeOne("é"), 0xE9);
  EXPECT_EQ(DecodeOne(Bytes({0xDF, 0xBF})), 0x7FF);
  EXPECT_EQ(DecodeOne(Bytes({0xE0, 0xA0, 0x80})), 0x800);
  EXPECT_EQ(DecodeOne("项"), 0x9879);
  EXPECT_EQ(DecodeOne(Bytes({0xED, 0x9F, 0xBF})), 0xD7FF);
  EXPECT_EQ(DecodeOne(Bytes({0xEE, 0x80, 0x80})), 0xE000);
  EXPECT_EQ(DecodeOne(Bytes({0xEF, 0xBF, 0xBF})), 0xFFFF);
  EXPECT_EQ(DecodeOne(Bytes({0xF0, 0x90, 0x80, 0x80})), 0x10000);
  EXPECT_EQ(DecodeOne("😀"), 0x1F600);
  EXPECT_EQ(DecodeOne(Bytes({0xF4, 0x8F, 0xBF, 0xBF})), 0x10FFFF);
}

TEST(Utf8, TruncatedSequencesAreInvalid) {
  for (const std::string& s : {Bytes({0xC3}), Bytes({0xE9, 0xA1}), Bytes({0xE9}),
                               Bytes({0xF0, 0x9F, 0x98}), Bytes({0xF0, 0x9F}), Bytes({0xF0}),
                               Bytes({0xE9, 0xA1, 0x41})}) {
    EXPECT_EQ(DecodeOne(s), -1);
    EXPECT_EQ(FirstInvalidUtf8(s), 0u);
  }
}

TEST(Utf8, OverlongFormsAreInvalid) {
  for (const std::string& s :
       {Bytes({0xC0, 0x80}), Bytes({0xC1, 0xBF}), Bytes({0xE0, 0x80, 0x80}),
        Bytes({0xE0, 0x9F, 0xBF}), Bytes({0xF0, 0x80, 0x80, 0x80}), Bytes({0xF0, 0x8F, 0xBF, 0xBF})}) {
    EXPECT_EQ(DecodeOne(s), -1);
    EXPECT_EQ(FirstInvalidUtf8(s), 0u);
  }
}

TEST(Utf8, SurrogatesAreInvalid) {
  for (const std::string& s :
       {Bytes({0xED, 0xA0, 0x80}), Bytes({0xED, 0xAF, 0xBF}), Bytes({0xED, 0xB0, 0x80}),
        Bytes({0xED, 0xBF, 0xBF})}) {
    EXPECT_EQ(DecodeOne(s), -1);
    EXPECT_EQ(FirstInvalidUtf8(s), 0u);
  }
}

TEST(Utf8, AboveU10FFFFIsInvalid) {
  for (const std::string& s : {Bytes({0xF4, 0x90, 0x80, 0x80}), Bytes({0xF5, 0x80, 0x80, 0x80}),
                               Bytes({0xF7, 0xBF, 0xBF, 0xBF}), Bytes({0xF8, 0x88, 0x80, 0x80, 0x80}),
                               Bytes({0xFE}), Bytes({0xFF})}) {
    EXPECT_EQ(DecodeOne(s), -1);
    EXPECT_EQ(FirstInvalidUtf8(s), 0u);
  }
}

TEST(Utf8, StrayContinuationBytesAreInvalid) {
  for (int b = 0x80; b <= 0xBF; ++b) {
    EXPECT_EQ(DecodeOne(Bytes({b})), -1) << b;
    EXPECT_EQ(FirstInvalidUtf8("项" + Bytes({b})), 3u) << b;
  }
}

TEST(Utf8, FirstInvalidNamesTheStartOfTheBadSequence) {
  EXPECT_EQ(FirstInvalidUtf8(""), npos);
  EXPECT_EQ(FirstInvalidUtf8("绩效 evaluation 😀 é"), npos);
  EXPECT_EQ(FirstInvalidUtf8("绩效" + Bytes({0xE6, 0x95})), 6u);  // cut short at the end
  EXPECT_EQ(FirstInvalidUtf8("ab" + Bytes({0xE6, 0x95}) + "cd"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("ab" + Bytes({0xED, 0xA0, 0x80})), 2u);
  EXPECT_EQ(ValidUtf8Prefix("ab" + Bytes({0xFF})), 2u);
  EXPECT_EQ(ValidUtf8Prefix("abc"), 3u);
  EXPECT_FALSE(IsValidUtf8(Bytes({0x41, 0xC0, 0xAF})));
  EXPECT_TRUE(IsValidUtf8("预算执行率"));
}

// The validator steps over ASCII 16 (or 8) bytes at a time: one bad byte must be found at every
// position of a run, before, inside and after a whole block, and after a multi-byte character.
TEST(Utf8, OneBadByteInALongAsciiRunIsFoundAtEachPosition) {
  for (const std::string& bad : {Bytes({0xFF}), Bytes({0x80}), Bytes({0xC0, 0x80}),
                                 Bytes({0xE9, 0xA1}), Bytes({0xED, 0xA0, 0x80})}) {
    for (size_t length : {1u, 7u, 8u, 9u, 15u, 16u, 17u, 31u, 32u, 33u, 64u}) {
      for (size_t at = 0; at < length; ++at) {
        std::string text(length, 'a');
        text.replace(at, 1, bad);
        EXPECT_EQ(FirstInvalidUtf8(text), at) << "length " << length << " at " << at;
        std::string after_cjk = "项目" + text;
        EXPECT_EQ(FirstInvalidUtf8(after_cjk), at + 6) << "length " << length << " at " << at;
      }
    }
  }
}

TEST(Utf8, ValidCharactersAtEachPositionOfALongAsciiRunPass) {
  for (const std::string& good : {std::string("é"), std::string("项"), std::string("😀")}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text(40, 'a');
      text.replace(at, 1, good);
      EXPECT_EQ(FirstInvalidUtf8(text), npos) << at;
    }
  }
}

// protobuf's UTF8SpnStructurallyValid was the validator of check_limits and parse_errors: the
// new one must agree on every 2 and 3 byte sequence and on 4 byte ones at the range edges.
TEST(Utf8, ValidatorAgreesWithProtobufs) {
  auto protobuf_prefix = [](const std::string& s) {
    return static_cast<size_t>(google::protobuf::internal::UTF8SpnStructurallyValid(s));
  };
  const int edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c : edges) {
        const std::string s = Bytes({a, b, c});
        ASSERT_EQ(ValidUtf8Prefix(s), protobuf_prefix(s)) << a << " " << b << " " << c;
        if (a < 0xF0) continue;
        for (int d : edges) {
          const std::string t = Bytes({a, b, c, d});
          ASSERT_EQ(ValidUtf8Prefix(t), protobuf_prefix(t)) << a << " " << b << " " << c << " " << d;
        }
      }
    }
  }
}

TEST(Utf8, EncodeIsTheInverseOfDecode) {
  for (char32_t cp : {0x0u, 0x41u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0x9879u, 0xD7FFu, 0xE000u,
                      0xFFFDu, 0xFFFFu, 0x10000u, 0x1F600u, 0x10FFFFu}) {
    std::string text;
    AppendUtf8(cp, &text);
    char buffer[4];
    EXPECT_EQ(std::string(buffer, EncodeUtf8(cp, buffer)), text);
    EXPECT_EQ(DecodeOne(text), static_cast<int64_t>(cp));
  }
  std::string text;
  AppendUtf8(0x9879, &text);
  EXPECT_EQ(text, "项");
}

TEST(Utf8, PrefixCutsOnlyBetweenCharacters) {
  EXPECT_EQ(Utf8Prefix("项目名称", 12), "项目名称");
  EXPECT_EQ(Utf8Prefix("项目名称", 7), "项目");
  EXPECT_EQ(Utf8Prefix("项目名称", 6), "项目");
  EXPECT_EQ(Utf8Prefix("项目名称", 2), "");
  EXPECT_EQ(Utf8Prefix("abc", 2), "ab");
}

TEST(Utf8, CoerceReplacesEachBadByteLikeProtobuf) {
  EXPECT_EQ(CoerceToValidUtf8("项目", '?'), "项目");
  EXPECT_EQ(CoerceToValidUtf8(Bytes({0xFF, 0xFE}) + "\"}", '?'), "??\"}");
  // A sequence cut short: its lead byte and its continuation byte are each replaced.
  EXPECT_EQ(CoerceToValidUtf8("a" + Bytes({0xE9, 0xA1}) + "b", '?'), "a??b");
  EXPECT_EQ(CoerceToValidUtf8(Bytes({0xED, 0xA0, 0x80}) + "项", '?'), "???项");
  for (const std::string& s : {Bytes({0xE9, 0xA1, 0x41, 0xC0, 0x80, 0xF4, 0x90, 0x80, 0x80})}) {
    std::string expected(s.size(), '\0');
    const char* coerced = google::protobuf::internal::UTF8CoerceToStructurallyValid(
        google::protobuf::StringPiece(s.data(), s.size()), &expected[0], '?');
    if (coerced == s.data()) expected = s;
    EXPECT_EQ(CoerceToValidUtf8(s, '?'), expected);
  }
}

// protobuf's JSON escaper takes overlong forms (and the printer must print what it prints).
TEST(Utf8, DecodeLikeProtobufEscaperTakesOverlongFormsAndDropsBadOnes) {
  char32_t cp = 0;
  size_t length = 0;
  EXPECT_TRUE(DecodeUtf8LikeProtobufEscaper(Bytes({0xC0, 0x80}), 0, &cp, &length));
  EXPECT_EQ(cp, 0u);
  EXPECT_EQ(length, 2u);
  EXPECT_TRUE(DecodeUtf8LikeProtobufEscaper("项", 0, &cp, &length));
  EXPECT_EQ(cp, 0x9879u);
  EXPECT_EQ(length, 3u);
  EXPECT_FALSE(DecodeUtf8LikeProtobufEscaper(Bytes({0xE9, 0x41}), 0, &cp, &length));
  EXPECT_EQ(length, 2u);  // the bad byte goes with the sequence
  EXPECT_FALSE(DecodeUtf8LikeProtobufEscaper(Bytes({0xED, 0xA0, 0x80}), 0, &cp, &length));
  EXPECT_EQ(length, 3u);
  EXPECT_FALSE(DecodeUtf8LikeProtobufEscaper(Bytes({0x80}), 0, &cp, &length));
  EXPECT_EQ(length, 1u);
}

}  // namespace
}  // namespace jixiao
