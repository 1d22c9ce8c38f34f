// Number cells as a spreadsheet shows them (cell_text.h), on decimal digits.
#include "lib/import/cell_text.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

std::string Shown(absl::string_view stored, absl::string_view code) {
  auto text = FormatNumberCell(stored, ParseNumberFormat(code));
  return text.ok() ? *text : std::string(text.status().message());
}

TEST(FormatNumberCell, GeneralDropsTrailingZerosAndTheBinaryTail) {
  EXPECT_EQ(Shown("10", "General"), "10");
  EXPECT_EQ(Shown("1.82", "General"), "1.82");
  EXPECT_EQ(Shown("9.5000000000000002E-2", "General"), "0.095");
  EXPECT_EQ(Shown("0.30000000000000004", "General"), "0.3");
  EXPECT_EQ(Shown("1E+21", "General"), "1000000000000000000000");
  EXPECT_EQ(Shown("-0.5", ""), "-0.5");
  EXPECT_EQ(Shown("0", "General"), "0");
}

TEST(FormatNumberCell, FixedDecimalsPadAndRoundHalfAwayFromZero) {
  EXPECT_EQ(Shown("10", "0.00"), "10.00");
  EXPECT_EQ(Shown("1.005", "0.00"), "1.01");
  EXPECT_EQ(Shown("-1.005", "0.00"), "-1.01");
  EXPECT_EQ(Shown("99.995", "0.00"), "100.00");
  EXPECT_EQ(Shown("2.5", "0"), "3");
  EXPECT_EQ(Shown("0.004", "0.00"), "0.00");
  EXPECT_EQ(Shown("1.5", "0.0#"), "1.5");
  EXPECT_EQ(Shown("1.555", "0.0#"), "1.56");
}

TEST(FormatNumberCell, PercentShiftsThePointWithoutFloatingPoint) {
  EXPECT_EQ(Shown("0.95", "0%"), "95%");
  EXPECT_EQ(Shown("9.5000000000000002E-2", "0.0%"), "9.5%");
  EXPECT_EQ(Shown("0.9348", "0.00%"), "93.48%");
  EXPECT_EQ(Shown("1", "0%"), "100%");
  EXPECT_EQ(Shown("0.66", "0%"), "66%");
}

TEST(FormatNumberCell, QuotedPercentIsALiteralNotAScale) {
  EXPECT_EQ(Shown("99.48", "0.00\"%\""), "99.48%");
  EXPECT_EQ(Shown("300", "0\"项\""), "300项");
  EXPECT_EQ(Shown("12", "\\≥0"), "≥12");
}

TEST(FormatNumberCell, ThousandsGrouping) {
  EXPECT_EQ(Shown("96534608", "#,##0"), "96,534,608");
  EXPECT_EQ(Shown("1234.5", "#,##0.00"), "1,234.50");
  EXPECT_EQ(Shown("123", "#,##0"), "123");
}

TEST(FormatNumberCell, DatesAndTextFormatsKeepTheStoredNumber) {
  EXPECT_EQ(Shown("44561", "yyyy-mm-dd"), "44561");
  EXPECT_EQ(Shown("44561.5", "[h]:mm"), "44561.5");
  EXPECT_EQ(Shown("12.5", "@"), "12.5");
  EXPECT_EQ(Shown("12.5", "0.00E+00"), "12.5");
  EXPECT_EQ(Shown("12.5", "0.00;[Red]-0.00"), "12.50");
}

TEST(FormatNumberCell, BuiltinIds) {
  EXPECT_EQ(*FormatNumberCell("0.95", BuiltinNumberFormat(9)), "95%");
  EXPECT_EQ(*FormatNumberCell("0.9512", BuiltinNumberFormat(10)), "95.12%");
  EXPECT_EQ(*FormatNumberCell("10", BuiltinNumberFormat(2)), "10.00");
  EXPECT_EQ(*FormatNumberCell("10.5", BuiltinNumberFormat(0)), "10.5");
  EXPECT_EQ(*FormatNumberCell("44561", BuiltinNumberFormat(14)), "44561");
}

TEST(FormatNumberCell, TextThatIsNotANumberIsAnError) {
  for (absl::string_view bad : {"", "abc", "1.2.3", "1e", "1e99999", "--1", "0x10"}) {
    EXPECT_FALSE(FormatNumberCell(bad, NumberFormat{}).ok()) << bad;
  }
}

}  // namespace
}  // namespace jixiao
