// BUDGETS.md: department budget disclosure checks, one test per check code, metric and share.
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "jixiao/check_budget.h"
#include "jixiao/io.h"

namespace jixiao {
namespace {

using v1::DepartmentBudget;
using v1::DepartmentBudgetResult;
using v1::Finding;

// A clean budget, figures chosen to be checked by hand:
//   basic 600 = wages 300 + household 50 + 100 + goods_services 100 + capital 50; project 400;
//   total 1000; personnel 450; public 150; last year 700 → growth 300, 42.857… %.
constexpr char kCleanBudget[] = R"json({
  "id": "clean", "department": "测试局", "year": 2023, "unit": "元",
  "income": [{"name": "财政拨款", "amount": "900"}, {"name": "其他收入", "amount": "100"}],
  "income_total": "1000",
  "functions": [
    {"code": "2010301", "name": "行政运行", "wages": "300", "household": "50",
     "goods_services": "100", "capital": "50", "total": "500"},
    {"code": "2010302", "name": "一般行政管理事务", "project_social": "300",
     "project_other": "100", "total": "400"},
    {"code": "2080501", "name": "行政单位离退休", "household": "100", "total": "100"}
  ],
  "expenditure_total": "1000",
  "economics": [
    {"dept_code": "30101", "dept_name": "基本工资", "gov_code": "50101", "basic": "300", "total": "300"},
    {"dept_code": "30302", "dept_name": "退休费", "basic": "150", "total": "150"},
    {"dept_code": "30201", "dept_name": "办公费", "basic": "100", "project": "100", "total": "200"},
    {"dept_code": "31002", "dept_name": "办公设备购置", "basic": "50", "project": "300", "total": "350"}
  ],
  "three_public": {"reception": "10", "vehicle_operation": "20", "total": "30"},
  "procurement": [
    {"function_code": "2010301", "item": "计算机", "quantity": "2", "unit_price": "25", "amount": "50"},
    {"function_code": "2010302", "item": "云服务", "quantity": "1", "amount": "250"}
  ],
  "procurement_total": "300",
  "projects": [{"name": "甲项目", "amount": "300"}, {"name": "乙项目", "amount": "100"}],
  "previous_total": "700"
})json";

DepartmentBudget Clean() {
  DepartmentBudget budget;
  auto status = ParseMessage(kCleanBudget, Format::kJson, &budget);
  EXPECT_TRUE(status.ok()) << status;
  return budget;
}

DepartmentBudgetResult Check(const DepartmentBudget& budget) {
  auto result = CheckBudget(budget);
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? *result : DepartmentBudgetResult();
}

std::vector<std::string> Codes(const DepartmentBudgetResult& result) {
  std::vector<std::string> codes;
  for (const Finding& f : result.findings()) codes.push_back(f.code());
  return codes;
}

// The only finding, which must have `code`.
Finding Only(const DepartmentBudgetResult& result, const std::string& code) {
  EXPECT_EQ(Codes(result), std::vector<std::string>{code});
  return result.findings_size() == 1 ? result.findings(0) : Finding();
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

v1::Claim* AddClaim(DepartmentBudget* budget, const std::string& metric, const std::string& value,
                    const std::string& unit = "") {
  v1::Claim* claim = budget->add_claims();
  claim->set_metric(metric);
  claim->set_value(value);
  claim->set_unit(unit);
  return claim;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// ---- a clean budget ---------------------------------------------------------------------------

TEST(CleanBudget, GivesNoFinding) { EXPECT_TRUE(Check(Clean()).findings().empty()); }

TEST(CleanBudget, TrueClaimsGiveNoFinding) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "total", "1000");
  AddClaim(&budget, "total", "0.10", "万元");
  AddClaim(&budget, "growth_rate", "42.86");
  AddClaim(&budget, "growth_rate", "42.9", "%");
  AddClaim(&budget, "basic_share", "60");
  AddClaim(&budget, "function:201", "900.00");
  AddClaim(&budget, "function_share:20805", "10");
  EXPECT_TRUE(Check(budget).findings().empty());
}

TEST(CleanBudget, KeepsTheId) { EXPECT_EQ(Check(Clean()).id(), "clean"); }

// ---- one test per check code ------------------------------------------------------------------

