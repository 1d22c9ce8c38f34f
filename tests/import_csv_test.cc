// Forms exported as CSV (include/jixiao/import_csv.h, docs/IMPORT.md): encodings, the reader,
// headers by meaning, merged cells, summary rows, and every bad row reported with its line.
#include "jixiao/import_csv.h"

#include <algorithm>
#include <string>

#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "lib/import/csv_encoding.h"
#include "lib/import/csv_reader.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using ::jixiao::testing::EvaluateOk;
using ::jixiao::testing::FindingCodes;
using ::jixiao::testing::ReadExample;
using ::jixiao::testing::ReadTestData;

constexpr char kZhengzhou[] = "zhengzhou-2021-project";

v1::Evaluation ImportOk(const std::string& csv, const char* scheme = kZhengzhou) {
  auto evaluation = ImportCsv(csv, scheme);
  EXPECT_TRUE(evaluation.ok()) << evaluation.status();
  return evaluation.ok() ? *evaluation : v1::Evaluation();
}

std::string ImportError(const std::string& csv, const char* scheme = kZhengzhou) {
  auto evaluation = ImportCsv(csv, scheme);
  EXPECT_FALSE(evaluation.ok());
  if (evaluation.ok()) return "";
  EXPECT_EQ(evaluation.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(evaluation.status().message());
}

// ---- the example form (SCORING.md §9) ------------------------------------------------------

TEST(GeodataCsv, ScoresLikeTheJsonForm) {
  v1::Evaluation form = ImportOk(ReadExample("zz-2021-geodata.gb18030.csv"));
  EXPECT_EQ(form.name(), "基础地理信息数据年度更新维护经费");
  EXPECT_EQ(form.authority(), "郑州市大数据管理局");
  EXPECT_EQ(form.unit(), "郑州市大数据管理局机关");
  EXPECT_EQ(form.year(), 2021);
  EXPECT_EQ(form.kind(), v1::Evaluation::PROJECT);
  ASSERT_EQ(form.indicators_size(), 18);
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.total(), "99.37");
  EXPECT_EQ(result.grade(), "优秀");
  EXPECT_EQ(result.categories(0).score(), "19.37");
  // No budget block in 附表1, so no EXECUTION_RATE_MISMATCH; every reported figure agrees.
  EXPECT_TRUE(FindingCodes(result).empty()) << ::testing::PrintToString(FindingCodes(result));

  v1::EvaluationResult json =
      EvaluateOk(testing::EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  ASSERT_EQ(result.indicators_size(), json.indicators_size());
  for (int i = 0; i < result.indicators_size(); ++i) {
    EXPECT_EQ(result.indicators(i).name(), json.indicators(i).name());
    EXPECT_EQ(result.indicators(i).weight(), json.indicators(i).weight()) << i;
    EXPECT_EQ(result.indicators(i).score(), json.indicators(i).score()) << i;
    EXPECT_EQ(result.indicators(i).achieved(), json.indicators(i).achieved()) << i;
  }
}

TEST(GeodataCsv, ReadsEveryKindOfCell) {
  v1::Evaluation form = ImportOk(ReadExample("zz-2021-geodata.gb18030.csv"));
  const v1::Indicator& i01 = form.indicators(0);
  EXPECT_EQ(i01.id(), "r5");  // the spreadsheet row
  EXPECT_EQ(i01.level1(), "投入和管理目标");
  EXPECT_EQ(i01.level2(), "投入管理");
  EXPECT_EQ(i01.weight(), "1.82");
  EXPECT_EQ(i01.target().comparator(), v1::Target::EQUAL);
  EXPECT_EQ(i01.target().text(), "=100%");
  EXPECT_EQ(i01.actual().number(), "99.48");
  EXPECT_EQ(i01.actual().text(), "99.48%");
  EXPECT_EQ(i01.reported_score(), "1.81");
  EXPECT_EQ(i01.note(), "部分合同尾款未到支付节点");
  // Merged cells: the second row inherits both levels; the fourth row starts a new group.
  EXPECT_EQ(form.indicators(1).level1(), "投入和管理目标");
  EXPECT_EQ(form.indicators(1).level2(), "投入管理");
  EXPECT_EQ(form.indicators(3).level2(), "财务管理");
  // A checklist of which 2 of 3 elements are met is written as the factor it earns.
  EXPECT_EQ(form.indicators(7).actual().factor(), "66");
  EXPECT_EQ(form.indicators(1).actual().grade(), "合理");
  // A quoted cell with a comma and a line break.
  EXPECT_EQ(form.indicators(11).evidence(0), "成果清单,\n更新图幅表");
  EXPECT_EQ(form.indicators(12).id(), "r18");
  EXPECT_EQ(form.reported().total(), "99.37");
  EXPECT_EQ(form.reported().grade(), "优秀");
  EXPECT_EQ(form.reported().categories().at("投入和管理目标"), "19.37");
  EXPECT_EQ(form.reported().categories().at("影响力目标"), "10");
}

TEST(GeodataCsv, Utf8TwinWithByteOrderMarkImportsTheSame) {
  v1::Evaluation gb = ImportOk(ReadExample("zz-2021-geodata.gb18030.csv"));
  v1::Evaluation utf8 = ImportOk(ReadExample("zz-2021-geodata.csv"));
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(gb, utf8))
      << gb.DebugString() << "\n---\n"
      << utf8.DebugString();
}

