// Unit tests of lib/import/csv_header: header cells matched by meaning, not by position or by
// spelling ("权重（分）", "三级指标：", "目标值\n(年度)"), the most specific name winning, and the
// second header row under a merged "复核情况".
#include "lib/import/csv_header.h"

#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace jixiao {
namespace {

struct Named {
  const char* header;
  FormColumn column;
  int rank;  // 0 for the most specific name of its column
};

// Every header name a 附表1 uses for each column, in the order of preference.
constexpr Named kEveryName[] = {
    {"一级指标", FormColumn::kLevel1, 0},
    {"一级指标名称", FormColumn::kLevel1, 1},
    {"类别", FormColumn::kLevel1, 2},
    {"指标类别", FormColumn::kLevel1, 3},
    {"二级指标", FormColumn::kLevel2, 0},
    {"二级指标名称", FormColumn::kLevel2, 1},
    {"三级指标", FormColumn::kName, 0},
    {"三级指标名称", FormColumn::kName, 1},
    {"指标名称", FormColumn::kName, 2},
    {"绩效指标", FormColumn::kName, 3},
    {"具体指标", FormColumn::kName, 4},
    {"权重", FormColumn::kWeight, 0},
    {"分值", FormColumn::kWeight, 1},
    {"指标分值", FormColumn::kWeight, 2},
    {"指标权重", FormColumn::kWeight, 3},
    {"标准分值", FormColumn::kWeight, 4},
    {"目标值", FormColumn::kTarget, 0},
    {"指标值", FormColumn::kTarget, 1},
    {"年度指标值", FormColumn::kTarget, 2},
    {"年度目标值", FormColumn::kTarget, 3},
    {"全年目标值", FormColumn::kTarget, 4},
    {"绩效目标值", FormColumn::kTarget, 5},
    {"预期目标值", FormColumn::kTarget, 6},
    {"计划目标值", FormColumn::kTarget, 7},
    {"业绩值", FormColumn::kActual, 0},
    {"实际完成值", FormColumn::kActual, 1},
    {"全年实际值", FormColumn::kActual, 2},
    {"全年实际完成值", FormColumn::kActual, 3},
    {"年度实际完成值", FormColumn::kActual, 4},
    {"实际值", FormColumn::kActual, 5},
    {"完成值", FormColumn::kActual, 6},
    {"实际完成情况", FormColumn::kActual, 7},
    {"评分结果", FormColumn::kScore, 0},
    {"自评分", FormColumn::kScore, 1},
    {"自评得分", FormColumn::kScore, 2},
    {"得分", FormColumn::kScore, 3},
    {"评分", FormColumn::kScore, 4},
    {"数据来源", FormColumn::kEvidence, 0},
    {"数据来源及支持材料", FormColumn::kEvidence, 1},
    {"支持材料", FormColumn::kEvidence, 2},
    {"佐证材料", FormColumn::kEvidence, 3},
    {"复核业绩值", FormColumn::kReviewActual, 0},
    {"复核得分", FormColumn::kReviewScore, 0},
    {"复核说明", FormColumn::kReviewNote, 0},
    {"复核意见", FormColumn::kReviewNote, 1},
    {"度量单位", FormColumn::kUnit, 0},
    {"计量单位", FormColumn::kUnit, 1},
    {"单位", FormColumn::kUnit, 2},
    {"备注", FormColumn::kNote, 0},
    {"未完成原因分析", FormColumn::kNote, 1},
    {"偏差原因分析", FormColumn::kNote, 2},
    {"未完成原因及改进措施", FormColumn::kNote, 3},
    {"偏差原因分析及改进措施", FormColumn::kNote, 4},
    {"偏差原因", FormColumn::kNote, 5},
    {"指标性质", FormColumn::kComparator, 0},
};

TEST(ColumnNamed, EveryNameOfEveryColumnWithItsRank) {
  bool seen[kFormColumnCount] = {};
  for (const Named& n : kEveryName) {
    int rank = -1;
    EXPECT_EQ(ColumnNamed(n.header, &rank), n.column) << n.header;
    EXPECT_EQ(rank, n.rank) << n.header;
    seen[static_cast<int>(n.column)] = true;
  }
  for (int c = 0; c < kFormColumnCount; ++c) EXPECT_TRUE(seen[c]) << "column " << c;
}

TEST(ColumnNamed, RankIsOptional) {
  EXPECT_EQ(ColumnNamed("自评分"), FormColumn::kScore);
}

TEST(ColumnNamed, UnitsInParenthesesAreIgnoredFullWidthOrNot) {
  EXPECT_EQ(ColumnNamed("权重（分）"), FormColumn::kWeight);
  EXPECT_EQ(ColumnNamed("权重(分)"), FormColumn::kWeight);
  EXPECT_EQ(ColumnNamed("分值[分]"), FormColumn::kWeight);
  EXPECT_EQ(ColumnNamed("指标值（年度）（%）"), FormColumn::kTarget);
  EXPECT_EQ(ColumnNamed("（必填）三级指标"), FormColumn::kName);
}

TEST(ColumnNamed, SpacesLineBreaksStarsAndATrailingColonAreIgnored) {
  EXPECT_EQ(ColumnNamed(" 目标值\n(年度) "), FormColumn::kTarget);
  EXPECT_EQ(ColumnNamed("目 标 值"), FormColumn::kTarget);
  EXPECT_EQ(ColumnNamed("\xE3\x80\x80业绩值\xE3\x80\x80"), FormColumn::kActual);  // U+3000
  EXPECT_EQ(ColumnNamed("实际\r\n完成值"), FormColumn::kActual);
  EXPECT_EQ(ColumnNamed("*三级指标："), FormColumn::kName);
  EXPECT_EQ(ColumnNamed("*三级指标:"), FormColumn::kName);
}

TEST(ColumnNamed, UnknownHeadersNameNoColumn) {
  EXPECT_EQ(ColumnNamed(""), std::nullopt);
  EXPECT_EQ(ColumnNamed("序号"), std::nullopt);
  EXPECT_EQ(ColumnNamed("评分标准"), std::nullopt);  // the rule as prose: not imported
  EXPECT_EQ(ColumnNamed("三级"), std::nullopt);      // a part of a name is not the name
  EXPECT_EQ(ColumnNamed("三级指标值"), std::nullopt);
  EXPECT_EQ(ColumnNamed("(权重)"), std::nullopt);    // everything is in parentheses
  EXPECT_EQ(ColumnNamed("\xFF\xFE"), std::nullopt);  // invalid UTF-8
}

TEST(ColumnNamed, EnglishHeadersAreNotRecognised) {
  // The forms are Chinese; an English header is a different layout, not a synonym.
  EXPECT_EQ(ColumnNamed("Weight"), std::nullopt);
  EXPECT_EQ(ColumnNamed("Target"), std::nullopt);
  EXPECT_EQ(ColumnNamed("Score"), std::nullopt);
  EXPECT_EQ(ColumnNamed("Indicator"), std::nullopt);
}

TEST(ColumnNamed, SimplifiedOnly) {
  EXPECT_EQ(ColumnNamed("權重"), std::nullopt);  // traditional 權
  EXPECT_EQ(ColumnNamed("目標值"), std::nullopt);
}

const std::vector<std::string> kZhengzhouHeader = {
    "一级指标", "二级指标", "三级指标", "权重（分）", "目标值", "业绩值", "评分标准",
    "评分结果", "数据来源及支持材料", "未完成原因分析"};

TEST(MatchHeaderRow, ZhengzhouFormPutsEveryColumnWhereItIs) {
  auto layout = MatchHeaderRow(kZhengzhouHeader);
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kLevel1], 0);
  EXPECT_EQ((*layout)[FormColumn::kLevel2], 1);
  EXPECT_EQ((*layout)[FormColumn::kName], 2);
  EXPECT_EQ((*layout)[FormColumn::kWeight], 3);
  EXPECT_EQ((*layout)[FormColumn::kTarget], 4);
  EXPECT_EQ((*layout)[FormColumn::kActual], 5);
  EXPECT_EQ((*layout)[FormColumn::kScore], 7);
  EXPECT_EQ((*layout)[FormColumn::kEvidence], 8);
  EXPECT_EQ((*layout)[FormColumn::kNote], 9);
  EXPECT_FALSE(layout->has(FormColumn::kUnit));
  EXPECT_FALSE(layout->has(FormColumn::kReviewActual));
}