TEST(Checks, INCOME_SUM_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_income(1)->set_amount("150");
  Finding f = Only(Check(budget), "INCOME_SUM_MISMATCH");
  EXPECT_EQ(f.severity(), Finding::WARNING);
  EXPECT_EQ(f.reported(), "1000");
  EXPECT_EQ(f.computed(), "1050.00");
  EXPECT_TRUE(Contains(f.message(), "income_total")) << f.message();
}

TEST(Checks, BALANCE_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_income(1)->set_amount("200");
  budget.set_income_total("1100");
  Finding f = Only(Check(budget), "BALANCE_MISMATCH");
  EXPECT_EQ(f.reported(), "1000");
  EXPECT_EQ(f.computed(), "1100.00");
  EXPECT_TRUE(Contains(f.message(), "expenditure_total differs from income_total"));
}

TEST(Checks, FUNCTION_LINE_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_functions(1)->set_project_other("90");  // the printed total stays 400
  DepartmentBudgetResult result = Check(budget);
  // The columns now give project 390, which the economic table and project list also contradict.
  ASSERT_EQ(Codes(result),
            (std::vector<std::string>{"FUNCTION_LINE_MISMATCH", "ECONOMIC_SUM_MISMATCH",
                                      "PROJECTS_SUM_MISMATCH"}));
  Finding f = result.findings(0);
  EXPECT_EQ(f.code(), "FUNCTION_LINE_MISMATCH");
  EXPECT_EQ(f.reported(), "400");
  EXPECT_EQ(f.computed(), "390.00");
  EXPECT_EQ(f.message(),
            "function line 2 (2010302 一般行政管理事务): total differs from the sum of its eight "
            "columns");
}

TEST(Checks, EXPENDITURE_SUM_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.set_expenditure_total("1001");
  budget.set_income_total("1001");
  budget.mutable_income(1)->set_amount("101");
  Finding f = Only(Check(budget), "EXPENDITURE_SUM_MISMATCH");
  EXPECT_EQ(f.reported(), "1001");
  EXPECT_EQ(f.computed(), "1000.00");
}

TEST(Checks, ECONOMIC_LINE_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_economics(0)->set_total("310");
  Finding f = Only(Check(budget), "ECONOMIC_LINE_MISMATCH");
  EXPECT_EQ(f.reported(), "310");
  EXPECT_EQ(f.computed(), "300.00");
  EXPECT_EQ(f.message(), "economic line 1 (30101 基本工资): basic + project differs from total");
}

TEST(Checks, ECONOMIC_SUM_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_economics(2)->set_project("110");
  budget.mutable_economics(2)->set_total("210");
  Finding f = Only(Check(budget), "ECONOMIC_SUM_MISMATCH");
  EXPECT_EQ(f.reported(), "410");
  EXPECT_EQ(f.computed(), "400.00");
  EXPECT_TRUE(Contains(f.message(), "project expenditure")) << f.message();
}

TEST(Checks, ECONOMIC_CLASS_MISMATCH) {
  // 10 moved from 301 基本工资 to 302 办公费: the basic total still agrees, each column does not.
  DepartmentBudget budget = Clean();
  budget.mutable_economics(0)->set_basic("290");
  budget.mutable_economics(0)->set_total("290");
  budget.mutable_economics(2)->set_basic("110");
  budget.mutable_economics(2)->set_total("210");
  DepartmentBudgetResult result = Check(budget);
  ASSERT_EQ(Codes(result),
            (std::vector<std::string>{"ECONOMIC_CLASS_MISMATCH", "ECONOMIC_CLASS_MISMATCH"}));
  EXPECT_EQ(result.findings(0).reported(), "290");
  EXPECT_EQ(result.findings(0).computed(), "300.00");
  EXPECT_TRUE(Contains(result.findings(0).message(), "301")) << result.findings(0).message();
  EXPECT_TRUE(Contains(result.findings(0).message(), "wages"));
  EXPECT_EQ(result.findings(1).reported(), "110");
  EXPECT_EQ(result.findings(1).computed(), "100.00");
  EXPECT_TRUE(Contains(result.findings(1).message(), "goods_services"));
}

TEST(Checks, ECONOMIC_CLASS_MISMATCH_CapitalIs309And310) {
  DepartmentBudget budget = Clean();
  budget.mutable_economics(3)->set_dept_code("30999");  // still 资本性支出: no finding
  EXPECT_TRUE(Check(budget).findings().empty());
  budget.mutable_economics(3)->set_dept_code("39999");  // 其他支出: capital has no economic line
  Finding f = Only(Check(budget), "ECONOMIC_CLASS_MISMATCH");
  EXPECT_EQ(f.reported(), "0");
  EXPECT_EQ(f.computed(), "50.00");
  EXPECT_TRUE(Contains(f.message(), "309 and 310")) << f.message();
}