// ---- encodings and the reader -------------------------------------------------------------------

TEST(CsvEncoding, TellsUtf8FromGb18030) {
  EXPECT_STREQ(DecodeToUtf8("一级指标")->encoding, "UTF-8");
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBF一级指标")->utf8, "一级指标");
  auto gb = DecodeToUtf8("\xD2\xBB\xBC\xB6\xD6\xB8\xB1\xEA");  // 一级指标 in GB18030
  ASSERT_TRUE(gb.ok());
  EXPECT_STREQ(gb->encoding, "GB18030");
  EXPECT_EQ(gb->utf8, "一级指标");
  auto utf16 = DecodeToUtf8(std::string("\xFF\xFE\x00\x4E\x2C\x00", 6));  // 一, in UTF-16LE
  ASSERT_TRUE(utf16.ok());
  EXPECT_EQ(utf16->utf8, "一,");
}

TEST(CsvEncoding, BytesThatAreNeitherNameTheirLine) {
  auto bad = DecodeToUtf8("a,b\nc,\xFF\xFF\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 2: byte 6 is neither UTF-8 nor GB18030"),
            std::string::npos)
      << bad.status();
  auto bom = DecodeToUtf8(
      "\xEF\xBB\xBF"
      "a\n\xC3");
  ASSERT_FALSE(bom.ok());
  EXPECT_NE(bom.status().message().find("line 2"), std::string::npos) << bom.status();
}

TEST(CsvReader, QuotesLineBreaksAndLineEnds) {
  auto rows = ReadCsv("a,\"b,\"\"c\"\"\"\r\n\"x\r\ny\",z\rlast,\n");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].cells, (std::vector<std::string>{"a", "b,\"c\""}));
  EXPECT_EQ((*rows)[1].cells, (std::vector<std::string>{"x\ny", "z"}));
  EXPECT_EQ((*rows)[1].line, 2);
  EXPECT_EQ((*rows)[2].line, 4);  // the record before it spans lines 2 and 3
  EXPECT_EQ((*rows)[2].row, 3);
  EXPECT_EQ((*rows)[2].cells, (std::vector<std::string>{"last", ""}));
}

TEST(CsvReader, AnUnclosedQuoteNamesItsLine) {
  auto rows = ReadCsv("a,b\nc,\"d\ne\n");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("line 2: a quoted cell is not closed"), std::string::npos);
}

// ---- headers, categories, merged cells, summary rows -------------------------------------------

