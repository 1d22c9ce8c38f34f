#include "bench/form_generator.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "jixiao/evaluate.h"
#include "lib/base/decimal.h"
#include "lib/scoring/weights.h"

namespace jixiao::bench {
namespace {

// Decimal text of units / 10^places, built from integers (no floating point).
std::string Decimal(int64_t units, int places) {
  int64_t scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  return FormatDecimal(Rational::Fraction(units, scale), places);
}

constexpr const char* kAuthorities[] = {
    "市财政局",       "市教育局",         "市卫生健康委员会",       "市交通运输局",
    "市农业农村局",   "市水利局",         "市生态环境局",           "市住房和城乡建设局",
    "市大数据管理局", "市民政局",         "市人力资源和社会保障局", "市文化广电和旅游局",
    "市应急管理局",   "市市场监督管理局", "市自然资源和规划局",     "市公安局",
    "市司法局",       "市科学技术局",     "市工业和信息化局",       "市商务局",
    "市体育局",       "市林业局",         "市城市管理局",           "市退役军人事务局"};

struct SchemeShape {
  const char* name;
  const char* categories[4];
  const char* points[4];
  bool explicit_weights;
};

constexpr SchemeShape kSchemes[] = {
    {"zhengzhou-2021-project",
     {"投入和管理目标", "产出目标", "效果目标", "影响力目标"},
     {"20", "40", "30", "10"},
     false},
    {"mof-2020-project",
     {"预算执行率", "产出指标", "效益指标", "满意度指标"},
     {"10", "50", "30", "10"},
     false},
    {"suzhou-2020-project",
     {"投入目标", "产出目标", "结果目标", "影响力目标"},
     {"26", "24", "22", "8"},
     false},
    {"henan-2021-department",
     {"预算执行率", "投入管理指标", "产出指标", "效益指标"},
     {"10", "20", "40", "30"},
     true},
};

constexpr const char* kGroups[] = {"数量", "质量", "时效", "成本", "社会效益", "满意度"};
constexpr const char* kUnits[] = {"%", "项", "个", "万元", "人次", "天", "平方公里"};

}  // namespace

int FormGenerator::Uniform(int lo, int hi) {
  return lo + static_cast<int>(rng_() % static_cast<uint64_t>(hi - lo + 1));
}

bool FormGenerator::Chance(int percent) { return Uniform(1, 100) <= percent; }

void FormGenerator::AddIndicator(v1::Evaluation* form, const char* level1, const char* level2,
                                 int i) {
  v1::Indicator* in = form->add_indicators();
  in->set_id(absl::StrCat("i", i));
  in->set_level1(level1);
  in->set_level2(level2);
  in->set_name(absl::StrCat(level2, "指标", i));
  v1::Target* target = in->mutable_target();
  v1::Actual* actual = in->mutable_actual();
  switch (Uniform(0, 9)) {
    case 0:
    case 1: {  // ratio, 正向
      target->set_comparator(v1::Target::AT_LEAST);
      int t = Uniform(1, 2000);
      target->set_value(absl::StrCat(t));
      target->set_unit(kUnits[Uniform(0, 6)]);
      actual->set_number(Decimal(int64_t{t} * Uniform(60, 140), 2));
      break;
    }
    case 2:  // ratio, 反向
      target->set_comparator(v1::Target::AT_MOST);
      target->set_value(absl::StrCat(Uniform(10, 120)));
      target->set_unit("天");
      actual->set_number(absl::StrCat(Uniform(5, 150)));
      break;
    case 3:  // range, Suzhou-style deduction
      target->set_comparator(v1::Target::BETWEEN);
      target->set_value("100");
      target->set_upper("130");
      target->set_unit("%");
      actual->set_number(Decimal(Uniform(8000, 15000), 2));
      in->mutable_rule()->mutable_deduction()->set_below_per_point("5");
      break;
    case 4:  // deduction, 每降低1%扣1%
      target->set_comparator(v1::Target::EQUAL);
      target->set_value("100");
      target->set_unit("%");
      actual->set_number(Decimal(Uniform(9000, 10100), 2));
      in->mutable_rule()->mutable_deduction()->set_below_per_point("1");
      break;
    case 5:  // qualitative label (grade or tier, by the scheme)
      target->set_comparator(v1::Target::QUALITATIVE);
      target->set_text("健全");
      actual->set_grade(Chance(70) ? "健全" : (Chance(50) ? "完成" : "部分完成"));
      break;
    case 6: {  // checklist
      target->set_text("合规");
      auto* checklist = in->mutable_rule()->mutable_checklist();
      int n = Uniform(3, 9);
      for (int k = 0; k < n; ++k) {
        v1::Element* e = checklist->add_elements();
        e->set_share(Decimal(10000 / n, 2));
        e->set_veto(k == n - 1 && Chance(30));
      }
      checklist->set_full_when_all(true);
      for (int k = 1; k <= n; ++k) {
        if (Chance(85)) actual->mutable_elements()->add_satisfied(k);
      }
      actual->mutable_elements();
      break;
    }
    case 7:  // an assessor's percentage
      target->set_text("满意");
      actual->set_factor(absl::StrCat(Uniform(60, 100)));
      break;
    case 8:  // binary
      target->set_text("按时完成");
      actual->set_grade(Chance(80) ? "按时完成" : "延期");
      in->mutable_rule()->mutable_binary();
      break;
    default:  // achieved / not
      target->set_text("完成");
      actual->set_achieved(Chance(85));
      break;
  }
  in->add_evidence("年度工作总结、验收报告");
}

void FormGenerator::AddBudget(v1::Evaluation* form) {
  // 财政资金 (中央/省级/市级) + 其他资金, all stages consistent; 1 in 20 forms has a slip.
  v1::BudgetLine* total = form->mutable_budget()->mutable_total();
  total->set_name("合计");
  int64_t levels[3] = {Uniform(0, 500) * 10000LL, Uniform(0, 800) * 10000LL,
                       Uniform(10, 2000) * 10000LL};
  int64_t other = Chance(30) ? Uniform(1, 100) * 10000LL : 0;
  int64_t fiscal = levels[0] + levels[1] + levels[2];
  auto set = [&](v1::BudgetLine* line, int64_t initial) {
    int64_t received = initial / 100 * Uniform(90, 100);
    line->set_initial(absl::StrCat(initial));
    line->set_invested(absl::StrCat(initial));
    line->set_received(absl::StrCat(received));
    line->set_spent(Decimal(received * Uniform(8500, 10000), 4));
  };
  total->set_initial(absl::StrCat(fiscal + other));
  v1::Breakdown* sources = total->add_breakdowns();
  sources->set_dimension("资金来源");
  v1::BudgetLine* fiscal_line = sources->add_lines();
  fiscal_line->set_name("财政资金");
  v1::Breakdown* tiers = fiscal_line->add_breakdowns();
  tiers->set_dimension("级次");
  const char* names[3] = {"中央级", "省级", "市级"};
  for (int k = 0; k < 3; ++k) {
    v1::BudgetLine* line = tiers->add_lines();
    line->set_name(names[k]);
    set(line, levels[k]);
  }
  v1::BudgetLine* other_line = sources->add_lines();
  other_line->set_name("其他资金");
  set(other_line, other);
  // Parents are the exact sums of their children, except for an occasional slip.
  for (v1::BudgetLine* parent : {fiscal_line, total}) {
    const auto& children = parent == total ? total->breakdowns(0).lines() : tiers->lines();
    Rational sums[3];
    for (const v1::BudgetLine& child : children) {
      sums[0] += ParseDecimal(child.invested())->value;
      sums[1] += ParseDecimal(child.received())->value;
      sums[2] += ParseDecimal(child.spent())->value;
    }
    parent->set_initial(absl::StrCat(parent == total ? fiscal + other : fiscal));
    parent->set_invested(FormatDecimal(sums[0], 0));
    parent->set_received(FormatDecimal(sums[1], 0));
    parent->set_spent(FormatDecimal(sums[2], 4));
  }
  if (Chance(5)) total->set_spent("1");
}

void FormGenerator::ReportScores(v1::Evaluation* form) {
  // The unit's own figures: mostly right, with the slips real forms have.
  auto result = Evaluate(*form);
  if (!result.ok()) return;
  for (int i = 0; i < form->indicators_size(); ++i) {
    std::string score = result->indicators(i).score();
    if (Chance(3)) score = "9";
    form->mutable_indicators(i)->set_reported_score(score);
  }
  form->mutable_reported()->set_total(Chance(95) ? result->total() : "99");
  form->mutable_reported()->set_grade(result->grade());
}

v1::Evaluation FormGenerator::Next() {
  v1::Evaluation form;
  int64_t n = count_++;
  const SchemeShape& scheme = kSchemes[Uniform(0, 3)];
  form.set_id(absl::StrCat("form-", n));
  form.set_name(absl::StrCat("项目", n));
  form.set_kind(scheme.explicit_weights ? v1::Evaluation::DEPARTMENT : v1::Evaluation::PROJECT);
  form.set_authority(kAuthorities[Uniform(0, 23)]);
  form.set_unit(absl::StrCat(form.authority(), "本级"));
  form.set_year(2021);
  form.set_scheme(scheme.name);
  int count = Uniform(10, 40);
  int per_category[4] = {1, 1, 1, 1};
  for (int i = 4; i < count; ++i) ++per_category[Uniform(0, 3)];
  int index = 1;
  for (int c = 0; c < 4; ++c) {
    std::vector<Rational> weights = EvenSplitWeights(ParseDecimal(scheme.points[c])->value,
                                                     per_category[c], 2, Rounding::kHalfUp);
    for (int k = 0; k < per_category[c]; ++k) {
      AddIndicator(&form, scheme.categories[c], kGroups[Uniform(0, 5)], index++);
      if (scheme.explicit_weights) {
        form.mutable_indicators(form.indicators_size() - 1)
            ->set_weight(FormatDecimal(weights[static_cast<size_t>(k)], 2));
      }
    }
  }
  // The qualitative label "完成" is a grade synonym and a tier synonym; "部分完成" too.
  form.mutable_indicators(0)->set_name("预算执行率");
  AddBudget(&form);
  ReportScores(&form);
  if (Chance(1)) form.mutable_indicators(0)->set_weight("2,5");  // invalid on purpose
  return form;
}

}  // namespace jixiao::bench