TEST(Checks, THREE_PUBLIC_SUM_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_three_public()->set_overseas("5");
  Finding f = Only(Check(budget), "THREE_PUBLIC_SUM_MISMATCH");
  EXPECT_EQ(f.reported(), "30");
  EXPECT_EQ(f.computed(), "35.00");
}

TEST(Checks, PROCUREMENT_LINE_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_procurement(0)->set_unit_price("30");
  Finding f = Only(Check(budget), "PROCUREMENT_LINE_MISMATCH");
  EXPECT_EQ(f.reported(), "50");
  EXPECT_EQ(f.computed(), "60.00");
  EXPECT_EQ(f.message(), "procurement line 1: quantity × unit price differs from amount");
}

TEST(Checks, PROCUREMENT_LINE_MISMATCH_OnlyWhenUnitPriceIsGiven) {
  DepartmentBudget budget = Clean();
  budget.mutable_procurement(1)->set_quantity("3");  // no unit price: nothing to multiply
  EXPECT_TRUE(Check(budget).findings().empty());
}

TEST(Checks, PROCUREMENT_SUM_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.set_procurement_total("310");
  Finding f = Only(Check(budget), "PROCUREMENT_SUM_MISMATCH");
  EXPECT_EQ(f.reported(), "310");
  EXPECT_EQ(f.computed(), "300.00");
}

TEST(Checks, PROJECTS_SUM_MISMATCH) {
  DepartmentBudget budget = Clean();
  budget.mutable_projects(1)->set_amount("90");
  Finding f = Only(Check(budget), "PROJECTS_SUM_MISMATCH");
  EXPECT_EQ(f.reported(), "390");
  EXPECT_EQ(f.computed(), "400.00");
}

TEST(Checks, CLAIM_MISMATCH) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "total", "0.11", "万元");  // the tables give 1000 元 = 0.10 万元
  Finding f = Only(Check(budget), "CLAIM_MISMATCH");
  EXPECT_EQ(f.reported(), "0.11");
  EXPECT_EQ(f.computed(), "0.10");
  EXPECT_EQ(f.message(), "claim total = 0.11万元 disagrees with the tables");
}

TEST(Checks, UNKNOWN_METRIC) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "surplus", "12");
  AddClaim(&budget, "function:20x", "12");  // not a function code
  DepartmentBudgetResult result = Check(budget);
  ASSERT_EQ(Codes(result), (std::vector<std::string>{"UNKNOWN_METRIC", "UNKNOWN_METRIC"}));
  EXPECT_EQ(result.findings(0).reported(), "12");
  EXPECT_EQ(result.findings(0).computed(), "");
  EXPECT_TRUE(Contains(result.findings(0).message(), "\"surplus\""))
      << result.findings(0).message();
}

TEST(Checks, ComparedAtTheReportedPrecision) {
  DepartmentBudget budget = Clean();
  budget.mutable_income(0)->set_amount("900.40");  // Σ 1000.40 rounds to the printed 1000
  EXPECT_EQ(Codes(Check(budget)), std::vector<std::string>{});
  budget.mutable_income(0)->set_amount("900.50");  // Σ 1000.50 rounds to 1001
  Finding f = Only(Check(budget), "INCOME_SUM_MISMATCH");
  EXPECT_EQ(f.computed(), "1000.50");
}

TEST(Checks, AMissingAmountIsZero) {
  DepartmentBudget budget = Clean();
  budget.mutable_three_public()->clear_total();
  Finding f = Only(Check(budget), "THREE_PUBLIC_SUM_MISMATCH");
  EXPECT_EQ(f.reported(), "");
  EXPECT_EQ(f.computed(), "30.00");
}

TEST(Checks, AnAbsentTableIsNotComparedWith) {
  DepartmentBudget budget = Clean();
  budget.clear_economics();
  budget.clear_projects();
  budget.clear_procurement();
  budget.clear_income();
  budget.clear_three_public();
  EXPECT_TRUE(Check(budget).findings().empty());
}

// ---- decisions beyond the spec (docs/BUDGETS-DECISIONS.md) ------------------------------------