TEST(CsvHeader, IsFoundBelowTitleRowsAndMatchedByMeaning) {
  v1::Evaluation form = ImportOk(
      "某局2021年度部门整体支出绩效自评表\n"
      "单位：万元\n"
      " 类别 ,二级指标,* 指标名称,权重（分）,\"年度指标值\n(目标)\",全年实际值,自评分 "
      "(分),得分,度量单位\n"
      "投入,数量,覆盖率,10,≥95,96,10,9,%\n");
  EXPECT_EQ(form.name(), "某局2021年度部门整体支出绩效自评表");
  EXPECT_EQ(form.kind(), v1::Evaluation::DEPARTMENT);
  ASSERT_EQ(form.indicators_size(), 1);
  const v1::Indicator& in = form.indicators(0);
  EXPECT_EQ(in.level1(), "投入和管理目标");
  EXPECT_EQ(in.weight(), "10");
  EXPECT_EQ(in.target().unit(), "%");  // from 度量单位
  EXPECT_EQ(in.actual().number(), "96");
  EXPECT_EQ(in.reported_score(), "10");  // 自评分 is preferred to 得分
}

TEST(CsvHeader, ASecondHeaderRowAddsTheReviewColumns) {
  v1::Evaluation form = ImportOk(
      "一级指标,二级指标,三级指标,指标值,业绩值,评分结果,复核情况,,\n"
      ",,,,,,复核业绩值,复核得分,复核说明\n"
      "产出,质量,验收合格率,=100%,100%,40,96%,38.4,抽查4%不合格\n");
  ASSERT_EQ(form.indicators_size(), 1);
  const v1::Review& review = form.indicators(0).review();
  EXPECT_EQ(review.actual().number(), "96");
  EXPECT_EQ(review.score(), "38.4");
  EXPECT_EQ(review.note(), "抽查4%不合格");
  EXPECT_EQ(EvaluateOk(form).review_total(), "38.40");
}

TEST(CsvHeader, NoHeaderRowIsAnError) {
  EXPECT_NE(ImportError("a,b,c\n1,2,3\n").find("no header row"), std::string::npos);
}

TEST(CsvCategories, CellsWithPointsNumberingOrAnotherSuffixFindTheSchemeCategory) {
  const std::string header = "一级指标,三级指标,目标值,业绩值\n";
  v1::Evaluation suzhou =
      ImportOk(header + "投入目标(26分),a,≥1,1\n产出目标（24分）,b,≥1,1\n一、结果,c,≥1,1\n",
               "suzhou-2020-project");
  EXPECT_EQ(suzhou.indicators(0).level1(), "投入目标");
  EXPECT_EQ(suzhou.indicators(1).level1(), "产出目标");
  EXPECT_EQ(suzhou.indicators(2).level1(), "结果目标");
  v1::Evaluation mof = ImportOk(header + "产出指标（50分）,a,≥1,1\n", "mof-2020-project");
  EXPECT_EQ(mof.indicators(0).level1(), "产出指标");
  // Zhengzhou calls it 产出目标; a form that writes 产出指标 means the same category.
  v1::Evaluation zz = ImportOk(header + "产出指标,a,≥1,1\n");
  EXPECT_EQ(zz.indicators(0).level1(), "产出目标");
}

TEST(CsvRows, HeadingRowsAndBlankCellsInherit) {
  v1::Evaluation form = ImportOk(
      "一级指标,二级指标,三级指标,目标值,业绩值\n"
      "产出目标（40分）,,,,\n"
      ",数量指标,a,≥1,1\n"
      ",,b,≥1,1\n"
      "效果目标,,c,≥1,1\n");
  ASSERT_EQ(form.indicators_size(), 3);
  EXPECT_EQ(form.indicators(1).level1(), "产出目标");
  EXPECT_EQ(form.indicators(1).level2(), "数量指标");
  EXPECT_EQ(form.indicators(2).level1(), "效果目标");
  EXPECT_EQ(form.indicators(2).level2(), "");  // a new category starts with no group
}

