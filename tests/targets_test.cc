// TARGETS.md: performance target declarations. One test per finding code and per error, on the
// real 2021 declarations of tests/data/targets (郑州市大数据管理局) and their year-end forms.
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "jixiao/review_targets.h"
#include "jixiao/v1/targets.pb.h"
#include "test_util.h"

namespace jixiao {
namespace {

using testing::ReadTestData;
using v1::Finding;
using v1::TargetDeclaration;
using v1::TargetIndicator;
using v1::TargetSet;
using v1::TargetSetReview;

TargetDeclaration Declaration(const std::string& name) {
  TargetDeclaration d;
  absl::Status s = ParseMessage(ReadTestData("targets/" + name + ".json"), Format::kJson, &d);
  EXPECT_TRUE(s.ok()) << s;
  return d;
}
v1::Evaluation YearEnd(const std::string& name) {
  return testing::EvaluationFromJson(ReadTestData(name + ".json"));
}
TargetDeclaration Geodata() { return Declaration("zz-2021-geodata"); }
TargetDeclaration Governance() { return Declaration("zz-2021-data-governance"); }

TargetSetReview ReviewOk(const TargetSet& set) {
  absl::StatusOr<TargetSetReview> r = ReviewTargets(set);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : TargetSetReview();
}
TargetSetReview ReviewOne(const TargetDeclaration& d) {
  TargetSet set;
  *set.add_declarations() = d;
  return ReviewOk(set);
}
std::string ErrorOf(const TargetSet& set) {
  absl::StatusOr<TargetSetReview> r = ReviewTargets(set);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(r.status().message());
}
std::string ErrorOfOne(const TargetDeclaration& d) {
  TargetSet set;
  *set.add_declarations() = d;
  return ErrorOf(set);
}

// "CODE@indicator_id" ("CODE" when the id is empty), in order.
std::vector<std::string> Codes(const google::protobuf::RepeatedPtrField<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(f.indicator_id().empty() ? f.code() : f.code() + "@" + f.indicator_id());
  }
  return out;
}
// The findings of one code.
std::vector<Finding> Only(const google::protobuf::RepeatedPtrField<Finding>& findings,
                          const std::string& code) {
  std::vector<Finding> out;
  for (const Finding& f : findings) {
    if (f.code() == code) out.push_back(f);
  }
  return out;
}
std::vector<Finding> ReviewFindings(const TargetDeclaration& d, const std::string& code) {
  TargetSetReview r = ReviewOne(d);
  return r.reviews_size() == 1 ? Only(r.reviews(0).findings(), code) : std::vector<Finding>();
}

TargetIndicator* Add(TargetDeclaration* d, const std::string& level1, const std::string& level2,
                     const std::string& name, v1::Target::Comparator c, const std::string& value,
                     const std::string& unit, const std::string& text = "") {
  TargetIndicator* t = d->add_indicators();
  t->set_level1(level1);
  t->set_level2(level2);
  t->set_name(name);
  t->mutable_target()->set_comparator(c);
  t->mutable_target()->set_value(value);
  t->mutable_target()->set_unit(unit);
  t->mutable_target()->set_text(text);
  return t;
}

// ---- the worked example (§6) --------------------------------------------------------------

TEST(TargetFixtures, FixtureSetGivesTheExpectedReviewLinksAndFindings) {
  TargetSet set;
  ASSERT_TRUE(
      ParseMessage(ReadTestData("targets/fixture-set.input.json"), Format::kJson, &set).ok());
  TargetSetReview expected;
  ASSERT_TRUE(
      ParseMessage(ReadTestData("targets/fixture-set.expected.json"), Format::kJson, &expected)
          .ok());
  TargetSetReview got = ReviewOk(set);
  ASSERT_EQ(got.reviews_size(), expected.reviews_size());
  for (int i = 0; i < got.reviews_size(); ++i) {
    const v1::TargetReview &g = got.reviews(i), &e = expected.reviews(i);
    EXPECT_EQ(g.id(), e.id());
    EXPECT_EQ(g.indicators(), e.indicators());
    EXPECT_EQ(g.quantitative(), e.quantitative());
    EXPECT_EQ(g.qualitative(), e.qualitative());
    EXPECT_EQ(g.quantified_share(), e.quantified_share());
    ASSERT_EQ(g.coverage_size(), e.coverage_size());
    for (int c = 0; c < g.coverage_size(); ++c) {
      EXPECT_EQ(g.coverage(c).level2(), e.coverage(c).level2());
      EXPECT_EQ(g.coverage(c).indicators(), e.coverage(c).indicators()) << e.coverage(c).level2();
    }
    EXPECT_EQ(Codes(g.findings()), Codes(e.findings())) << g.id();
    for (int f = 0; f < g.findings_size() && f < e.findings_size(); ++f) {
      EXPECT_EQ(g.findings(f).message(), e.findings(f).message());
      EXPECT_EQ(g.findings(f).reported(), e.findings(f).reported());
    }
  }
  ASSERT_EQ(got.links_size(), expected.links_size());
  for (int i = 0; i < got.links_size(); ++i) {
    EXPECT_EQ(got.links(i).declaration_id(), expected.links(i).declaration_id());
    EXPECT_EQ(got.links(i).evaluation_id(), expected.links(i).evaluation_id());
    EXPECT_EQ(Codes(got.links(i).findings()), Codes(expected.links(i).findings()));
  }
  EXPECT_EQ(Codes(got.findings()), Codes(expected.findings()));
}

TEST(TargetReview, GeodataCountsSevenQuantitativeOfEighteen) {
  v1::TargetReview r = ReviewOne(Geodata()).reviews(0);
  EXPECT_EQ(r.indicators(), 18);
  EXPECT_EQ(r.quantitative(), 7);
  EXPECT_EQ(r.qualitative(), 11);
  EXPECT_EQ(r.quantified_share(), "38.89");  // 700/18 = 38.888… half up
}

TEST(TargetReview, CoverageListsEveryPrintedGroupEmptyOnesIncluded) {
  v1::TargetReview r = ReviewOne(Geodata()).reviews(0);
  ASSERT_EQ(r.coverage_size(), 18);
  EXPECT_EQ(r.coverage(3).level2(), "资产管理");
  EXPECT_EQ(r.coverage(3).indicators(), 0);
  EXPECT_EQ(r.coverage(2).level2(), "项目管理");
  EXPECT_EQ(r.coverage(2).indicators(), 5);
}

TEST(TargetReview, IndicatorsWithoutIdsAreT01T02InOrderAndOwnIdsAreKept) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(16)->set_id("own");
  EXPECT_EQ(DeclaredIndicatorId(d, 0), "t01");
  EXPECT_EQ(DeclaredIndicatorId(d, 10), "t11");
  EXPECT_EQ(DeclaredIndicatorId(d, 16), "own");
}