TEST(Decisions, DUPLICATE_FUNCTION_CODE_IsAddedAndReported) {
  DepartmentBudget budget = Clean();
  v1::FunctionLine* split = budget.mutable_functions(1);
  split->set_project_other("");
  split->set_total("300");
  v1::FunctionLine* again = budget.add_functions();
  again->set_code("2010302");
  again->set_project_other("100");
  again->set_total("100");
  DepartmentBudgetResult result = Check(budget);
  Finding f = Only(result, "DUPLICATE_FUNCTION_CODE");
  EXPECT_EQ(f.reported(), "2010302");
  EXPECT_TRUE(Contains(f.message(), "function line 4")) << f.message();
  EXPECT_EQ(result.metrics().at("function:2010302"), "400.00");
  EXPECT_EQ(result.metrics().at("total"), "1000.00");
}

TEST(Decisions, SubtotalRowsAreCheckedNotAddedTwice) {
  DepartmentBudget budget = Clean();
  v1::FunctionLine* category = budget.add_functions();  // the 类 row tables print above 201xx
  category->set_code("201");
  category->set_name("一般公共服务支出");
  category->set_wages("300");
  category->set_household("50");
  category->set_goods_services("100");
  category->set_capital("50");
  category->set_project_social("300");
  category->set_project_other("100");
  category->set_total("900");
  DepartmentBudgetResult result = Check(budget);
  EXPECT_TRUE(result.findings().empty());
  EXPECT_EQ(result.metrics().at("total"), "1000.00");
  EXPECT_EQ(result.metrics().at("function:201"), "900.00");

  category->set_project_other("110");
  category->set_total("910");
  Finding f = Only(Check(budget), "FUNCTION_SUBTOTAL_MISMATCH");
  EXPECT_EQ(f.reported(), "910");
  EXPECT_EQ(f.computed(), "900.00");
  EXPECT_TRUE(Contains(f.message(), "function line 4 (201 一般公共服务支出)")) << f.message();
}

TEST(Decisions, AClaimTheTablesCannotSupportDisagrees) {
  DepartmentBudget budget = Clean();
  budget.clear_previous_total();
  AddClaim(&budget, "growth_rate", "5.00");
  DepartmentBudgetResult result = Check(budget);
  EXPECT_EQ(result.metrics().count("growth_amount"), 0u);
  EXPECT_EQ(result.shares().count("growth_rate"), 0u);
  Finding f = Only(result, "CLAIM_MISMATCH");
  EXPECT_EQ(f.reported(), "5.00");
  EXPECT_EQ(f.computed(), "");
}

TEST(Decisions, AFunctionCodeWithNoLineIsZero) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "function:213", "0");
  AddClaim(&budget, "function_share:213", "0.00");
  EXPECT_TRUE(Check(budget).findings().empty());
  AddClaim(&budget, "function:213", "5");
  EXPECT_EQ(Only(Check(budget), "CLAIM_MISMATCH").computed(), "0.00");
}

// ---- metrics and shares (BUDGETS.md "Metrics"), hand-computed on the clean budget -----------

class Metrics : public ::testing::Test {
 protected:
  std::string Metric(const std::string& name) {
    auto it = result_.metrics().find(name);
    return it == result_.metrics().end() ? "(none)" : it->second;
  }
  std::string Share(const std::string& name) {
    auto it = result_.shares().find(name);
    return it == result_.shares().end() ? "(none)" : it->second;
  }
  DepartmentBudgetResult result_ = Check(Clean());
};

TEST_F(Metrics, Total) { EXPECT_EQ(Metric("total"), "1000.00"); }
TEST_F(Metrics, IncomeTotal) { EXPECT_EQ(Metric("income_total"), "1000.00"); }
TEST_F(Metrics, Basic) { EXPECT_EQ(Metric("basic"), "600.00"); }
TEST_F(Metrics, Project) { EXPECT_EQ(Metric("project"), "400.00"); }
TEST_F(Metrics, PersonnelIsWagesPlusHousehold) { EXPECT_EQ(Metric("personnel"), "450.00"); }
TEST_F(Metrics, PublicIsGoodsServicesPlusCapital) { EXPECT_EQ(Metric("public"), "150.00"); }
TEST_F(Metrics, ThreePublic) { EXPECT_EQ(Metric("three_public"), "30.00"); }
TEST_F(Metrics, ProcurementTotal) { EXPECT_EQ(Metric("procurement_total"), "300.00"); }
TEST_F(Metrics, GrowthAmount) { EXPECT_EQ(Metric("growth_amount"), "300.00"); }
TEST_F(Metrics, BasicShare) { EXPECT_EQ(Share("basic_share"), "60.00"); }
TEST_F(Metrics, ProjectShare) { EXPECT_EQ(Share("project_share"), "40.00"); }
TEST_F(Metrics, PersonnelShareIsOfBasic) { EXPECT_EQ(Share("personnel_share"), "75.00"); }
TEST_F(Metrics, PublicShareIsOfBasic) { EXPECT_EQ(Share("public_share"), "25.00"); }
TEST_F(Metrics, GrowthRateRoundsHalfUp) { EXPECT_EQ(Share("growth_rate"), "42.86"); }  // 300/700

