// Unit tests of lib/base/rational: exact arithmetic, the small fast paths against the general
// ones, and the sticky overflow flag.
#include "lib/base/rational.h"

#include <cstdint>
#include <limits>

#include "gtest/gtest.h"

namespace jixiao {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

TEST(Rational, SpecExampleIsExact) {
  // SCORING.md: 1.82 points × 99.48 % is 1.810536, not a binary approximation of it.
  Rational score = Rational::Fraction(182, 100) * Rational::Fraction(9948, 10000);
  EXPECT_EQ(score, Rational::Fraction(1810536, 1000000));
  EXPECT_TRUE(score.ok());
}

TEST(Rational, FractionsAreComparedByValueNotByParts) {
  EXPECT_EQ(Rational::Fraction(2, 4), Rational::Fraction(1, 2));
  EXPECT_EQ(Rational::Fraction(-3, -6), Rational::Fraction(1, 2));
  EXPECT_EQ(Rational::Fraction(3, -6), Rational::Fraction(-1, 2));
  EXPECT_LT(Rational::Fraction(1, 3), Rational::Fraction(334, 1000));
  EXPECT_GT(Rational::Fraction(1, 3), Rational::Fraction(333, 1000));
}

TEST(Rational, TwentyTwelfthsTimesTwelveIsTwenty) {
  Rational third = Rational(20) / 12;
  Rational sum;
  for (int i = 0; i < 12; ++i) sum += third;
  EXPECT_EQ(sum, Rational(20));
  EXPECT_EQ(third * 12, Rational(20));
}

TEST(Rational, SubtractionAndNegation) {
  EXPECT_EQ(Rational(5) - Rational::Fraction(1, 2), Rational::Fraction(9, 2));
  EXPECT_EQ(-Rational::Fraction(1, 2), Rational::Fraction(-1, 2));
  EXPECT_TRUE((Rational(1) - Rational(1)).IsZero());
  EXPECT_TRUE((Rational(1) - Rational(2)).IsNegative());
}

TEST(Rational, LargeOperandsTakeTheGeneralPathAndStayExact) {
  // Past 63 bits the inline path is skipped; the result must be the same value.
  Rational big = Rational(kMax) * Rational(kMax);
  ASSERT_TRUE(big.ok());
  EXPECT_EQ(big / Rational(kMax), Rational(kMax));
  EXPECT_EQ(big - big, Rational(0));
  EXPECT_GT(big + Rational(1), big);
}

TEST(Rational, DivisionByZeroIsNotOk) {
  EXPECT_FALSE((Rational(1) / Rational(0)).ok());
  EXPECT_FALSE(Rational::Fraction(1, 0).ok());
}

TEST(Rational, OverflowIsStickyThroughLaterSteps) {
  Rational huge = Rational(kMax) * Rational(kMax);
  Rational too_big = huge * huge * huge;  // far past 128 bits
  EXPECT_FALSE(too_big.ok());
  EXPECT_FALSE((too_big - too_big).ok());
  EXPECT_FALSE((too_big * Rational(0)).ok());
  EXPECT_FALSE((Rational::Overflowed() + Rational(1)).ok());
}

TEST(Rational, FitsIn63Bits) {
  EXPECT_TRUE(Rational::FitsIn63Bits(kMax));
  EXPECT_TRUE(Rational::FitsIn63Bits(-kMax));
  EXPECT_FALSE(Rational::FitsIn63Bits(absl::int128(kMax) + 1));
  EXPECT_TRUE(Rational::FitsIn63Bits(-absl::int128(kMax) - 1));
  EXPECT_FALSE(Rational::FitsIn63Bits(-absl::int128(kMax) - 2));
}

}  // namespace
}  // namespace jixiao