TEST(MatchHeaderRow, ColumnsInAnyOrderWithSynonyms) {
  auto layout = MatchHeaderRow({"得分", "年度指标值", "指标名称", "", "全年实际值", "分值"});
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kScore], 0);
  EXPECT_EQ((*layout)[FormColumn::kTarget], 1);
  EXPECT_EQ((*layout)[FormColumn::kName], 2);
  EXPECT_EQ((*layout)[FormColumn::kActual], 4);
  EXPECT_EQ((*layout)[FormColumn::kWeight], 5);
  EXPECT_FALSE(layout->has(FormColumn::kLevel1));
}

TEST(MatchHeaderRow, TheMostSpecificOfTwoNamesForOneColumnWins) {
  // "自评分" (rank 1) beats "得分" (rank 3) wherever each stands.
  auto layout = MatchHeaderRow({"三级指标", "目标值", "得分", "自评分"});
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kScore], 3);
  layout = MatchHeaderRow({"三级指标", "目标值", "自评分", "得分"});
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kScore], 2);
}

TEST(MatchHeaderRow, OfTheSameNameTwiceTheFirstWins) {
  auto layout = MatchHeaderRow({"三级指标", "目标值", "业绩值", "权重", "权重（分）"});
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kWeight], 3);
}

TEST(MatchHeaderRow, NeedsTheIndicatorTheTargetAndTheActualOrTheScore) {
  EXPECT_TRUE(MatchHeaderRow({"三级指标", "目标值", "业绩值"}).has_value());
  EXPECT_TRUE(MatchHeaderRow({"三级指标", "目标值", "评分结果"}).has_value());
  EXPECT_FALSE(MatchHeaderRow({"目标值", "业绩值", "评分结果"}).has_value());  // no indicator
  EXPECT_FALSE(MatchHeaderRow({"三级指标", "业绩值", "评分结果"}).has_value());  // no target
  EXPECT_FALSE(MatchHeaderRow({"三级指标", "目标值", "权重"}).has_value());
  EXPECT_FALSE(MatchHeaderRow({}).has_value());
}