TEST_F(Metrics, FunctionRollUpCoversEveryCodeAndPrefix) {
  EXPECT_EQ(Metric("function:201"), "900.00");
  EXPECT_EQ(Metric("function:20103"), "900.00");
  EXPECT_EQ(Metric("function:2010301"), "500.00");
  EXPECT_EQ(Metric("function:2010302"), "400.00");
  EXPECT_EQ(Metric("function:208"), "100.00");
  EXPECT_EQ(Metric("function:20805"), "100.00");
  EXPECT_EQ(Metric("function:2080501"), "100.00");
  EXPECT_EQ(result_.metrics_size(), 9 + 7);
}

TEST_F(Metrics, FunctionShareIsOfTotal) {
  EXPECT_EQ(Share("function_share:201"), "90.00");
  EXPECT_EQ(Share("function_share:2010301"), "50.00");
  EXPECT_EQ(Share("function_share:208"), "10.00");
  EXPECT_EQ(result_.shares_size(), 5 + 7);
}

TEST_F(Metrics, FunctionsAreSortedByCodeWithAmountAndShare) {
  std::vector<std::string> rows;
  for (const auto& f : result_.functions()) {
    rows.push_back(f.code() + " " + f.amount() + " " + f.share());
  }
  EXPECT_EQ(rows, (std::vector<std::string>{"201 900.00 90.00", "20103 900.00 90.00",
                                            "2010301 500.00 50.00", "2010302 400.00 40.00",
                                            "208 100.00 10.00", "20805 100.00 10.00",
                                            "2080501 100.00 10.00"}));
}

TEST(MetricsEdge, AShareWithAZeroBaseIsLeftOut) {
  DepartmentBudget budget;
  budget.set_previous_total("0");
  DepartmentBudgetResult result = Check(budget);
  EXPECT_EQ(result.metrics().at("total"), "0.00");
  EXPECT_EQ(result.metrics().at("growth_amount"), "0.00");
  EXPECT_TRUE(result.shares().empty());
}

TEST(MetricsEdge, ThreeDecimalHalvesRoundUp) {
  DepartmentBudget budget;
  v1::FunctionLine* a = budget.add_functions();
  a->set_code("2010301");
  a->set_wages("1");
  a->set_total("1");
  v1::FunctionLine* b = budget.add_functions();
  b->set_code("2210201");
  b->set_wages("7");
  b->set_total("7");
  DepartmentBudgetResult result = Check(budget);
  EXPECT_EQ(result.shares().at("function_share:201"), "12.50");
  EXPECT_EQ(result.shares().at("function_share:221"), "87.50");
  budget.mutable_functions(1)->set_wages("799");  // 1/800 = 0.125 % → 0.13 half up
  budget.mutable_functions(1)->set_total("799");
  EXPECT_EQ(Check(budget).shares().at("function_share:201"), "0.13");
}

// ---- claims: units and precision -----------------------------------------------------------

DepartmentBudget TwelveMillion(const std::string& unit, const std::string& amount) {
  DepartmentBudget budget;
  budget.set_unit(unit);
  v1::FunctionLine* line = budget.add_functions();
  line->set_code("2010302");
  line->set_project_social(amount);
  line->set_total(amount);
  budget.set_expenditure_total(amount);
  budget.set_income_total(amount);
  return budget;
}

TEST(Claims, WanYuanAtTheClaimsPrecision) {
  for (const char* agrees : {"1280", "1280.0", "1280.00", "1280.000"}) {
    DepartmentBudget budget = TwelveMillion("元", "12800000");
    AddClaim(&budget, "total", agrees, "万元");
    EXPECT_TRUE(Check(budget).findings().empty()) << agrees;
  }
  DepartmentBudget budget = TwelveMillion("元", "12800000");
  AddClaim(&budget, "total", "1280.1", "万元");
  Finding f = Only(Check(budget), "CLAIM_MISMATCH");
  EXPECT_EQ(f.reported(), "1280.1");
  EXPECT_EQ(f.computed(), "1280.00");
}