TEST(CsvRows, SummaryRowsGiveTheReportedFiguresAndEndTheTable) {
  v1::Evaluation form = ImportOk(
      "一级指标,二级指标,三级指标,权重,目标值,业绩值,得分\n"
      "产出,数量,a,20分,≥1,1,20分\n"
      ",,数量指标小计,20,,,20\n"  // a group subtotal: not in the contract
      ",,b,20,≥1,1,20\n"
      ",小计,,40,,,40\n"
      "效果,,c,30,≥1,1,30\n"
      "效果目标合计,,,30,,,30\n"  // a category's 合计 is its subtotal
      "合  计,,,70,,,70,良好\n"
      "自评等级：,优秀\n"
      "填表人：张三,,联系电话：1234\n");
  ASSERT_EQ(form.indicators_size(), 3);
  EXPECT_EQ(form.indicators(0).weight(), "20");
  EXPECT_EQ(form.indicators(0).reported_score(), "20");
  EXPECT_EQ(form.reported().categories().at("产出目标"), "40");
  EXPECT_EQ(form.reported().categories().at("效果目标"), "30");
  EXPECT_EQ(form.reported().total(), "70");
  // The total row says 良好 and the grade row below it 优秀: the first stays, the second is kept
  // beside it for DUPLICATE_REPORTED, never over it.
  EXPECT_EQ(form.reported().grade(), "良好");
  ASSERT_EQ(form.reported().again_size(), 1);
  EXPECT_EQ(form.reported().again(0).grade(), "优秀");
  EXPECT_EQ(form.reported().again(0).source(), "line 9");
}

// The form: 总分 88.00, then 合计 99.37. The last used to win silently and the review
// said "无"; now both are checked.
TEST(CsvRows, ASecondTotalOrSubtotalIsAFindingNeverAnOverwrite) {
  const std::string csv = ReadExample("zz-2021-geodata.csv");
  const size_t total_row = csv.find("总分,,,100,,,99.37");
  ASSERT_NE(total_row, std::string::npos);
  std::string twice = csv;
  twice.replace(total_row, std::string("总分,,,100,,,99.37").size(),
                "总分,,,100,,,88.00,,\r\n合计,,,100,,,99.37");
  // And the first category's 小计 twice: 19.37 as computed, then 20.
  const size_t subtotal = twice.find("小计,,,20,,,19.37,,");
  ASSERT_NE(subtotal, std::string::npos);
  twice.insert(subtotal, "小计,,,20,,,20,,\r\n");
  v1::Evaluation form = ImportOk(twice);
  EXPECT_EQ(form.reported().total(), "88.00");
  EXPECT_EQ(form.reported().categories().at("投入和管理目标"), "20");
  ASSERT_EQ(form.reported().again_size(), 2);
  EXPECT_EQ(form.reported().again(0).category(), "投入和管理目标");
  EXPECT_EQ(form.reported().again(0).total(), "19.37");
  EXPECT_EQ(form.reported().again(1).category(), "");
  EXPECT_EQ(form.reported().again(1).total(), "99.37");

  v1::EvaluationResult result = EvaluateOk(form);
  const std::vector<std::string> codes = FindingCodes(result);
  EXPECT_EQ(codes, (std::vector<std::string>{"SUBTOTAL_MISMATCH", "TOTAL_MISMATCH",
                                             "DUPLICATE_REPORTED", "DUPLICATE_REPORTED"}))
      << ::testing::PrintToString(codes);
  const v1::Finding& total = result.findings(3);
  EXPECT_EQ(total.message(),
            "total reported twice: 88.00, then 99.37 (line 30), which agrees with the computed "
            "99.37");
  EXPECT_EQ(total.reported(), "99.37");
  EXPECT_EQ(total.computed(), "99.37");
  EXPECT_EQ(result.findings(2).message(),
            "category 投入和管理目标 subtotal reported twice: 20, then 19.37 (line 17), which "
            "agrees with the computed 19.37");
}

TEST(CsvRows, BlankActualIsLeftForTheCoreToReport) {
  v1::Evaluation form = ImportOk("一级指标,三级指标,目标值,业绩值\n产出,a,≥1,—\n");
  EXPECT_FALSE(form.indicators(0).has_actual());
  const std::vector<std::string> codes = FindingCodes(EvaluateOk(form));
  EXPECT_NE(std::find(codes.begin(), codes.end(), "MISSING_ACTUAL@r2"), codes.end());
}