// ---- §2 findings ----------------------------------------------------------------------------

TEST(MissingGroup, GeodataHasNoCostIndicatorAndItsCostRowIsPrintedEmpty) {
  std::vector<Finding> f = ReviewFindings(Geodata(), "MISSING_GROUP");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity(), Finding::WARNING);
  EXPECT_EQ(f[0].indicator_id(), "");
  EXPECT_EQ(f[0].message(), "要求“成本指标”没有任何指标；表中列出的二级指标“成本”为空");
}

TEST(MissingGroup, WithoutThePrintedEmptyRowTheMessageSaysOnlyWhatIsMissing) {
  TargetDeclaration d = Geodata();
  d.mutable_groups()->DeleteSubrange(7, 1);  // 产出目标/成本
  std::vector<Finding> f = ReviewFindings(d, "MISSING_GROUP");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message(), "要求“成本指标”没有任何指标");
}

TEST(MissingGroup, ACostTargetMeetsTheRequirement) {
  TargetDeclaration d = Geodata();
  Add(&d, "产出目标", "成本", "航飞影像单价", v1::Target::AT_MOST, "3000", "元");
  EXPECT_TRUE(ReviewFindings(d, "MISSING_GROUP").empty());
}

TEST(MissingGroup, SatisfactionIsMetByANameContaining满意Anywhere) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(15)->set_level2("社会效益");  // 市直各部门满意度, no 满意度 group left
  EXPECT_EQ(ReviewFindings(d, "MISSING_GROUP").size(), 1u);  // still only 成本指标
  d.mutable_indicators(15)->set_name("市直各部门评价");
  std::vector<Finding> f = ReviewFindings(d, "MISSING_GROUP");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].message(), "要求“满意度指标”没有任何指标；表中列出的二级指标“满意度”为空");
}

TEST(NotQuantified, DataGovernanceSatisfactionTargets满意AreQualitative) {
  std::vector<Finding> f = ReviewFindings(Governance(), "NOT_QUANTIFIED");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].indicator_id(), "t17");
  EXPECT_EQ(f[0].reported(), "满意");
  EXPECT_EQ(f[0].message(),
            "t17 社会效益/公众满意度：数量、成本和满意度指标应当量化，目标值“满意”是定性的");
  EXPECT_EQ(f[1].indicator_id(), "t18");
}

TEST(NotQuantified, AQuantityGroupWithAQualitativeTarget) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(11)->clear_target();  // 数量/1 "=1200 平方公里" → "完成"
  d.mutable_indicators(11)->mutable_target()->set_text("完成");
  std::vector<Finding> f = ReviewFindings(d, "NOT_QUANTIFIED");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "t12");
}

TEST(VagueTarget, AQualitativeTargetThatIsOnlyADirection) {
  TargetDeclaration d = Governance();
  d.mutable_indicators(13)->mutable_target()->set_text("有效 提升");  // 提供数据服务的及时性
  std::vector<Finding> f = ReviewFindings(d, "VAGUE_TARGET");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity(), Finding::INFO);
  EXPECT_EQ(f[0].indicator_id(), "t14");
  EXPECT_EQ(f[0].reported(), "有效 提升");
  // A wording with a standard is not vague, even if it contains a vague word.
  d.mutable_indicators(13)->mutable_target()->set_text("及时率提高到95%以上");
  EXPECT_TRUE(ReviewFindings(d, "VAGUE_TARGET").empty());
}