TEST(Claims, YiYuan) {
  DepartmentBudget budget = TwelveMillion("元", "12800000");
  AddClaim(&budget, "total", "0.128", "亿元");
  AddClaim(&budget, "total", "0.13", "亿元");  // 0.128 at 2 places
  EXPECT_TRUE(Check(budget).findings().empty());
  AddClaim(&budget, "total", "0.12", "亿元");
  Finding f = Only(Check(budget), "CLAIM_MISMATCH");
  EXPECT_EQ(f.computed(), "0.13");
  EXPECT_EQ(f.message(), "claim total = 0.12亿元 disagrees with the tables");
}

TEST(Claims, MoreThanTwoPlacesShowAsManyInComputed) {
  DepartmentBudget budget = TwelveMillion("元", "12800000");
  AddClaim(&budget, "total", "0.1279", "亿元");
  EXPECT_EQ(Only(Check(budget), "CLAIM_MISMATCH").computed(), "0.1280");
}

TEST(Claims, TablesInWanYuan) {
  DepartmentBudget budget = TwelveMillion("万元", "1280");
  AddClaim(&budget, "total", "12800000", "元");
  AddClaim(&budget, "total", "1280");  // no unit: the table's
  AddClaim(&budget, "total", "0.128", "亿元");
  DepartmentBudgetResult result = Check(budget);
  EXPECT_TRUE(result.findings().empty());
  EXPECT_EQ(result.metrics().at("total"), "1280.00");  // metrics stay in the table's unit
  AddClaim(&budget, "total", "12800001", "元");
  EXPECT_EQ(Only(Check(budget), "CLAIM_MISMATCH").computed(), "12800000.00");
}

TEST(Claims, SharesArePercent) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "project_share", "40.00", "%");
  AddClaim(&budget, "project_share", "41");
  Finding f = Only(Check(budget), "CLAIM_MISMATCH");
  EXPECT_EQ(f.computed(), "40.00");
  EXPECT_EQ(f.message(), "claim project_share = 41% disagrees with the tables");
}

// ---- bad input: InvalidArgument naming the field ---------------------------------------------

void ExpectInvalid(const DepartmentBudget& budget, const std::string& names) {
  auto result = CheckBudget(budget);
  ASSERT_FALSE(result.ok()) << names;
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(Contains(std::string(result.status().message()), names)) << result.status();
}

TEST(BadInput, MalformedFunctionCode) {
  for (const char* code : {"20103x", "2010", "20103011", "", "２０１"}) {
    DepartmentBudget budget = Clean();
    budget.mutable_functions(2)->set_code(code);
    ExpectInvalid(budget, std::string("functions[2].code \"") + code + "\"");
  }
}

TEST(BadInput, MalformedEconomicCodes) {
  DepartmentBudget budget = Clean();
  budget.mutable_economics(1)->set_dept_code("3010");
  ExpectInvalid(budget, "economics[1].dept_code \"3010\"");
  budget = Clean();
  budget.mutable_economics(0)->set_gov_code("5010a");
  ExpectInvalid(budget, "economics[0].gov_code \"5010a\"");
}

TEST(BadInput, MalformedProcurementFunctionCode) {
  DepartmentBudget budget = Clean();
  budget.mutable_procurement(1)->set_function_code("20103-02");
  ExpectInvalid(budget, "procurement[1].function_code");
}

TEST(BadInput, MalformedAmounts) {
  DepartmentBudget budget = Clean();
  budget.mutable_income(0)->set_amount("1,000");
  ExpectInvalid(budget, "income[0].amount: \"1,000\" is not a decimal number");
  budget = Clean();
  budget.mutable_functions(0)->set_wages("12万");
  ExpectInvalid(budget, "functions[0].wages: \"12万\"");
  budget = Clean();
  budget.mutable_three_public()->set_reception("1e4");
  ExpectInvalid(budget, "three_public.reception");
  budget = Clean();
  budget.set_previous_total("7O0");
  ExpectInvalid(budget, "previous_total");
  budget = Clean();
  AddClaim(&budget, "total", "99.48%");
  ExpectInvalid(budget, "claims[0].value");
}