TEST(CsvRows, ActualsConvertIntoTheTargetsUnit) {
  v1::Evaluation form = ImportOk("一级指标,三级指标,目标值,业绩值\n产出,面积,≥3.2万亩,30500亩\n");
  EXPECT_EQ(form.indicators(0).actual().number(), "3.05");
}

// ---- every bad row, with its line ---------------------------------------------------------------

TEST(CsvErrors, EveryRowThatCannotBeReadIsListedWithItsLine) {
  const std::string message = ImportError(
      "标题\n"
      "一级指标,二级指标,三级指标,权重,目标值,业绩值\n"
      "产出,数量,a,2,≥1,1\n"
      "产出,数量,b,两分,≥1,1\n"  // line 4: weight
      "成效,数量,c,2,≥1,1\n"     // line 5: category
      ",,d,2,≥,1\n"              // line 6: target
      ",,,2,≥1,1\n"              // line 7: no name
      ",,\"e\nf\",2,≥1%,93天\n"  // line 8 (row 8): unit
      ",,g,2,≥1%,1\n"            // line 10 (row 9): fine
      ",,,,,,\n"
      ",,,,,,see above\n"  // line 12: text outside the form's columns
      ",,,,,\"\",\n"
      ",,,,,,\n");
  EXPECT_NE(message.find("cannot import the form (6 problems)"), std::string::npos) << message;
  EXPECT_NE(message.find("line 4: 权重 \"两分\" is not a number of points"), std::string::npos)
      << message;
  EXPECT_NE(message.find("line 5: 一级指标 \"成效\" is not a category of scheme "
                         "zhengzhou-2021-project"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("line 6: 目标值: target \"≥\": a comparator must be followed by a number"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("line 7: no 三级指标"), std::string::npos) << message;
  EXPECT_NE(message.find("line 8: 业绩值: actual \"93天\""), std::string::npos) << message;
  EXPECT_NE(message.find("line 12 (row 11): not an indicator row"), std::string::npos) << message;
  EXPECT_EQ(message.find("line 10"), std::string::npos) << message;
}

TEST(CsvErrors, RowsThatAreNotIndicatorsAreNotDropped) {
  std::string message =
      ImportError("一级指标,三级指标,目标值,业绩值,数据来源\n产出,a,≥1,1,\n,,,,账册\n");
  EXPECT_NE(message.find("line 3: not an indicator row"), std::string::npos) << message;
  message = ImportError("一级指标,三级指标,目标值,业绩值\n合计,,,\n产出,a,≥1,1\n");
  EXPECT_NE(message.find("line 3: an indicator row below the total row"), std::string::npos)
      << message;
  message = ImportError("一级指标,三级指标,目标值,业绩值\n,a,≥1,1\n");
  EXPECT_NE(message.find("line 2: no 一级指标 on this row or above it"), std::string::npos)
      << message;
}

TEST(CsvErrors, SchemeAndEmptyForms) {
  auto unknown = ImportCsv("一级指标,三级指标,目标值,业绩值\n产出,a,≥1,1\n", "nowhere-2021");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("nowhere-2021"), std::string::npos);
  EXPECT_NE(ImportError("一级指标,三级指标,目标值,业绩值\n").find("no indicator rows"),
            std::string::npos);
  auto huge = ImportCsv(std::string((16 << 20) + 1, 'a'), kZhengzhou);
  EXPECT_EQ(huge.status().code(), absl::StatusCode::kResourceExhausted);
}

// ---- the national template (issue 13; docs/IMPORT.md 24a) ---------------------------------------

constexpr char kMof[] = "mof-2020-project";

// The funds block and a table in the 财预〔2020〕10号 layout, with `rows` as the table's body.
std::string NationalForm(const std::string& rows) {
  return "项目名称,测试项目,,主管部门,某局,实施单位,某单位\n"
         "项目资金（万元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分\n"
         ",年度资金总额,,100,90,10,90%,9\n"
         ",其中：当年财政拨款,,100,90,—,,—\n"
         ",\u3000\u3000上年结转资金,,-,-,-,,\n"
         "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施\n" +
         rows;
}

TEST(NationalCsv, TheFundsRowIsTheBudgetAndTheExecutionRateIndicator) {
  v1::Evaluation form =
      ImportOk(NationalForm("产出指标（50分）,数量指标,a,≥1个,1个,50,50,\n"), kMof);
  const v1::BudgetLine& total = form.budget().total();
  EXPECT_EQ(total.name(), "年度资金总额");
  EXPECT_EQ(total.initial(), "");
  EXPECT_EQ(total.adjusted(), "100");
  EXPECT_EQ(total.spent(), "90");
  ASSERT_EQ(total.breakdowns(0).lines_size(), 1);  // 上年结转资金 has no figure
  EXPECT_EQ(total.breakdowns(0).lines(0).name(), "当年财政拨款");
  ASSERT_EQ(form.indicators_size(), 2);
  const v1::Indicator& rate = form.indicators(0);
  EXPECT_EQ(rate.id(), "b01");
  EXPECT_EQ(rate.level1(), "预算执行率");
  EXPECT_EQ(rate.weight(), "10");
  EXPECT_EQ(rate.actual().number(), "90");
  EXPECT_EQ(rate.reported_score(), "9");
  EXPECT_EQ(rate.derived_from(), v1::EXECUTION_RATE);
  EXPECT_EQ(form.indicators(1).id(), "o01");
  EXPECT_EQ(form.category_points().at("产出指标"), "50");
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.budget(0).execution_rate(), "90.00");
  EXPECT_EQ(result.indicators(0).score(), "9.00");
}