TEST(NatureMismatch, QualitativeNatureWithANumericTargetAndTheReverse) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(12)->set_nature(TargetIndicator::QUALITATIVE);  // 验收合格率 ≥95%
  d.mutable_indicators(1)->set_nature(TargetIndicator::QUANTITATIVE);  // 预算编制合理性 合理
  d.mutable_indicators(3)->set_nature(TargetIndicator::QUALITATIVE);  // 健全: agrees
  std::vector<Finding> f = ReviewFindings(d, "NATURE_MISMATCH");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].indicator_id(), "t02");
  EXPECT_EQ(f[1].indicator_id(), "t13");
}

TEST(NatureMismatch, UnitColumn定性指标MarksTheIndicatorQualitative) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(12)->set_unit("定性指标");  // 验收合格率 ≥95%
  d.mutable_indicators(1)->set_unit("定性指标");   // 合理: agrees
  std::vector<Finding> f = ReviewFindings(d, "NATURE_MISMATCH");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "t13");
  EXPECT_TRUE(ReviewFindings(d, "UNIT_MISMATCH").empty());  // 定性指标 is not a unit
}

TEST(UnitMismatch, TargetUnitDiffersFromTheUnitColumn) {
  TargetDeclaration d = Governance();
  d.mutable_indicators(14)->set_unit("条");    // 数据归集量 ≥150亿条
  d.mutable_indicators(15)->set_unit(" 个 ");  // 数据共享量 ≥20个: the same, spaces aside
  std::vector<Finding> f = ReviewFindings(d, "UNIT_MISMATCH");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "t15");
  EXPECT_EQ(f[0].reported(), "条");
  EXPECT_EQ(f[0].computed(), "亿条");
}

TEST(CostOverAmount, ACostTargetAboveTheProjectTotalAcrossUnits) {
  TargetDeclaration d = Geodata();  // total 3770000.00 元
  Add(&d, "产出目标", "成本", "航飞及更新成本", v1::Target::AT_MOST, "378", "万元");
  Add(&d, "产出目标", "成本", "核心要素更新成本", v1::Target::AT_MOST, "377", "万元");  // equal
  Add(&d, "产出目标", "成本指标", "维护成本", v1::Target::AT_MOST, "0.0378", "亿元");
  Add(&d, "产出目标", "成本", "单位面积成本", v1::Target::AT_MOST, "5000", "",
      "")
      ->set_unit("元");  // the unit column's 元
  std::vector<Finding> f = ReviewFindings(d, "COST_OVER_AMOUNT");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].severity(), Finding::ERROR);
  EXPECT_EQ(f[0].indicator_id(), "t19");
  EXPECT_EQ(f[0].computed(), "3770000.00 元");
  EXPECT_EQ(f[1].indicator_id(), "t21");
}

TEST(CostOverAmount, CurrentYearWhenTotalIsMissingAndMoneyUnit万元) {
  TargetDeclaration d = Geodata();
  d.set_money_unit("万元");
  d.mutable_amounts()->clear_total();
  d.mutable_amounts()->set_current_year("377");
  d.mutable_amounts()->set_previous_total("380");
  d.mutable_amounts()->set_previous_year("380");
  Add(&d, "产出目标", "成本", "航飞成本", v1::Target::AT_MOST, "3770001", "元");
  Add(&d, "产出目标", "成本", "更新成本", v1::Target::AT_MOST, "3770000", "元");
  std::vector<Finding> f = ReviewFindings(d, "COST_OVER_AMOUNT");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "t19");
}

TEST(DuplicateIndicator, SameGroupAndNameSpacesAside) {
  TargetDeclaration d = Geodata();
  Add(&d, "产出目标", "质量", "验收 合格率", v1::Target::AT_LEAST, "90", "%");
  Add(&d, "效果目标", "社会效益", "验收合格率", v1::Target::AT_LEAST, "90", "%");  // other group
  std::vector<Finding> f = ReviewFindings(d, "DUPLICATE_INDICATOR");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "t19");
  EXPECT_NE(f[0].message().find("t13"), std::string::npos);
}

TEST(AmountOrder, CurrentYearAboveTotal) {
  TargetDeclaration d = Geodata();
  d.mutable_amounts()->set_current_year("3800000.00");
  std::vector<Finding> f = ReviewFindings(d, "AMOUNT_ORDER");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "");
  EXPECT_EQ(f[0].reported(), "3800000.00");
  EXPECT_EQ(f[0].computed(), "3770000.00");
  d.mutable_amounts()->set_current_year("3770000");
  EXPECT_TRUE(ReviewFindings(d, "AMOUNT_ORDER").empty());
}

