// SCORING.md §2: exact decimals, rounding once, and comparing at the reported precision.
#include "lib/base/decimal.h"

#include <string>

#include "gtest/gtest.h"

namespace jixiao {
namespace {

Rational Parse(const std::string& text) {
  auto d = ParseDecimal(text);
  EXPECT_TRUE(d.ok()) << text << ": " << d.status();
  return d.ok() ? d->value : Rational::Overflowed();
}

TEST(DecimalParse, AcceptsTheSpecExamples) {
  EXPECT_EQ(FormatDecimal(Parse("73586100"), 2), "73586100.00");
  EXPECT_EQ(FormatDecimal(Parse("1244954.95"), 2), "1244954.95");
  EXPECT_EQ(FormatDecimal(Parse("99.48"), 2), "99.48");
  EXPECT_EQ(FormatDecimal(Parse("-3"), 2), "-3.00");
  EXPECT_EQ(FormatDecimal(Parse("+3.5"), 1), "3.5");
  EXPECT_EQ(FormatDecimal(Parse("007"), 0), "7");
}

TEST(DecimalParse, RecordsThePlacesAsWritten) {
  EXPECT_EQ(ParseDecimal("2.0")->places, 1);
  EXPECT_EQ(ParseDecimal("9")->places, 0);
  EXPECT_EQ(ParseDecimal("0.660")->places, 3);
}

TEST(DecimalParse, NegativeZeroIsZero) {
  EXPECT_TRUE(Parse("-0").IsZero());
  EXPECT_EQ(FormatDecimal(Parse("-0.00"), 2), "0.00");
}

TEST(DecimalParse, RejectsEverythingThatIsNotAPlainDecimal) {
  for (const char* bad : {"",     "-",        "+",    ".5",   "5.",  "1e5",   "1E5",    "NaN",
                          "nan",  "Infinity", "inf",  " 1",   "1 ",  "1,000", "99.48%", "=93",
                          "≥300", "１２",     "0x10", "1..2", "--1", "1-",    "一百"}) {
    auto d = ParseDecimal(bad);
    EXPECT_FALSE(d.ok()) << "\"" << bad << "\" parsed";
    if (!d.ok()) {
      EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
      EXPECT_NE(d.status().message().find("is not a decimal number"), std::string::npos);
    }
  }
}

TEST(DecimalRange, AcceptsFifteenIntegerDigitsAndSixPlaces) {
  EXPECT_EQ(FormatDecimal(Parse("999999999999999.999999"), 6), "999999999999999.999999");
  EXPECT_EQ(FormatDecimal(Parse("-999999999999999.999999"), 6), "-999999999999999.999999");
  EXPECT_EQ(FormatDecimal(Parse("0000000000000000000001"), 0), "1");  // leading zeros are free
}

TEST(DecimalRange, RejectsMoreDigitsWithAClearReason) {
  auto big = ParseDecimal("1000000000000000");
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.status().message().find("more than 15 digits before the point"), std::string::npos);
  auto fine = ParseDecimal("0.1234567");
  ASSERT_FALSE(fine.ok());
  EXPECT_NE(fine.status().message().find("more than 6 decimal places"), std::string::npos);
  auto huge = ParseDecimal(std::string(40, '9'));
  ASSERT_FALSE(huge.ok());
  EXPECT_LT(huge.status().message().size(), 200u);
}

TEST(Rounding, HalfUpIsAwayFromZero) {
  EXPECT_EQ(RoundAndFormat(Parse("1.005"), 2, Rounding::kHalfUp), "1.01");
  EXPECT_EQ(RoundAndFormat(Parse("-1.005"), 2, Rounding::kHalfUp), "-1.01");
  EXPECT_EQ(RoundAndFormat(Parse("1.0049"), 2, Rounding::kHalfUp), "1.00");
}

TEST(Rounding, HalfEvenGoesToTheEvenNeighbour) {
  EXPECT_EQ(RoundAndFormat(Parse("1.005"), 2, Rounding::kHalfEven), "1.00");
  EXPECT_EQ(RoundAndFormat(Parse("1.015"), 2, Rounding::kHalfEven), "1.02");
  EXPECT_EQ(RoundAndFormat(Parse("-1.025"), 2, Rounding::kHalfEven), "-1.02");
  EXPECT_EQ(RoundAndFormat(Parse("1.0051"), 2, Rounding::kHalfEven), "1.01");
}

TEST(Rounding, TruncateGoesTowardZero) {
  EXPECT_EQ(RoundAndFormat(Parse("1.819"), 2, Rounding::kTruncate), "1.81");
  EXPECT_EQ(RoundAndFormat(Parse("-1.819"), 2, Rounding::kTruncate), "-1.81");
}

TEST(Rounding, TheSpecsScore_1_82_Times_99_48_Percent) {
  // 1.82 × 99.48 % = 1.810536 → 1.81 (SCORING.md §9, geodata i01).
  Rational score = Parse("1.82") * Parse("99.48") / 100;
  EXPECT_EQ(RoundAndFormat(score, 2, Rounding::kHalfUp), "1.81");
}

TEST(Rounding, ThirdsAreExactNotBinary) {
  Rational third = Rational(20) / 12;  // 1.666…
  EXPECT_EQ(RoundAndFormat(third, 2, Rounding::kHalfUp), "1.67");
  EXPECT_EQ(RoundAndFormat(third * 12, 2, Rounding::kHalfUp), "20.00");
}

TEST(ReportedPrecision, ComparesAtTheReportedPlaces) {
  // "1.2" agrees with 1.20; "78.8" agrees with 78.79; "9" disagrees with 9.71.
  EXPECT_TRUE(AgreesAtReportedPrecision(*ParseDecimal("1.2"), Parse("1.20"), 2, Rounding::kHalfUp));
  EXPECT_TRUE(
      AgreesAtReportedPrecision(*ParseDecimal("78.8"), Parse("78.79"), 2, Rounding::kHalfUp));
  EXPECT_FALSE(AgreesAtReportedPrecision(*ParseDecimal("9"), Parse("9.71"), 2, Rounding::kHalfUp));
  EXPECT_TRUE(AgreesAtReportedPrecision(*ParseDecimal("10"), Parse("9.71"), 2, Rounding::kHalfUp));
  // More reported places than the scheme's decimals count as the scheme's decimals.
  EXPECT_FALSE(
      AgreesAtReportedPrecision(*ParseDecimal("1.805"), Parse("1.81"), 2, Rounding::kHalfUp));
  EXPECT_TRUE(
      AgreesAtReportedPrecision(*ParseDecimal("1.810"), Parse("1.81"), 2, Rounding::kHalfUp));
}

TEST(RationalOverflow, IsStickyNeverWrapped) {
  // Two figures of 13 integer digits and 6 places multiply exactly within 128 bits; 15 digits
  // squared do not fit, and the result says so instead of wrapping.
  Rational big13 = Parse("9999999999999.999999");
  EXPECT_TRUE((big13 * big13).ok());
  Rational big15 = Parse("999999999999999.999999");
  Rational x = big15 * big15;
  EXPECT_FALSE(x.ok());
  EXPECT_FALSE((x + 1).ok());
  EXPECT_FALSE((x - x).ok());
  EXPECT_FALSE(Min(x, 1).ok());
  EXPECT_FALSE((Rational(1) / 0).ok());
}

TEST(RationalCompare, IsExactBeyondCrossProductRange) {
  Rational a = Rational::Fraction(absl::MakeInt128(1LL << 40, 1), absl::MakeInt128(1LL << 40, 3));
  Rational b = Rational::Fraction(absl::MakeInt128(1LL << 40, 2), absl::MakeInt128(1LL << 40, 3));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_LT(a, b);
  EXPECT_GT(b, a);
  EXPECT_EQ(a, a);
}

}  // namespace
}  // namespace jixiao
