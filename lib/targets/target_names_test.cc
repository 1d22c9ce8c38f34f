#include "lib/targets/target_names.h"

#include "gtest/gtest.h"
#include "lib/budget/money_unit.h"
#include "lib/targets/money.h"

namespace jixiao {
namespace {

TEST(RemoveSpaces, RemovesAsciiAndIdeographicSpaces) {
  EXPECT_EQ(RemoveSpaces("7*24 小时"), "7*24小时");
  EXPECT_EQ(RemoveSpaces("≤90 天"), "≤90天");
  EXPECT_EQ(RemoveSpaces("全市\u3000政务\t数据"), "全市政务数据");
}

TEST(NormalizeProjectName, SpecExampleBothBecomeTheSame) {
  EXPECT_EQ(NormalizeProjectName("“一网通办”专网业务系统对接经费（2021 年一次性经费）"),
            "“一网通办”专网业务系统对接");
  EXPECT_EQ(NormalizeProjectName("“一网通办”专网业务系统对接项目"), "“一网通办”专网业务系统对接");
}

TEST(NormalizeProjectName, FirstSuffixThatApplies) {
  EXPECT_EQ(NormalizeProjectName("基础地理信息数据年度更新维护经费"),
            "基础地理信息数据年度更新维护");
  EXPECT_EQ(NormalizeProjectName("智慧城市项目经费"), "智慧城市");  // 项目经费, not 经费 alone
  EXPECT_EQ(NormalizeProjectName("乡村振兴专项资金"), "乡村振兴");
  EXPECT_EQ(NormalizeProjectName("全市政务数据治理(2021)"), "全市政务数据治理");
}

TEST(NormalizeProjectName, OneTrailingNoteOnlyAndNeverEmpty) {
  EXPECT_EQ(NormalizeProjectName("A（一）（二）"), "A（一）");
  EXPECT_EQ(NormalizeProjectName("平台（一期（试点））"), "平台");
  EXPECT_EQ(NormalizeProjectName("项目"), "项目");
  EXPECT_EQ(NormalizeProjectName("（备注）"), "（备注）");
}

TEST(Money, ThreeUnitsCompareExactlyAtTheCoarserPrecision) {
  auto yuan = ReadMoney("3770000.00", MoneyUnit::kYuan, "a");
  auto wan = ReadMoney("377", MoneyUnit::kWanYuan, "b");
  auto yi = ReadMoney("0.0377", MoneyUnit::kYiYuan, "c");
  ASSERT_TRUE(yuan.ok() && wan.ok() && yi.ok());
  EXPECT_TRUE(MoneyAgrees(*yuan, *wan));
  EXPECT_TRUE(MoneyAgrees(*wan, *yi));
  // 3774999 元 rounds to 377 万元; 3775000 元 to 378.
  EXPECT_TRUE(MoneyAgrees(*ReadMoney("3774999", MoneyUnit::kYuan, "x"), *wan));
  EXPECT_FALSE(MoneyAgrees(*ReadMoney("3775000", MoneyUnit::kYuan, "x"), *wan));
  EXPECT_FALSE(MoneyAgrees(*ReadMoney("3770000.01", MoneyUnit::kYuan, "x"), *yuan));
  EXPECT_EQ(wan->In(MoneyUnit::kYuan), "3770000");
  EXPECT_EQ(yuan->In(MoneyUnit::kYiYuan), "0.0377");
}

TEST(Money, MalformedOrNegativeIsAnErrorNamingTheField) {
  auto bad = ReadMoney("3,770,000", MoneyUnit::kYuan, "amounts.total");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("amounts.total"), absl::string_view::npos);
  auto negative = ReadMoney("-1", MoneyUnit::kYuan, "amounts.current_year");
  ASSERT_FALSE(negative.ok());
  EXPECT_NE(negative.status().message().find("amounts.current_year"), absl::string_view::npos);
}

}  // namespace
}  // namespace jixiao