// A department declaration (部门整体), in 万元: 9653.46 = 9000 + 653.46 = 3016.81 + 6636.65.
TargetDeclaration Department() {
  TargetDeclaration d;
  d.set_id("zz-2021-dsj");
  d.set_kind(v1::Evaluation::DEPARTMENT);
  d.set_name("郑州市大数据管理局");
  d.set_money_unit("万元");
  v1::DeclaredFunding* f = d.mutable_funding();
  f->set_total("9653.46");
  f->set_fiscal("9000");
  f->set_other("653.46");
  f->set_basic("3016.81");
  f->set_project("6636.65");
  Add(&d, "产出指标", "数量", "政务数据归集量", v1::Target::AT_LEAST, "150", "亿条");
  Add(&d, "效益指标", "社会效益", "共享应用系统", v1::Target::AT_LEAST, "20", "个");
  Add(&d, "效益指标", "服务对象满意度", "使用单位满意度", v1::Target::AT_LEAST, "90", "%");
  return d;
}

TEST(FundingSumMismatch, BasicPlusProjectIsNotTheTotal) {
  TargetDeclaration d = Department();
  EXPECT_TRUE(ReviewFindings(d, "FUNDING_SUM_MISMATCH").empty());
  d.mutable_funding()->set_project("6636.56");  // digits swapped
  std::vector<Finding> f = ReviewFindings(d, "FUNDING_SUM_MISMATCH");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity(), Finding::ERROR);
  EXPECT_EQ(f[0].reported(), "9653.46");
  EXPECT_EQ(f[0].computed(), "9653.37");
  d.mutable_funding()->clear_other();  // fiscal + other: not all three given, not checked
  d.mutable_funding()->set_fiscal("1");
  EXPECT_EQ(ReviewFindings(d, "FUNDING_SUM_MISMATCH").size(), 1u);
}

TEST(FundingSumMismatch, FiscalPlusOtherIsNotTheTotalOneFindingPerPair) {
  TargetDeclaration d = Department();
  d.mutable_funding()->set_other("653.45");
  std::vector<Finding> f = ReviewFindings(d, "FUNDING_SUM_MISMATCH");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].computed(), "9653.45");
  d.mutable_funding()->set_basic("3016.80");
  EXPECT_EQ(ReviewFindings(d, "FUNDING_SUM_MISMATCH").size(), 2u);
  // 96534600 元 in a declaration kept in 元 agrees with the same figures in 万元 above.
  d = Department();
  d.set_money_unit("元");
  d.mutable_funding()->set_total("96534600");
  d.mutable_funding()->set_fiscal("90000000");
  d.mutable_funding()->set_other("6534600.00");
  d.mutable_funding()->set_basic("30168100");
  d.mutable_funding()->set_project("66366500");
  EXPECT_TRUE(ReviewFindings(d, "FUNDING_SUM_MISMATCH").empty());
}

TEST(TargetProfiles, DepartmentDeclarationsUseMof2021DepartmentByDefault) {
  TargetDeclaration d = Department();
  EXPECT_TRUE(ReviewFindings(d, "MISSING_GROUP").empty());
  d.mutable_indicators(1)->set_level1("影响力指标");
  d.mutable_indicators(2)->set_level1("影响力指标");
  std::vector<Finding> f = ReviewFindings(d, "MISSING_GROUP");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message(), "要求“效益指标”没有任何指标");
}

TEST(TargetProfiles, ANamedProfileAppliesToEveryDeclaration) {
  TargetSet set;
  *set.add_declarations() = Geodata();
  set.set_profile("mof-2021-department");  // 产出目标 is a category of it; no 成本 requirement
  EXPECT_TRUE(Only(ReviewOk(set).reviews(0).findings(), "MISSING_GROUP").empty());
}

TEST(TargetProfiles, CustomProfileRequirementsAndWords) {
  TargetSet set;
  *set.add_declarations() = Geodata();
  v1::TargetProfile* p = set.mutable_custom_profile();
  p->set_name("zz-2021");
  auto* r = p->add_requirements();
  r->set_label("影响力");
  r->add_categories("影响力目标");
  r->add_groups("人力资源");
  p->add_vague_words("健全");
  p->add_quantitative_groups("长效管理");
  TargetSetReview review = ReviewOk(set);
  EXPECT_EQ(Codes(review.reviews(0).findings()),
            (std::vector<std::string>{"MISSING_GROUP", "VAGUE_TARGET@t04", "VAGUE_TARGET@t09",
                                      "NOT_QUANTIFIED@t17", "VAGUE_TARGET@t17"}));
  EXPECT_EQ(review.reviews(0).findings(0).message(),
            "要求“影响力”没有任何指标；表中列出的二级指标“人力资源”为空");
}

// ---- links (§3) -------------------------------------------------------------------------------

TargetSet GeodataPair() {
  TargetSet set;
  *set.add_declarations() = Geodata();
  *set.add_evaluations() = YearEnd("zz-2021-geodata");
  return set;
}
std::vector<Finding> LinkFindings(const TargetSet& set, const std::string& code) {
  TargetSetReview r = ReviewOk(set);
  return r.links_size() == 1 ? Only(r.links(0).findings(), code) : std::vector<Finding>();
}

