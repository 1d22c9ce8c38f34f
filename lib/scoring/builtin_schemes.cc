// The four built-in schemes of SCORING.md §7, compiled in and parsed once.
#include <string>
#include <vector>

#include "google/protobuf/util/json_util.h"
#include "jixiao/evaluate.h"

namespace jixiao {
namespace {

// What all four share: 2 decimals half up, the five-level grade scale, the three tiers and the
// derived indicator names.
constexpr char kCommon[] = R"json({
  "decimals": 2,
  "rounding": "HALF_UP",
  "grade_scale": {"levels": [
    {"label": "好",   "factor": "100", "synonyms": ["优", "优秀", "完成", "达成", "达到"]},
    {"label": "较好", "factor": "80",  "synonyms": ["良", "良好", "基本完成", "基本达成", "基本达到"]},
    {"label": "一般", "factor": "60",  "synonyms": ["中", "中等", "部分完成", "部分达成", "部分达到"]},
    {"label": "较差", "factor": "40"},
    {"label": "差",   "factor": "20"}]},
  "tiers": {"tiers": [
    {"label": "达成", "min": "80", "max": "100",
     "synonyms": ["达成预期指标", "达到预期指标", "完成", "达到"]},
    {"label": "部分达成", "min": "60", "max": "80",
     "synonyms": ["部分达成预期指标并具有一定效果", "部分完成", "部分达到"]},
    {"label": "未达成", "min": "0", "max": "60",
     "synonyms": ["未达成预期指标且效果较差", "未完成", "未达到"]}]},
  "derived_names": {
    "预算执行率": "EXECUTION_RATE",
    "预算资金到位情况": "ARRIVAL_RATE",
    "资金到位率": "ARRIVAL_RATE",
    "资金实际支出率": "SPENDING_RATE"}
})json";

constexpr char kZhengzhou[] = R"json({
  "name": "zhengzhou-2021-project",
  "title": "郑州市2021年度项目支出绩效自评（附表1 自评价评分附件表）",
  "categories": [
    {"name": "投入和管理目标", "aliases": ["投入与目标管理", "投入"], "points": "20", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"grade": {}}},
    {"name": "产出目标", "aliases": ["产出"], "points": "40", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"grade": {}}},
    {"name": "效果目标", "aliases": ["效果"], "points": "30", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"grade": {}}},
    {"name": "影响力目标", "aliases": ["影响力"], "points": "10", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"grade": {}}}],
  "grade_bands": [{"label": "优秀", "min": "90"}, {"label": "良好", "min": "80"},
                  {"label": "中等", "min": "60"}, {"label": "差", "min": "0"}],
  "execution_rate_basis": "RECEIVED_OVER_BUDGET"
})json";

constexpr char kSuzhou[] = R"json({
  "name": "suzhou-2020-project",
  "title": "苏州市2020年度项目支出绩效自评（满分80，按百分制定级）",
  "categories": [
    {"name": "投入目标", "aliases": ["投入"], "points": "26", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"deduction": {"below_per_point": "5", "band_upper": "130", "above_per_point": "1"}},
     "qualitative_rule": {"grade": {}}},
    {"name": "产出目标", "aliases": ["产出"], "points": "24", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"deduction": {"below_per_point": "5", "band_upper": "130", "above_per_point": "1"}},
     "qualitative_rule": {"grade": {}}},
    {"name": "结果目标", "aliases": ["结果"], "points": "22", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"deduction": {"below_per_point": "5"}}, "qualitative_rule": {"grade": {}}},
    {"name": "影响力目标", "aliases": ["影响力"], "points": "8", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"deduction": {"below_per_point": "5"}}, "qualitative_rule": {"grade": {}}}],
  "grade_bands": [{"label": "优秀", "min": "90"}, {"label": "良好", "min": "80"},
                  {"label": "中等", "min": "60"}, {"label": "差", "min": "0"}],
  "execution_rate_basis": "SPENT_OVER_BUDGET"
})json";

constexpr char kMof[] = R"json({
  "name": "mof-2020-project",
  "title": "财政部项目支出绩效自评（财预〔2020〕10号）",
  "categories": [
    {"name": "预算执行率", "aliases": ["预算执行"], "points": "10", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}},
    {"name": "产出指标", "aliases": ["产出"], "points": "50", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}},
    {"name": "效益指标", "aliases": ["效益"], "points": "30", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}},
    {"name": "满意度指标", "aliases": ["满意度"], "points": "10", "allocation": "EVEN_SPLIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}}],
  "grade_bands": [{"label": "优", "min": "90"}, {"label": "良", "min": "80"},
                  {"label": "中", "min": "60"}, {"label": "差", "min": "0"}],
  "execution_rate_basis": "SPENT_OVER_BUDGET"
})json";

constexpr char kHenan[] = R"json({
  "name": "henan-2021-department",
  "title": "河南省2021年度部门整体绩效自评",
  "categories": [
    {"name": "预算执行率", "aliases": ["预算执行"], "points": "10", "allocation": "EXPLICIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}},
    {"name": "投入管理指标", "aliases": ["投入管理", "投入"], "points": "20", "allocation": "EXPLICIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}},
    {"name": "产出指标", "aliases": ["产出"], "points": "40", "allocation": "EXPLICIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}},
    {"name": "效益指标", "aliases": ["效益"], "points": "30", "allocation": "EXPLICIT",
     "quantitative_rule": {"ratio": {}}, "qualitative_rule": {"tier": {}}}],
  "grade_bands": [{"label": "优", "min": "90"}, {"label": "良", "min": "80"},
                  {"label": "中", "min": "60"}, {"label": "差", "min": "0"}],
  "execution_rate_basis": "SPENT_OVER_BUDGET"
})json";

v1::Scheme* ParseBuiltin(const char* json) {
  auto* scheme = new v1::Scheme;
  v1::Scheme common;
  // The texts above are part of the library; BuiltinSchemes tests parse every one, so a typo
  // here fails the tests rather than a user's evaluation.
  if (!google::protobuf::util::JsonStringToMessage(json, scheme).ok() ||
      !google::protobuf::util::JsonStringToMessage(kCommon, &common).ok()) {
    scheme->Clear();
    return scheme;
  }
  scheme->MergeFrom(common);
  return scheme;
}

}  // namespace

const std::vector<const v1::Scheme*>& BuiltinSchemes() {
  static const auto* schemes = new std::vector<const v1::Scheme*>{
      ParseBuiltin(kZhengzhou), ParseBuiltin(kSuzhou), ParseBuiltin(kMof), ParseBuiltin(kHenan)};
  return *schemes;
}

const v1::Scheme* FindBuiltinScheme(absl::string_view name) {
  for (const v1::Scheme* scheme : BuiltinSchemes()) {
    if (scheme->name() == name) return scheme;
  }
  return nullptr;
}

}  // namespace jixiao
