#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "jixiao/evaluate.h"
#include "lib/scoring/scheme.h"

namespace jixiao {
namespace {

TEST(BuiltinSchemes, AreTheFourOfSection7InOrder) {
  std::vector<std::string> names;
  for (const v1::Scheme* scheme : BuiltinSchemes()) names.push_back(scheme->name());
  EXPECT_EQ(names, (std::vector<std::string>{"zhengzhou-2021-project", "suzhou-2020-project",
                                             "mof-2020-project", "henan-2021-department"}));
}

// A file that fails to parse comes out empty, and an empty scheme has no categories.
TEST(BuiltinSchemes, EveryFileParsesToAValidScheme) {
  for (const v1::Scheme* scheme : BuiltinSchemes()) {
    SCOPED_TRACE(scheme->name());
    EXPECT_EQ(scheme->categories_size(), 4);
    EXPECT_EQ(scheme->grade_bands_size(), 4);
    EXPECT_TRUE(BuildSchemeView(*scheme).ok()) << BuildSchemeView(*scheme).status();
  }
}

TEST(BuiltinSchemes, EachHasTheCommonPart) {
  for (const v1::Scheme* scheme : BuiltinSchemes()) {
    SCOPED_TRACE(scheme->name());
    EXPECT_EQ(scheme->decimals(), 2);
    ASSERT_EQ(scheme->grade_scale().levels_size(), 5);
    EXPECT_EQ(scheme->grade_scale().levels(0).label(), "好");
    EXPECT_EQ(scheme->grade_scale().levels(4).factor(), "20");
    ASSERT_EQ(scheme->tiers().tiers_size(), 3);
    EXPECT_EQ(scheme->tiers().tiers(1).label(), "部分达成");
    EXPECT_EQ(scheme->derived_names().size(), 4u);
    EXPECT_EQ(scheme->derived_names().at("资金到位率"), v1::ARRIVAL_RATE);
  }
}

TEST(BuiltinSchemes, KeepTheirPointsAndExecutionRateBasis) {
  const v1::Scheme* suzhou = FindBuiltinScheme("suzhou-2020-project");
  ASSERT_NE(suzhou, nullptr);
  EXPECT_EQ(suzhou->categories(0).points(), "26");
  EXPECT_EQ(suzhou->categories(0).quantitative_rule().deduction().band_upper(), "130");
  EXPECT_EQ(suzhou->execution_rate_basis(), v1::Scheme::SPENT_OVER_BUDGET);
  EXPECT_EQ(FindBuiltinScheme("beijing"), nullptr);
}

}  // namespace
}  // namespace jixiao