TEST(TargetChanged, GeodataAcceptanceTargetTextChangedAtTheEvaluation) {
  std::vector<Finding> f = LinkFindings(GeodataPair(), "TARGET_CHANGED");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "t11");
  EXPECT_EQ(f[0].message(), "t11 “项目验收规范性”（自评 i11）：text 合格率百分比 → 合格率");
  EXPECT_EQ(f[0].reported(), "合格率百分比");
  EXPECT_EQ(f[0].computed(), "合格率");
}

TEST(TargetChanged, ComparatorValueAndUnitEachListed) {
  TargetSet set = GeodataPair();
  v1::Target* t = set.mutable_declarations(0)->mutable_indicators(13)->mutable_target();  // 合格
  t->set_comparator(v1::Target::EQUAL);
  t->set_value("90.0");  // = 90 as a decimal: no value change
  t->set_unit("日");
  std::vector<Finding> f = LinkFindings(set, "TARGET_CHANGED");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].indicator_id(), "t14");
  EXPECT_EQ(f[1].message(), "t14 “合格”（自评 i14）：comparator = → ≤; unit 日 → 天");
}

TEST(TargetChanged, ValuesCompareAsDecimals300000IsNot3000000) {
  TargetSet set = GeodataPair();
  set.mutable_declarations(0)->mutable_indicators(11)->mutable_target()->set_value("1200.00");
  EXPECT_EQ(LinkFindings(set, "TARGET_CHANGED").size(), 1u);  // only t11
  set.mutable_declarations(0)->mutable_indicators(11)->mutable_target()->set_value("12000");
  std::vector<Finding> f = LinkFindings(set, "TARGET_CHANGED");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].message(), "t12 “1”（自评 i12）：value 12000 → 1200");
}

TEST(TargetDropped, ADeclaredIndicatorTheEvaluationDoesNotScore) {
  TargetSet set = GeodataPair();
  set.mutable_evaluations(0)->mutable_indicators()->DeleteSubrange(15, 1);  // 市直各部门满意度
  std::vector<Finding> f = LinkFindings(set, "TARGET_DROPPED");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity(), Finding::WARNING);
  EXPECT_EQ(f[0].indicator_id(), "t16");
  EXPECT_EQ(f[0].reported(), "≥80%");
}

TEST(TargetAdded, AnEvaluatedIndicatorThatWasNotDeclared) {
  TargetSet set = GeodataPair();
  v1::Indicator* extra = set.mutable_evaluations(0)->add_indicators();
  extra->set_id("i19");
  extra->set_level1("影响力目标");
  extra->set_level2("信息共享");
  extra->set_name("数据共享部门数");
  extra->mutable_target()->set_value("10");
  std::vector<Finding> f = LinkFindings(set, "TARGET_ADDED");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity(), Finding::INFO);
  EXPECT_EQ(f[0].indicator_id(), "i19");
  EXPECT_EQ(f[0].computed(), "≥10");
}

TEST(TargetLinks, IndicatorsSharingANamePairUpInInputOrder) {
  TargetSet set = GeodataPair();
  Add(set.mutable_declarations(0), "影响力目标", "长效管理", "档案管理机制健全性",
      v1::Target::QUALITATIVE, "", "", "完善");
  v1::Indicator* twin = set.mutable_evaluations(0)->add_indicators();
  *twin = set.evaluations(0).indicators(16);
  twin->set_id("i19");
  twin->mutable_target()->set_text("完善");
  EXPECT_EQ(LinkFindings(set, "TARGET_CHANGED").size(), 1u);  // t11 only: t17↔i17, t19↔i19
}

TEST(AmountChanged, CurrentYearAgainstTheEvaluationsInitialBudget) {
  TargetSet set = GeodataPair();
  EXPECT_TRUE(LinkFindings(set, "AMOUNT_CHANGED").empty());  // 3770000.00 = 3770000
  set.mutable_evaluations(0)->mutable_budget()->mutable_total()->set_initial("3700000");
  std::vector<Finding> f = LinkFindings(set, "AMOUNT_CHANGED");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator_id(), "");
  EXPECT_EQ(f[0].reported(), "3770000.00 元");
  EXPECT_EQ(f[0].computed(), "3700000 元");
}

TEST(AmountChanged, AdjustedWhenInitialIsEmptyAndAcrossUnits) {
  TargetSet set = GeodataPair();
  set.mutable_declarations(0)->set_money_unit("万元");
  set.mutable_declarations(0)->clear_amounts();
  set.mutable_declarations(0)->mutable_amounts()->set_current_year("377");
  v1::BudgetLine* total = set.mutable_evaluations(0)->mutable_budget()->mutable_total();
  total->clear_initial();
  total->set_adjusted("3770000");
  EXPECT_TRUE(LinkFindings(set, "AMOUNT_CHANGED").empty());
  total->set_adjusted("3780000");
  EXPECT_EQ(LinkFindings(set, "AMOUNT_CHANGED").size(), 1u);
}