TEST(NationalCsv, AFundsFigureThatIsNotANumberNamesItsColumnAndLine) {
  std::string csv = NationalForm("产出指标,数量指标,a,≥1个,1个,50,50,\n");
  csv.replace(csv.find(",100,90,10"), 10, ",100,九十,10");
  const std::string message = ImportError(csv, kMof);
  EXPECT_NE(message.find("line 3: 全年执行数 \"九十\" is not a number"), std::string::npos)
      << message;
}

TEST(NationalCsv, TemplateRowsAreSkippedAndListedNeverRejected) {
  v1::Evaluation form = ImportOk(NationalForm("产出指标,数量指标,指标1：a,≥1个,1个,50,50,\n"
                                              ",,指标2：,,,,,\n"
                                              ",,……,,,,,\n"
                                              ",/,/,/,/,/,/,\n"
                                              "其他需要说明事项,,无,,,,,\n"
                                              "总分,,,,,100,59,优\n"),
                                 kMof);
  ASSERT_EQ(form.indicators_size(), 2);
  EXPECT_EQ(form.indicators(1).name(), "a");
  EXPECT_EQ(form.skipped_rows_size(), 3);
  EXPECT_EQ(form.skipped_rows(0), "row 8 (指标2：)");
  EXPECT_EQ(form.skipped_rows(2), "row 10 (/ / /)");
  EXPECT_EQ(form.remarks(), "无");
  EXPECT_EQ(form.reported().max_total(), "100");
  EXPECT_EQ(form.reported().total(), "59");
  EXPECT_EQ(form.reported().grade(), "优");
}

TEST(NationalCsv, HeadingPointsAcrossALineBreakAreTheCategorysPoints) {
  v1::Evaluation form =
      ImportOk(NationalForm("\"满意度指标\n（10分）\",\"服务对象满意度\n指标\",a,≥90%,95%,,,\n"
                            "\"产出指标(50分)\",数量指标,b,≥1个,1个,,,\n"),
               kMof);
  EXPECT_EQ(form.category_points().at("满意度指标"), "10");
  EXPECT_EQ(form.category_points().at("产出指标"), "50");
  EXPECT_EQ(form.indicators(1).level2(), "服务对象满意度指标");
  EXPECT_EQ(form.indicators(1).id(), "s01");
}

TEST(NationalCsv, ACategoryStatingOtherPointsLaterIsAnError) {
  const std::string message =
      ImportError(NationalForm("产出指标（40分）,数量指标,a,≥1个,1个,20,20,\n"
                               "产出指标（50分）,质量指标,b,≥1个,1个,20,20,\n"),
                  kMof);
  EXPECT_NE(message.find("line 8: category 产出指标 has 50 points here but 40 above"),
            std::string::npos)
      << message;
}