TEST(BadInput, UnknownTableUnit) {
  DepartmentBudget budget = Clean();
  budget.set_unit("千元");
  ExpectInvalid(budget, "unit \"千元\"");
}

TEST(BadInput, UnknownClaimUnit) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "total", "1000", "美元");
  ExpectInvalid(budget, "claims[0].unit \"美元\"");
}

TEST(BadInput, ClaimUnitThatDoesNotFitItsMetric) {
  DepartmentBudget budget = Clean();
  AddClaim(&budget, "basic_share", "60", "万元");
  ExpectInvalid(budget, "claims[0].unit \"万元\"");
  budget = Clean();
  AddClaim(&budget, "total", "1000", "%");
  ExpectInvalid(budget, "claims[0].unit \"%\"");
}

TEST(BadInput, OverflowIsAnErrorNeverAWrongNumber) {
  DepartmentBudget budget = Clean();
  budget.mutable_procurement(0)->set_quantity("999999999999999.999999");
  budget.mutable_procurement(0)->set_unit_price("999999999999999.999999");
  ExpectInvalid(budget, "procurement[0]");
}

TEST(BadInput, AmountsBeyondFifteenDigits) {
  DepartmentBudget budget = Clean();
  budget.set_expenditure_total("1000000000000000");
  ExpectInvalid(budget, "expenditure_total: ");
}

// ---- the worked example (BUDGETS.md "Worked example") ----------------------------------------

class WorkedExample : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = JIXIAO_TEST_DATA "/budget/";
    ASSERT_TRUE(
        ParseMessage(ReadFile(dir + "example-district-2022-budget.json"), Format::kJson, &budget_)
            .ok());
    auto status = ParseMessage(ReadFile(dir + "expected/example-district-2022-budget.json"),
                               Format::kJson, &expected_);
    ASSERT_TRUE(status.ok()) << status;
    auto result = CheckBudget(budget_);
    ASSERT_TRUE(result.ok()) << result.status();
    result_ = *result;
  }
  DepartmentBudget budget_;
  DepartmentBudgetResult expected_, result_;
};

std::map<std::string, std::string> Sorted(
    const google::protobuf::Map<std::string, std::string>& m) {
  return {m.begin(), m.end()};
}

TEST_F(WorkedExample, GivesTheSpecsHeadlineFigures) {
  EXPECT_EQ(result_.metrics().at("total"), "12800000.00");
  EXPECT_EQ(result_.shares().at("basic_share"), "31.25");
  EXPECT_EQ(result_.shares().at("growth_rate"), "14.29");
}

TEST_F(WorkedExample, ReproducesIdMetricsAndShares) {
  EXPECT_EQ(result_.id(), expected_.id());
  EXPECT_EQ(Sorted(result_.metrics()), Sorted(expected_.metrics()));
  EXPECT_EQ(Sorted(result_.shares()), Sorted(expected_.shares()));
}

TEST_F(WorkedExample, ReproducesTheFunctionRollUp) {
  ASSERT_EQ(result_.functions_size(), expected_.functions_size());
  for (int i = 0; i < expected_.functions_size(); ++i) {
    EXPECT_EQ(result_.functions(i).DebugString(), expected_.functions(i).DebugString()) << i;
  }
}

TEST_F(WorkedExample, ReproducesTheTwoFindings) {
  ASSERT_EQ(result_.findings_size(), expected_.findings_size());
  for (int i = 0; i < expected_.findings_size(); ++i) {
    const Finding& got = result_.findings(i);
    const Finding& want = expected_.findings(i);
    EXPECT_EQ(got.code(), want.code()) << i;
    EXPECT_EQ(got.severity(), want.severity()) << i;
    EXPECT_EQ(got.reported(), want.reported()) << i;
    EXPECT_EQ(got.computed(), want.computed()) << i;
    EXPECT_EQ(got.message(), want.message()) << i;
    EXPECT_EQ(got.indicator_id(), want.indicator_id()) << i;
  }
}

TEST_F(WorkedExample, ResultRoundTripsThroughStrictJson) {
  auto json = SerializeMessage(result_, Format::kJson, /*pretty=*/true);
  ASSERT_TRUE(json.ok());
  DepartmentBudgetResult again;
  ASSERT_TRUE(ParseMessage(*json, Format::kJson, &again).ok());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(again, result_));
}

}  // namespace
}  // namespace jixiao