TEST(TargetLinks, ByIdFirstThenByNormalisedNameEachEvaluationOnce) {
  TargetSet set;
  *set.add_declarations() = Geodata();
  *set.add_declarations() = Governance();
  v1::Evaluation geodata = YearEnd("zz-2021-geodata");
  geodata.set_id("2021-自评-07");
  geodata.set_name("基础地理信息数据年度更新维护项目（2021 年）");
  *set.add_evaluations() = geodata;
  *set.add_evaluations() = YearEnd("zz-2021-data-governance");
  TargetSetReview r = ReviewOk(set);
  ASSERT_EQ(r.links_size(), 2);
  EXPECT_EQ(r.links(0).declaration_id(), "zz-2021-geodata");
  EXPECT_EQ(r.links(0).evaluation_id(), "2021-自评-07");
  EXPECT_EQ(r.links(1).evaluation_id(), "zz-2021-data-governance");
  EXPECT_TRUE(r.findings().empty());
}

TEST(NotEvaluated, AProjectDeclarationNoEvaluationLinksTo) {
  TargetSet set = GeodataPair();
  *set.add_declarations() = Governance();
  TargetSetReview r = ReviewOk(set);
  EXPECT_EQ(Codes(r.findings()),
            (std::vector<std::string>{"NOT_EVALUATED@zz-2021-data-governance"}));
  EXPECT_EQ(r.findings(0).severity(), Finding::INFO);
}

// ---- across documents (§3) ------------------------------------------------------------------

TargetSet DepartmentSet() {
  TargetSet set;
  *set.add_declarations() = Department();
  *set.add_declarations() = Geodata();                                 // 3770000.00 元
  *set.add_declarations() = Governance();                              // 4900000.00 元
  set.mutable_declarations(0)->mutable_funding()->set_project("867");  // 377 + 490 万元
  set.mutable_declarations(0)->mutable_funding()->set_basic("8786.46");
  return set;
}
std::vector<std::string> CrossCodes(const TargetSet& set) {
  std::vector<std::string> out;
  for (const std::string& c : Codes(ReviewOk(set).findings())) {
    if (c.rfind("NOT_EVALUATED", 0) != 0) out.push_back(c);
  }
  return out;
}

TEST(ProjectsSumMismatch, ProjectDeclarationsAgainstTheDepartmentsProjectFunding) {
  TargetSet set = DepartmentSet();
  EXPECT_TRUE(CrossCodes(set).empty());
  set.mutable_declarations(0)->mutable_funding()->set_project("870");
  set.mutable_declarations(0)->mutable_funding()->set_basic("8783.46");
  EXPECT_EQ(CrossCodes(set), (std::vector<std::string>{"PROJECTS_SUM_MISMATCH@zz-2021-dsj"}));
  std::vector<Finding> f = Only(ReviewOk(set).findings(), "PROJECTS_SUM_MISMATCH");
  EXPECT_EQ(f[0].severity(), Finding::ERROR);
  EXPECT_EQ(f[0].computed(), "867");
}

TEST(ProjectsSumMismatch, NotCheckedWithoutAProjectAmount) {
  TargetSet set;
  *set.add_declarations() = Department();
  TargetDeclaration geodata = Geodata();
  geodata.clear_amounts();
  *set.add_declarations() = geodata;
  EXPECT_TRUE(CrossCodes(set).empty());
}

v1::DepartmentBudget Budget() {
  v1::DepartmentBudget b;
  b.set_id("zz-2021-dsj-budget");
  b.set_unit("元");
  b.set_expenditure_total("96534600.00");
  auto* p = b.add_projects();
  p->set_name("基础地理信息数据年度更新维护项目");
  p->set_amount("3770000");
  p = b.add_projects();
  p->set_name("全市政务数据治理专项资金");
  p->set_amount("4900000.00");
  return b;
}

TEST(FundingBudgetMismatch, DepartmentTotalAgainstTheBudgetsExpenditureTotal) {
  TargetSet set = DepartmentSet();
  *set.mutable_budget() = Budget();  // 96534600.00 元 = 9653.46 万元
  EXPECT_TRUE(CrossCodes(set).empty());
  set.mutable_budget()->set_expenditure_total("96534700.00");
  EXPECT_EQ(CrossCodes(set), (std::vector<std::string>{"FUNDING_BUDGET_MISMATCH@zz-2021-dsj"}));
}

TEST(ProjectAmountMismatch, AProjectLineOfTheSameNameWithAnotherAmount) {
  TargetSet set = DepartmentSet();
  *set.mutable_budget() = Budget();
  set.mutable_budget()->mutable_projects(1)->set_amount("4800000.00");
  EXPECT_EQ(CrossCodes(set),
            (std::vector<std::string>{"PROJECT_AMOUNT_MISMATCH@zz-2021-data-governance"}));
}