TEST(MatchHeaderRow, ADataRowIsNotAHeader) {
  EXPECT_FALSE(
      MatchHeaderRow({"产出目标", "数量指标", "数据更新面积", "13.33", "≥300平方公里", "320"})
          .has_value());
}

TEST(MergeSubHeaderRow, ReviewColumnsUnderAMergedCell) {
  auto layout = MatchHeaderRow({"三级指标", "目标值", "业绩值", "评分结果", "复核情况", ""});
  ASSERT_TRUE(layout.has_value());
  EXPECT_TRUE(MergeSubHeaderRow({"", "", "", "", "复核业绩值", "复核得分"}, &*layout));
  EXPECT_EQ((*layout)[FormColumn::kReviewActual], 4);
  EXPECT_EQ((*layout)[FormColumn::kReviewScore], 5);
  EXPECT_EQ((*layout)[FormColumn::kActual], 2);
}

TEST(MergeSubHeaderRow, ColumnsAlreadyPlacedKeepTheirPlace) {
  auto layout = MatchHeaderRow({"三级指标", "目标值", "业绩值", "", ""});
  ASSERT_TRUE(layout.has_value());
  EXPECT_TRUE(MergeSubHeaderRow({"", "", "", "业绩值", "复核说明"}, &*layout));
  EXPECT_EQ((*layout)[FormColumn::kActual], 2);
  EXPECT_EQ((*layout)[FormColumn::kReviewNote], 4);
}

TEST(MergeSubHeaderRow, TheNationalTwoRowHeaderPlacesTheSpecificColumns) {
  // 永德县 2022: 绩效指标 over 一级/二级/三级指标, 年度指标值 over 指标性质/指标值/度量单位.
  const std::vector<std::string> above = {
      "绩效指标", "",           "",     "年度指标值", "",
      "",         "实际完成值", "分值", "得分",       "偏差原因分析及改进措施"};
  auto layout = MatchHeaderRow(above);
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kName], 0);
  EXPECT_TRUE(MergeSubHeaderRow(
      {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "", "", "", ""}, above,
      &*layout));
  EXPECT_EQ((*layout)[FormColumn::kLevel1], 0);
  EXPECT_EQ((*layout)[FormColumn::kName], 2);
  EXPECT_EQ((*layout)[FormColumn::kComparator], 3);
  EXPECT_EQ((*layout)[FormColumn::kTarget], 4);
  EXPECT_EQ((*layout)[FormColumn::kUnit], 5);
  EXPECT_EQ((*layout)[FormColumn::kActual], 6);
  EXPECT_EQ((*layout)[FormColumn::kNote], 9);
}

TEST(MatchHeaderRow, AMergedLabelColumnBesideTheLevelsLeavesTheNameTo三级指标) {
  // 廊坊 2019: "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | …" in one row.
  auto layout = MatchHeaderRow({"绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值",
                                "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"});
  ASSERT_TRUE(layout.has_value());
  EXPECT_EQ((*layout)[FormColumn::kName], 3);
  EXPECT_EQ((*layout)[FormColumn::kTarget], 4);
  EXPECT_EQ((*layout)[FormColumn::kWeight], 6);
  EXPECT_EQ((*layout)[FormColumn::kNote], 8);
}

TEST(MergeSubHeaderRow, ADataRowLeavesTheLayoutAlone) {
  auto layout = MatchHeaderRow({"三级指标", "目标值", "业绩值", "复核情况"});
  ASSERT_TRUE(layout.has_value());
  const FormLayout before = *layout;
  EXPECT_FALSE(MergeSubHeaderRow({"数据更新面积", "≥300", "320", "复核得分"}, &*layout));
  EXPECT_EQ(layout->index, before.index);
}

TEST(MergeSubHeaderRow, NothingNewIsNotASubHeader) {
  auto layout = MatchHeaderRow({"三级指标", "目标值", "业绩值"});
  ASSERT_TRUE(layout.has_value());
  const FormLayout before = *layout;
  EXPECT_FALSE(MergeSubHeaderRow({"三级指标", "", "\xE3\x80\x80"}, &*layout));
  EXPECT_FALSE(MergeSubHeaderRow({"", ""}, &*layout));
  EXPECT_EQ(layout->index, before.index);
}

}  // namespace
}  // namespace jixiao
