// Targets and actuals as forms write them (include/jixiao/parse_target.h, docs/IMPORT.md).
#include <ostream>
#include <string>

#include "gtest/gtest.h"
#include "jixiao/parse_target.h"

namespace jixiao {
namespace {

using C = v1::Target;

struct TargetCase {
  const char* text;
  C::Comparator comparator;
  const char* value;
  const char* upper;
  const char* unit;
};

// Every wording with the Target it must give; `text` is always the input, trimmed.
const TargetCase kTargets[] = {
    // The wordings of SCORING.md §1 and the Zhengzhou, Henan and MOF forms.
    {"≥300项", C::AT_LEAST, "300", "", "项"},
    {"=100%", C::EQUAL, "100", "", "%"},
    {"≤90天", C::AT_MOST, "90", "", "天"},
    {"15%及其以下", C::AT_MOST, "15", "", "%"},
    {"不低于85%", C::AT_LEAST, "85", "", "%"},
    {"100%-130%", C::BETWEEN, "100", "130", "%"},
    {"≥95%", C::AT_LEAST, "95", "", "%"},
    {"=1200平方公里", C::EQUAL, "1200", "", "平方公里"},
    {"≥1200平方公里", C::AT_LEAST, "1200", "", "平方公里"},
    {"≤1500元/亩", C::AT_MOST, "1500", "", "元/亩"},
    {"≥3.2万亩", C::AT_LEAST, "3.2", "", "万亩"},
    {"≥4.6万人", C::AT_LEAST, "4.6", "", "万人"},
    {"≤68万元/公里", C::AT_MOST, "68", "", "万元/公里"},
    {"1.2亿条", C::AT_LEAST, "1.2", "", "亿条"},
    {"≥8", C::AT_LEAST, "8", "", ""},
    // Comparator signs: ASCII, full width, and the other Unicode spellings.
    {">=300", C::AT_LEAST, "300", "", ""},
    {"=>300", C::AT_LEAST, "300", "", ""},
    {"<=5%", C::AT_MOST, "5", "", "%"},
    {"=<5%", C::AT_MOST, "5", "", "%"},
    {"==100%", C::EQUAL, "100", "", "%"},
    {"＞＝95％", C::AT_LEAST, "95", "", "%"},
    {"＜＝5％", C::AT_MOST, "5", "", "%"},
    {"＝１００％", C::EQUAL, "100", "", "%"},
    {"≧95%", C::AT_LEAST, "95", "", "%"},
    {"≦5%", C::AT_MOST, "5", "", "%"},
    {"⩾95%", C::AT_LEAST, "95", "", "%"},
    {"⩽5%", C::AT_MOST, "5", "", "%"},
    {"≮90%", C::AT_LEAST, "90", "", "%"},
    {"≯5%", C::AT_MOST, "5", "", "%"},
    // Strict signs read as their non-strict comparator: the contract has no strict one.
    {">90%", C::AT_LEAST, "90", "", "%"},
    {"<10天", C::AT_MOST, "10", "", "天"},
    {"＞90%", C::AT_LEAST, "90", "", "%"},
    {"＜10天", C::AT_MOST, "10", "", "天"},
    // Words before the number.
    {"不少于300项", C::AT_LEAST, "300", "", "项"},
    {"不小于1", C::AT_LEAST, "1", "", ""},
    {"至少12次", C::AT_LEAST, "12", "", "次"},
    {"大于等于80%", C::AT_LEAST, "80", "", "%"},
    {"大于或等于80%", C::AT_LEAST, "80", "", "%"},
    {"高于80%", C::AT_LEAST, "80", "", "%"},
    {"超过80%", C::AT_LEAST, "80", "", "%"},
    {"达到100%", C::AT_LEAST, "100", "", "%"},
    {"不高于5%", C::AT_MOST, "5", "", "%"},
    {"不超过68万元/公里", C::AT_MOST, "68", "", "万元/公里"},
    {"不多于3次", C::AT_MOST, "3", "", "次"},
    {"不大于3%", C::AT_MOST, "3", "", "%"},
    {"小于或等于2天", C::AT_MOST, "2", "", "天"},
    {"低于5%", C::AT_MOST, "5", "", "%"},
    {"等于100%", C::EQUAL, "100", "", "%"},
    {"控制在5%以内", C::AT_MOST, "5", "", "%"},
    // Words after the number and unit.
    {"85%以上", C::AT_LEAST, "85", "", "%"},
    {"85%及以上", C::AT_LEAST, "85", "", "%"},
    {"85%及其以上", C::AT_LEAST, "85", "", "%"},
    {"300项以上", C::AT_LEAST, "300", "", "项"},
    {"10%以下", C::AT_MOST, "10", "", "%"},
    {"5%及以下", C::AT_MOST, "5", "", "%"},
    {"30天以内", C::AT_MOST, "30", "", "天"},
    {"30天内", C::AT_MOST, "30", "", "天"},
    {"100%左右", C::EQUAL, "100", "", "%"},
    {"90%(含)以上", C::AT_LEAST, "90", "", "%"},
    {"90%以上（含）", C::AT_LEAST, "90", "", "%"},
    {"≥85%以上", C::AT_LEAST, "85", "", "%"},  // said twice, the same way
    // Ranges.
    {"100%～130%", C::BETWEEN, "100", "130", "%"},
    {"100~130", C::BETWEEN, "100", "130", ""},
    {"100%-130", C::BETWEEN, "100", "130", "%"},
    {"118至125万亩", C::BETWEEN, "118", "125", "万亩"},
    {"118-125万亩", C::BETWEEN, "118", "125", "万亩"},
    {"118到125万亩", C::BETWEEN, "118", "125", "万亩"},
    {"90%—110%", C::BETWEEN, "90", "110", "%"},
    {"90%〜110%", C::BETWEEN, "90", "110", "%"},
    {"在90%-100%之间", C::BETWEEN, "90", "100", "%"},
    {"95%-95%", C::BETWEEN, "95", "95", "%"},
    // Numbers: full-width digits, points and percent signs, thousands separators, spaces.
    {"96,534,608", C::AT_LEAST, "96534608", "", ""},
    {"≥96,534,608元", C::AT_LEAST, "96534608", "", "元"},
    {"≥1,234.5万元", C::AT_LEAST, "1234.5", "", "万元"},
    {"１２００", C::AT_LEAST, "1200", "", ""},
    {"９５．５％", C::AT_LEAST, "95.5", "", "%"},
    {"≥95百分比", C::AT_LEAST, "95", "", "%"},
    {"95", C::AT_LEAST, "95", "", ""},
    {"0.5", C::AT_LEAST, "0.5", "", ""},
    {"≥007", C::AT_LEAST, "7", "", ""},
    {"≥0.05", C::AT_LEAST, "0.05", "", ""},
    {"≥99.999999%", C::AT_LEAST, "99.999999", "", "%"},
    {"≥ 300 项", C::AT_LEAST, "300", "", "项"},
    {"≥\xE3\x80\x80"
     "300项",
     C::AT_LEAST, "300", "", "项"},  // an ideographic space
    {"+5%", C::AT_LEAST, "5", "", "%"},
    // Units as written.
    {"1个", C::AT_LEAST, "1", "", "个"},
    {"≤0.5‰", C::AT_MOST, "0.5", "", "‰"},
    {"≥10GB", C::AT_LEAST, "10", "", "GB"},
    {"≥2000万元", C::AT_LEAST, "2000", "", "万元"},
    {"≥500人次", C::AT_LEAST, "500", "", "人次"},
    {"≤3个工作日", C::AT_MOST, "3", "", "个工作日"},
    // A label before a comparator sign names the indicator again.
    {"完成率≥95%", C::AT_LEAST, "95", "", "%"},
    {"覆盖率：≥90%", C::AT_LEAST, "90", "", "%"},
    // Issue 13: every glyph the national-template forms use (Yunnan ≧ ═, Hebei, other provinces).
    {"≧735人次", C::AT_LEAST, "735", "", "人次"},
    {"═100%", C::EQUAL, "100", "", "%"},
    {"﹦100%", C::EQUAL, "100", "", "%"},
    {"＝100%", C::EQUAL, "100", "", "%"},
    {"≽95%", C::AT_LEAST, "95", "", "%"},
    {"≼5%", C::AT_MOST, "5", "", "%"},
    {"﹥90%", C::AT_LEAST, "90", "", "%"},
    {"﹤10天", C::AT_MOST, "10", "", "天"},
    {"＞=95%", C::AT_LEAST, "95", "", "%"},
    {"＜=5%", C::AT_MOST, "5", "", "%"},
    {"不得低于90%", C::AT_LEAST, "90", "", "%"},
    {"不得少于2次", C::AT_LEAST, "2", "", "次"},
    {"不应低于90%", C::AT_LEAST, "90", "", "%"},
    {"不得高于5%", C::AT_MOST, "5", "", "%"},
    {"不得超过30天", C::AT_MOST, "30", "", "天"},
    {"不应超过30天", C::AT_MOST, "30", "", "天"},
    {"小于等于2天", C::AT_MOST, "2", "", "天"},
    {"≥100百分比", C::AT_LEAST, "100", "", "%"},
    {"≤4.7元/人*月", C::AT_MOST, "4.7", "", "元/人*月"},
    {"≤5元/人·天", C::AT_MOST, "5", "", "元/人·天"},
};

// Test names show the wording, not the bytes of the struct.
void PrintTo(const TargetCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class TargetWordings : public ::testing::TestWithParam<TargetCase> {};

TEST_P(TargetWordings, ReadAsComparatorValueUpperUnitAndText) {
  const TargetCase& c = GetParam();
  auto target = ParseTarget(c.text);
  ASSERT_TRUE(target.ok()) << c.text << ": " << target.status();
  EXPECT_EQ(target->comparator(), c.comparator) << c.text;
  EXPECT_EQ(target->value(), c.value) << c.text;
  EXPECT_EQ(target->upper(), c.upper) << c.text;
  EXPECT_EQ(target->unit(), c.unit) << c.text;
  EXPECT_EQ(target->text(), c.text) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Forms, TargetWordings, ::testing::ValuesIn(kTargets));

TEST(TargetWordings, CoverAtLeastSixtyWordings) {
  EXPECT_GE(sizeof(kTargets) / sizeof(kTargets[0]), 60u);
}

TEST(TargetOptions, ABareNumberTakesTheCallersComparator) {
  // A cost is a ceiling: the importer reads a bare number in a 成本 group as AT_MOST.
  ParseTargetOptions cost;
  cost.bare_number = C::AT_MOST;
  auto bare = ParseTarget("100", cost);
  ASSERT_TRUE(bare.ok()) << bare.status();
  EXPECT_EQ(bare->comparator(), C::AT_MOST);
  auto written = ParseTarget("≥100", cost);  // a written comparator wins
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(written->comparator(), C::AT_LEAST);
  EXPECT_EQ(ParseTarget("100")->comparator(), C::AT_LEAST);
}

TEST(BadTargets, AnUnreadableComparatorSaysSo) {
  for (const char* text : {"≈95%", "≠0", "≥=95%", "><5"}) {
    auto target = ParseTarget(text);
    ASSERT_FALSE(target.ok()) << text << " read as " << target->ShortDebugString();
    EXPECT_NE(target.status().message().find("comparator is not one jixiao reads"),
              std::string::npos)
        << target.status();
  }
}

TEST(ActualWordings, ACarriedComparatorIsDropped) {
  auto target = ParseTarget("≥260米");
  ASSERT_TRUE(target.ok());
  auto actual = ParseActual("≥266米", *target);
  ASSERT_TRUE(actual.ok()) << actual.status();
  EXPECT_EQ(actual->number(), "266");
  EXPECT_EQ(actual->text(), "≥266米");
  auto equal = ParseActual("═100%", *ParseTarget("═100%"));
  ASSERT_TRUE(equal.ok());
  EXPECT_EQ(equal->number(), "100");
}

TEST(TargetText, IsTrimmedButOtherwiseAsWritten) {
  auto target = ParseTarget("  ≥ 300 项\t");
  ASSERT_TRUE(target.ok());
  EXPECT_EQ(target->text(), "≥ 300 项");
}

// Wordings that are not one number with a unit are qualitative, with their text.
TEST(QualitativeTargets, KeepTheirWording) {
  for (const char* text :
       {"健全", "合理", "有效", "是", "明显改善", "7*24小时", "７×２４小时", "7×24小时", "12月底前",
        "2021年12月31日前完成", "不低于上年水平", "第3季度完成", "—", "/", "完成",
        "≥95%，且无重大安全事故", "1,5", "及时公开", "100%完成年度任务"}) {
    auto target = ParseTarget(text);
    ASSERT_TRUE(target.ok()) << text << ": " << target.status();
    EXPECT_EQ(target->comparator(), C::QUALITATIVE) << text;
    EXPECT_EQ(target->text(), text);
    EXPECT_EQ(target->value(), "") << text;
    EXPECT_EQ(target->unit(), "") << text;
  }
}

TEST(BadTargets, AreErrorsQuotingTheText) {
  struct Bad {
    const char* text;
    const char* why;
  };
  for (const Bad& bad : {
           Bad{"", "empty"},
           Bad{"   ", "empty"},
           Bad{"≥", "must be followed by a number"},
           Bad{"≤", "must be followed by a number"},
           Bad{"＞＝", "must be followed by a number"},
           Bad{"不低于", "must be followed by a number"},
           Bad{"以上", "must be followed by a number"},
           Bad{"1e5", "exponents"},
           Bad{"≥1E+3", "exponents"},
           Bad{"--5", "a sign must be followed by digits"},
           Bad{"-5", "cannot be negative"},
           Bad{"≥-5%", "cannot be negative"},
           Bad{"≥5%以下", "two comparators"},
           Bad{"130%-100%", "backwards"},
           Bad{"≥100%-130%", "cannot also carry a comparator"},
           Bad{"10%-20万", "different units"},
           Bad{"0.1234567", "more than 6 decimal places"},
           Bad{"1234567890123456", "more than 15 digits"},
           Bad{"\xFF\xFE", "invalid UTF-8"},
       }) {
    auto target = ParseTarget(bad.text);
    ASSERT_FALSE(target.ok()) << "\"" << bad.text << "\" parsed";
    EXPECT_EQ(target.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(target.status().message().find(bad.why), std::string::npos)
        << bad.text << ": " << target.status().message();
    EXPECT_EQ(target.status().message().rfind("target \"", 0), 0u) << target.status().message();
  }
}

v1::Target TargetOf(const char* text) {
  auto target = ParseTarget(text);
  EXPECT_TRUE(target.ok()) << text << ": " << target.status();
  return target.ok() ? *target : v1::Target();
}

struct ActualCase {
  const char* target;
  const char* text;
  v1::Actual::ValueCase kind;
  const char* value;  // number, factor or grade
};

const ActualCase kActuals[] = {
    {"=100%", "=93%", v1::Actual::kNumber, "93"},
    {"≥1000个", "=1000个", v1::Actual::kNumber, "1000"},
    {"=100%", "99.48%", v1::Actual::kNumber, "99.48"},
    {"≥90%", "８８．５％", v1::Actual::kNumber, "88.5"},
    {"≥95%", "95", v1::Actual::kNumber, "95"},  // no unit: in the target's unit
    {"≥8", "9个", v1::Actual::kNumber, "9"},    // the target wrote no unit
    {"≥1000个", "1,000个", v1::Actual::kNumber, "1000"},
    {"≥5%", "-3%", v1::Actual::kNumber, "-3"},
    {"≥5%", "＋6%", v1::Actual::kNumber, "6"},
    {"≥95%", "96 %", v1::Actual::kNumber, "96"},
    {"≥95%", "96百分比", v1::Actual::kNumber, "96"},
    // 万/亿 scales convert exactly into the target's unit.
    {"≥3.2万亩", "30500亩", v1::Actual::kNumber, "3.05"},
    {"≥3.2万亩", "3.05万亩", v1::Actual::kNumber, "3.05"},
    {"≥20000万条", "2.5亿条", v1::Actual::kNumber, "25000"},
    {"≥1.2亿条", "9600万条", v1::Actual::kNumber, "0.96"},
    {"≤0.5亿元", "1200万元", v1::Actual::kNumber, "0.12"},
    {"≥46000人", "4.82万人", v1::Actual::kNumber, "48200"},
    {"≥1万元", "12,345元", v1::Actual::kNumber, "1.2345"},
    {"≥100万元", "1000千元", v1::Actual::kNumber, "100"},
    {"≥500人次", "0.06万人次", v1::Actual::kNumber, "600"},
    // Labels.
    {"健全", "好", v1::Actual::kGrade, "好"},
    {"健全", "基本健全", v1::Actual::kGrade, "基本健全"},
    {"健全", "健全", v1::Actual::kGrade, "健全"},
    {"7*24小时", "7*24小时", v1::Actual::kGrade, "7*24小时"},
    {"12月底前", "12月底前", v1::Actual::kGrade, "12月底前"},
    {"≥95%", "达成", v1::Actual::kGrade, "达成"},  // the rule decides whether it can read it
    // A percentage against a qualitative target is the factor earned.
    {"健全", "80%", v1::Actual::kFactor, "80"},
    {"可控", "66%", v1::Actual::kFactor, "66"},
    {"合理", "100%", v1::Actual::kFactor, "100"},
    {"合理", "0%", v1::Actual::kFactor, "0"},
};

void PrintTo(const ActualCase& c, std::ostream* os) {
  *os << '"' << c.text << "\" against \"" << c.target << '"';
}

class ActualWordings : public ::testing::TestWithParam<ActualCase> {};

TEST_P(ActualWordings, ReadAgainstTheirTarget) {
  const ActualCase& c = GetParam();
  auto actual = ParseActual(c.text, TargetOf(c.target));
  ASSERT_TRUE(actual.ok()) << c.text << ": " << actual.status();
  EXPECT_EQ(actual->value_case(), c.kind) << c.text;
  EXPECT_EQ(actual->text(), c.text);
  switch (c.kind) {
    case v1::Actual::kNumber:
      EXPECT_EQ(actual->number(), c.value) << c.text;
      break;
    case v1::Actual::kFactor:
      EXPECT_EQ(actual->factor(), c.value) << c.text;
      break;
    default:
      EXPECT_EQ(actual->grade(), c.value) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Forms, ActualWordings, ::testing::ValuesIn(kActuals));

TEST(BadActuals, AreErrorsQuotingTheText) {
  struct Bad {
    const char* target;
    const char* text;
    const char* why;
  };
  for (const Bad& bad : {
           Bad{"=100%", "", "empty"},
           Bad{"=100%", "93天", "is not the target's unit \"%\""},
           Bad{"≥300项", "95%", "is not the target's unit \"项\""},
           Bad{"健全", "120%", "in [0, 100]"},
           Bad{"健全", "-5%", "in [0, 100]"},
           Bad{"≥1亿元", "1元", "more than 6 decimal places"},
           Bad{"≥95%", "1e5", "exponents"},
       }) {
    auto actual = ParseActual(bad.text, TargetOf(bad.target));
    ASSERT_FALSE(actual.ok()) << "\"" << bad.text << "\" parsed";
    EXPECT_EQ(actual.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(actual.status().message().find(bad.why), std::string::npos)
        << bad.text << ": " << actual.status().message();
  }
}

// A target from JSON with no comparator and no value is qualitative too (SCORING.md §4).
TEST(ActualAgainstUnspecifiedTarget, APercentageIsAFactor) {
  v1::Target target;
  target.set_text("健全");
  auto actual = ParseActual("80%", target);
  ASSERT_TRUE(actual.ok());
  EXPECT_EQ(actual->factor(), "80");
}

TEST(IsQualitative, ReadsTheTargetAsTheCoreDoes) {
  v1::Target target;
  target.set_text("健全");
  EXPECT_TRUE(IsQualitative(target));  // no comparator, no value
  target.set_value("95");
  EXPECT_FALSE(IsQualitative(target));  // a value without a comparator is AT_LEAST
  EXPECT_TRUE(IsQualitative(TargetOf("7*24小时")));
  EXPECT_FALSE(IsQualitative(TargetOf("≥95%")));
}

}  // namespace
}  // namespace jixiao