TEST(ProjectNotInBudget, AProjectDeclarationNoBudgetLineMatches) {
  TargetSet set = DepartmentSet();
  *set.mutable_budget() = Budget();
  set.mutable_budget()->mutable_projects()->DeleteSubrange(0, 1);
  EXPECT_EQ(CrossCodes(set), (std::vector<std::string>{"PROJECT_NOT_IN_BUDGET@zz-2021-geodata"}));
  set.mutable_budget()->clear_projects();  // a budget that lists no projects: nothing to match
  EXPECT_TRUE(CrossCodes(set).empty());
}

// ---- errors (§1, §2) --------------------------------------------------------------------------

TEST(TargetErrors, MalformedDecimalNamesTheField) {
  TargetDeclaration d = Geodata();
  d.mutable_amounts()->set_total("3,770,000.00");
  EXPECT_NE(ErrorOfOne(d).find("declarations[0] (zz-2021-geodata) amounts.total"),
            std::string::npos);
}

TEST(TargetErrors, NegativeAmountNamesTheField) {
  TargetDeclaration d = Department();
  d.mutable_funding()->set_other("-653.46");
  EXPECT_NE(ErrorOfOne(d).find("funding.other"), std::string::npos);
}

TEST(TargetErrors, UnknownMoneyUnitNamesTheField) {
  TargetDeclaration d = Geodata();
  d.set_money_unit("千元");
  EXPECT_NE(ErrorOfOne(d).find("money_unit"), std::string::npos);
}

TEST(TargetErrors, IndicatorWithNeitherTargetValueNorText) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(4)->clear_target();
  d.mutable_indicators(4)->clear_text();
  std::string e = ErrorOfOne(d);
  EXPECT_NE(e.find("indicators[4] (t05) target"), std::string::npos) << e;
}

TEST(TargetErrors, MalformedTargetValueNamesTheIndicator) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(12)->mutable_target()->set_value("95%");
  EXPECT_NE(ErrorOfOne(d).find("indicators[12] (t13) target.value"), std::string::npos);
}

TEST(TargetErrors, RequirementWithNothingToMatch) {
  TargetSet set;
  *set.add_declarations() = Geodata();
  set.mutable_custom_profile()->add_requirements()->set_label("空要求");
  EXPECT_NE(ErrorOf(set).find("custom_profile.requirements[0] (空要求)"), std::string::npos);
}

TEST(TargetErrors, UnknownProfileListsTheBuiltIns) {
  TargetSet set;
  *set.add_declarations() = Geodata();
  set.set_profile("mof-2020-project");
  std::string e = ErrorOf(set);
  EXPECT_NE(e.find("mof-2021-project, mof-2021-department"), std::string::npos) << e;
}

TEST(TargetErrors, DuplicateIndicatorIdNamesBoth) {
  TargetDeclaration d = Geodata();
  d.mutable_indicators(3)->set_id("t02");
  EXPECT_NE(ErrorOfOne(d).find("indicators[3] (t02) id"), std::string::npos);
}

TEST(TargetErrors, TwoDepartmentDeclarationsInOneSet) {
  TargetSet set;
  *set.add_declarations() = Department();
  *set.add_declarations() = Department();
  EXPECT_NE(ErrorOf(set).find("declarations[1] (zz-2021-dsj) kind"), std::string::npos);
}

TEST(TargetErrors, MalformedEvaluationTargetNamesTheEvaluation) {
  TargetSet set = GeodataPair();
  set.mutable_evaluations(0)->mutable_indicators(12)->mutable_target()->set_value("≥95");
  EXPECT_NE(ErrorOf(set).find("evaluations[0] (zz-2021-geodata) indicators[12] (i13)"),
            std::string::npos);
}

TEST(TargetErrors, MalformedBudgetAmountNamesTheBudgetField) {
  TargetSet set = DepartmentSet();
  *set.mutable_budget() = Budget();
  set.mutable_budget()->set_expenditure_total("九千万");
  EXPECT_NE(ErrorOf(set).find("budget.expenditure_total"), std::string::npos);
}

// ---- the skeleton (§4) ------------------------------------------------------------------------

// The skeleton filled as the year-end form fills it: each indicator's actual and scoring rule
// (评分标准) from the form's indicator of the same name, and the budget's execution figures.
v1::Evaluation FillFromYearEnd(v1::Evaluation skeleton, const v1::Evaluation& form) {
  std::map<std::string, const v1::Indicator*> by_name;
  for (const v1::Indicator& in : form.indicators()) by_name[in.name()] = &in;
  for (v1::Indicator& in : *skeleton.mutable_indicators()) {
    auto it = by_name.find(in.name());
    EXPECT_NE(it, by_name.end()) << in.name();
    if (it == by_name.end()) continue;
    *in.mutable_actual() = it->second->actual();
    if (it->second->has_rule()) *in.mutable_rule() = it->second->rule();
  }
  v1::BudgetLine* total = skeleton.mutable_budget()->mutable_total();
  total->set_invested(form.budget().total().invested());
  total->set_received(form.budget().total().received());
  total->set_spent(form.budget().total().spent());
  return skeleton;
}