TEST(NationalCsv, AnUnreadableComparatorIsReportedAsSuch) {
  const std::string message =
      ImportError(NationalForm("产出指标,数量指标,a,≈95%,95%,50,50,\n"), kMof);
  EXPECT_NE(message.find("line 7: 目标值: target \"≈95%\": its comparator is not one jixiao reads"),
            std::string::npos)
      << message;
}

TEST(NationalCsv, AScoreOnlyRowIsImportedForTheCoreToFlag) {
  v1::Evaluation form = ImportOk(NationalForm("满意度指标,满意度,学生满意度,,,10,9.5,\n"), kMof);
  ASSERT_EQ(form.indicators_size(), 2);
  EXPECT_EQ(form.indicators(1).id(), "s01");
  EXPECT_EQ(form.indicators(1).reported_score(), "9.5");
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.indicators(1).score(), "9.50");
  EXPECT_EQ(FindingCodes(result)[0], "UNVERIFIABLE_SCORE@s01");
}

TEST(NationalCsv, SichuansVariantWithItsOwnColumnNames) {
  // 四川 青神县 2023 部门预算项目支出绩效自评表 (工资性支出), as published: 年初预算 / 调整后预算数
  // / 预算执行数 / 预算执行率 / 权重 / 得分, and 指标性质 | 指标值 | 度量单位 in the header row
  // itself.
  v1::Evaluation form = ImportOk(
      "项目名称,51000021R000000019951-工资性支出,,,,,,,,\n"
      "主管部门,青神县发展和改革局本级,,,,实施单位 (盖章),青神县发展和改革局,,,\n"
      "预算执行情况(10分),年度预算数(万元),年初预算,调整后预算数,预算执行数,预算执行率,权重,得分,"
      "原因,\n"
      ",总额,238.93,251.89,251.89,100.00%,10,,,\n"
      ",其中:财政资金,238.93,251.89,251.89,100.00%,/,/,,\n"
      ",财政专户管理资金,0.00,0.00,0.00,0.00%,/,/,,\n"
      ",其他资金,,,,,/,/,,\n"
      "一级指标,二级指标,三级指标,指标性质,指标值,度量单位,完成值,权重,得分,未完成原因分析\n"
      "产出指标,数量指标,发放(缴纳)覆盖率,=,100,%,,60,,\n"
      "效益指标,社会效益指标,足额保障率(参保率),=,100,%,,30,,\n"
      "合计,,,,,,,100,,\n",
      kMof);
  const v1::BudgetLine& total = form.budget().total();
  EXPECT_EQ(total.name(), "总额");
  EXPECT_EQ(total.initial(), "238.93");
  EXPECT_EQ(total.adjusted(), "251.89");
  ASSERT_EQ(total.breakdowns(0).lines_size(), 2);  // 其他资金 has no figure
  EXPECT_EQ(total.breakdowns(0).lines(0).name(), "财政资金");
  ASSERT_EQ(form.indicators_size(), 3);
  EXPECT_EQ(form.indicators(0).weight(), "10");
  EXPECT_EQ(form.indicators(1).target().text(), "=100%");
  EXPECT_EQ(form.indicators(1).target().comparator(), v1::Target::EQUAL);
  EXPECT_EQ(form.reported().max_total(), "100");
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.budget(0).execution_rate(), "100.00");
  EXPECT_EQ(result.indicators(0).score(), "10.00");
}

TEST(NationalCsv, ABareNumberInACostGroupIsACeiling) {
  v1::Evaluation form = ImportOk(NationalForm("产出指标,成本指标,单价,120元,110元,50,50,\n"
                                              ",数量指标,人数,120,110,,,\n"),
                                 kMof);
  EXPECT_EQ(form.indicators(1).target().comparator(), v1::Target::AT_MOST);
  EXPECT_EQ(form.indicators(2).target().comparator(), v1::Target::AT_LEAST);
}

}  // namespace
}  // namespace jixiao