TEST(Skeleton, GeodataUnderZhengzhouCopiesIdentityTargetsAndTheAmount) {
  absl::StatusOr<v1::Evaluation> s = Skeleton(Geodata(), "zhengzhou-2021-project");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->id(), "zz-2021-geodata");
  EXPECT_EQ(s->scheme(), "zhengzhou-2021-project");
  EXPECT_EQ(s->kind(), v1::Evaluation::PROJECT);
  EXPECT_EQ(s->year(), 2021);
  EXPECT_EQ(s->budget().total().initial(), "3770000.00");
  ASSERT_EQ(s->indicators_size(), 18);  // no 预算执行率 category in this scheme: nothing added
  const v1::Indicator& t13 = s->indicators(12);
  EXPECT_EQ(t13.id(), "t13");
  EXPECT_EQ(t13.level1(), "产出目标");
  EXPECT_EQ(t13.name(), "验收合格率");
  EXPECT_EQ(t13.target().value(), "95");
  EXPECT_TRUE(t13.weight().empty());
  EXPECT_FALSE(t13.has_actual());
}

TEST(Skeleton, GeodataFilledFromItsYearEndFormScoresThatFormsTotal) {
  v1::Evaluation form = YearEnd("zz-2021-geodata");
  absl::StatusOr<v1::Evaluation> s = Skeleton(Geodata(), form.scheme());
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->budget().total().initial(), "3770000.00");
  v1::EvaluationResult r = testing::EvaluateOk(FillFromYearEnd(*s, form));
  EXPECT_EQ(r.total(), form.reported().total());
  EXPECT_EQ(r.total(), "99.37");
}

TEST(Skeleton, DataGovernanceFilledFromItsYearEndFormScoresThatFormsTotal) {
  v1::Evaluation form = YearEnd("zz-2021-data-governance");
  absl::StatusOr<v1::Evaluation> s = Skeleton(Governance(), form.scheme());
  ASSERT_TRUE(s.ok()) << s.status();
  v1::EvaluationResult r = testing::EvaluateOk(FillFromYearEnd(*s, form));
  EXPECT_EQ(r.total(), form.reported().total());
  EXPECT_EQ(r.total(), "98.66");
}

TEST(Skeleton, Level1NotACategoryOfTheSchemeIsAnErrorNamingIt) {
  absl::StatusOr<v1::Evaluation> s = Skeleton(Geodata(), "mof-2020-project");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("indicators[0] (t01) level1: \"投入与目标管理\""),
            std::string::npos)
      << s.status();
}

TEST(Skeleton, UnknownSchemeIsAnError) {
  absl::StatusOr<v1::Evaluation> s = Skeleton(Geodata(), "zhengzhou-2022-project");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("zhengzhou-2022-project"), std::string::npos);
}

TEST(Skeleton, MofSchemeGetsADerived预算执行率WhenTheDeclarationHasNone) {
  TargetDeclaration d;
  d.set_id("p1");
  d.set_money_unit("万元");
  d.mutable_amounts()->set_current_year("377.5");
  Add(&d, "产出指标", "数量指标", "航飞面积", v1::Target::AT_LEAST, "1200", "平方公里");
  Add(&d, "效益指标", "社会效益指标", "使用部门数", v1::Target::AT_LEAST, "8", "个");
  Add(&d, "满意度指标", "服务对象满意度指标", "使用部门满意度", v1::Target::AT_LEAST, "80", "%");
  absl::StatusOr<v1::Evaluation> s = Skeleton(d, "mof-2020-project");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->budget().total().initial(), "3775000");
  ASSERT_EQ(s->indicators_size(), 4);
  EXPECT_EQ(s->indicators(0).id(), "t04");
  EXPECT_EQ(s->indicators(0).level1(), "预算执行率");
  EXPECT_EQ(s->indicators(0).name(), "预算执行率");
  EXPECT_EQ(s->indicators(0).derived_from(), v1::EXECUTION_RATE);
  EXPECT_EQ(s->indicators(0).target().value(), "100");
  // Filled and evaluated: the rate comes from the budget (3775000 spent of 3775000: 100 %).
  v1::Evaluation form = *s;
  form.mutable_budget()->mutable_total()->set_spent("3775000");
  for (int i = 1; i < 4; ++i) {
    form.mutable_indicators(i)->mutable_actual()->set_number(form.indicators(i).target().value());
  }
  EXPECT_EQ(testing::EvaluateOk(form).total(), "100.00");
  // With its own 预算执行率, nothing is added.
  Add(&d, "预算执行率", "预算执行率", "预算执行率", v1::Target::EQUAL, "100", "%");
  EXPECT_EQ(Skeleton(d, "mof-2020-project")->indicators_size(), 4);
}

TEST(Skeleton, DepartmentDeclarationUnderHenan) {
  absl::StatusOr<v1::Evaluation> s = Skeleton(Department(), "henan-2021-department");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->kind(), v1::Evaluation::DEPARTMENT);
  ASSERT_EQ(s->indicators_size(), 4);
  EXPECT_EQ(s->indicators(0).derived_from(), v1::EXECUTION_RATE);
}

}  // namespace
}  // namespace jixiao
