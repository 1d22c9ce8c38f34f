#include "lib/base/check_limits.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/repeated_field.h"
#include "lib/base/limits.h"
#include "lib/base/utf8.h"

namespace jixiao {
namespace {

// Short and valid: fit to name a place in a message.
bool Printable(const std::string& s) {
  return !s.empty() && s.size() <= kMaxIdBytes && ValidUtf8Prefix(s) == s.size();
}

// A place in the message, as a chain of stack objects; turned into text only for an error.
struct Where {
  const Where* parent;
  const char* field;  // nullptr: the element `index` (or `key`) of the parent's list
  int index = -1;
  const std::string* key = nullptr;           // a map entry's key
  const std::string* indicator_id = nullptr;  // "indicator <id>" replaces the path so far
};

// "indicator i03 target.text", "budget.total.breakdowns[0].lines[2].name",
// "reported.categories[\"产出\"]"; a deep path keeps its first and last steps.
std::string Render(const Where& where) {
  std::vector<const Where*> chain;
  for (const Where* w = &where; w != nullptr; w = w->parent) chain.push_back(w);
  std::string out;
  bool after_indicator = false;
  const size_t n = chain.size();
  for (size_t k = n; k-- > 0;) {
    const size_t depth = n - 1 - k;
    if (n > 24 && depth == 12) {  // deep budgets: the first and the last steps
      out += ".…";
      for (k = 8; k > 0 && chain[k]->field == nullptr;) --k;  // resume at a field
    }
    const Where& w = *chain[k];
    if (w.indicator_id != nullptr && Printable(*w.indicator_id)) {
      out = absl::StrCat("indicator ", *w.indicator_id);
      after_indicator = true;
      continue;
    }
    if (w.field != nullptr) {
      if (!out.empty()) out += after_indicator ? " " : ".";
      after_indicator = false;
      out += w.field;
    } else if (w.key != nullptr) {
      out += Printable(*w.key) ? absl::StrCat("[\"", *w.key, "\"]") : std::string(" key");
    } else {
      absl::StrAppend(&out, "[", w.index, "]");
    }
  }
  return out;
}

// Checks fields one by one and keeps the first error; every check is a no-op after it.
class Checker {
 public:
  explicit Checker(bool check_utf8 = true) : check_utf8_(check_utf8) {}
  const absl::Status& status() const { return status_; }
  bool ok() const { return status_.ok(); }

  void Id(const std::string& s, const Where& at) { String(s, kMaxIdBytes, at); }
  void Name(const std::string& s, const Where& at) { String(s, kMaxNameBytes, at); }
  void Text(const std::string& s, const Where& at) { String(s, kMaxTextBytes, at); }

  // Inline: a form has hundreds of strings and nearly all of them pass.
  void String(const std::string& s, size_t limit, const Where& at) {
    if (ABSL_PREDICT_TRUE(s.size() <= limit && !check_utf8_)) return;
    CheckString(s, limit, at);
  }

  ABSL_ATTRIBUTE_NOINLINE void CheckString(const std::string& s, size_t limit, const Where& at) {
    if (!ok()) return;
    if (s.size() > limit) return Fail(at, absl::StrCat(s.size(), " bytes; the limit is ", limit));
    if (!check_utf8_) return;
    size_t valid = ValidUtf8Prefix(s);
    if (valid != s.size()) Fail(at, absl::StrCat("not UTF-8 (byte ", valid + 1, ")"));
  }

  // A repeated field or map of `n` entries.
  bool Count(int n, int limit, const Where& at) {
    if (ok() && n > limit) Fail(at, absl::StrCat(n, " entries; the limit is ", limit));
    return ok();
  }

  void Names(const google::protobuf::RepeatedPtrField<std::string>& list, int limit,
             const Where& at, size_t bytes = kMaxNameBytes) {
    if (!Count(list.size(), limit, at)) return;
    for (int i = 0; i < list.size() && ok(); ++i) String(list.Get(i), bytes, {&at, nullptr, i});
  }

  template <typename IsValid>
  void Enum(int value, IsValid is_valid, const char* enum_name, const Where& at) {
    if (ok() && !is_valid(value)) Fail(at, absl::StrCat(value, " is not a value of ", enum_name));
  }

  // Evaluation --------------------------------------------------------------------------------

  void Evaluation(const v1::Evaluation& e) {
    Id(e.id(), {nullptr, "id"});
    Name(e.name(), {nullptr, "name"});
    Enum(e.kind(), v1::Evaluation::Kind_IsValid, "Kind", {nullptr, "kind"});
    Name(e.unit(), {nullptr, "unit"});
    Name(e.authority(), {nullptr, "authority"});
    Name(e.scheme(), {nullptr, "scheme"});
    if (e.has_custom_scheme()) Scheme(e.custom_scheme(), {nullptr, "custom_scheme"});
    if (e.budget().has_total()) {
      Where budget{nullptr, "budget"};
      Line(e.budget().total(), {&budget, "total"}, 1);
    }
    Where indicators{nullptr, "indicators"};
    if (!Count(e.indicators_size(), kMaxIndicators, indicators)) return;
    for (int i = 0; i < e.indicators_size() && ok(); ++i) {
      const v1::Indicator& in = e.indicators(i);
      Where at{&indicators, nullptr, i};
      Id(in.id(), {&at, "id"});
      at.indicator_id = &in.id();  // once it is known to be short and valid
      Indicator(in, at);
    }
    const v1::Reported& r = e.reported();
    Where reported{nullptr, "reported"};
    Name(r.total(), {&reported, "total"});
    Name(r.grade(), {&reported, "grade"});
    Name(r.max_total(), {&reported, "max_total"});
    Where overall_goal{nullptr, "overall_goal"};
    Text(e.overall_goal().expected(), {&overall_goal, "expected"});
    Text(e.overall_goal().actual(), {&overall_goal, "actual"});
    Text(e.remarks(), {nullptr, "remarks"});
    Names(e.skipped_rows(), kMaxIndicators, {nullptr, "skipped_rows"});
    Where points{nullptr, "category_points"};
    if (!Count(static_cast<int>(e.category_points().size()), kMaxListItems, points)) return;
    for (const auto& [key, value] : e.category_points()) {
      Where entry{&points, nullptr, -1, &key};
      Name(key, entry);
      Name(value, entry);
    }
    Where categories{&reported, "categories"};
    if (!Count(static_cast<int>(r.categories().size()), kMaxListItems, categories)) return;
    for (const auto& [key, value] : r.categories()) {
      Where entry{&categories, nullptr, -1, &key};
      Name(key, entry);
      Name(value, entry);
    }
    Where again{&reported, "again"};
    if (!Count(r.again_size(), kMaxListItems, again)) return;
    for (int i = 0; i < r.again_size(); ++i) {
      Where at{&again, nullptr, i};
      Name(r.again(i).category(), {&at, "category"});
      Name(r.again(i).total(), {&at, "total"});
      Name(r.again(i).grade(), {&at, "grade"});
      Name(r.again(i).source(), {&at, "source"});
    }
  }

  void Indicator(const v1::Indicator& in, const Where& at) {
    Name(in.level1(), {&at, "level1"});
    Name(in.level2(), {&at, "level2"});
    Name(in.name(), {&at, "name"});
    Name(in.weight(), {&at, "weight"});
    const v1::Target& t = in.target();
    Where target{&at, "target"};
    Enum(t.comparator(), v1::Target::Comparator_IsValid, "Comparator", {&target, "comparator"});
    Name(t.value(), {&target, "value"});
    Name(t.upper(), {&target, "upper"});
    Name(t.unit(), {&target, "unit"});
    Name(t.text(), {&target, "text"});
    Actual(in.actual(), {&at, "actual"});
    Rule(in.rule(), {&at, "rule"});
    Enum(in.derived_from(), v1::DerivedFrom_IsValid, "DerivedFrom", {&at, "derived_from"});
    Name(in.reported_score(), {&at, "reported_score"});
    Where review{&at, "review"};
    Actual(in.review().actual(), {&review, "actual"});
    Name(in.review().score(), {&review, "score"});
    Text(in.review().note(), {&review, "note"});
    Names(in.evidence(), kMaxListItems, {&at, "evidence"}, kMaxTextBytes);
    Text(in.note(), {&at, "note"});
  }

  void Actual(const v1::Actual& a, const Where& at) {
    Name(a.number(), {&at, "number"});
    Name(a.grade(), {&at, "grade"});
    Name(a.factor(), {&at, "factor"});
    Where elements{&at, "elements"};
    Count(a.elements().satisfied_size(), kMaxChecklistElements, {&elements, "satisfied"});
    Text(a.text(), {&at, "text"});
  }

  void Rule(const v1::Rule& r, const Where& at) {
    const v1::DeductionRule& d = r.deduction();
    Where deduction{&at, "deduction"};
    Name(d.below_per_point(), {&deduction, "below_per_point"});
    Name(d.band_upper(), {&deduction, "band_upper"});
    Name(d.above_per_point(), {&deduction, "above_per_point"});
    GradeRule(r.grade(), {&at, "grade"});
    TierRule(r.tier(), {&at, "tier"});
    Where checklist{&at, "checklist"};
    Where elements{&checklist, "elements"};
    if (!Count(r.checklist().elements_size(), kMaxChecklistElements, elements)) return;
    for (int i = 0; i < r.checklist().elements_size() && ok(); ++i) {
      Where element{&elements, nullptr, i};
      Name(r.checklist().elements(i).name(), {&element, "name"});
      Name(r.checklist().elements(i).share(), {&element, "share"});
    }
  }

  void GradeRule(const v1::GradeRule& g, const Where& at) {
    Where levels{&at, "levels"};
    if (!Count(g.levels_size(), kMaxListItems, levels)) return;
    for (int i = 0; i < g.levels_size() && ok(); ++i) {
      Where level{&levels, nullptr, i};
      Name(g.levels(i).label(), {&level, "label"});
      Name(g.levels(i).factor(), {&level, "factor"});
      Names(g.levels(i).synonyms(), kMaxListItems, {&level, "synonyms"});
    }
  }

  void TierRule(const v1::TierRule& t, const Where& at) {
    Where tiers{&at, "tiers"};
    if (!Count(t.tiers_size(), kMaxListItems, tiers)) return;
    for (int i = 0; i < t.tiers_size() && ok(); ++i) {
      Where tier{&tiers, nullptr, i};
      Name(t.tiers(i).label(), {&tier, "label"});
      Name(t.tiers(i).min(), {&tier, "min"});
      Name(t.tiers(i).max(), {&tier, "max"});
      Names(t.tiers(i).synonyms(), kMaxListItems, {&tier, "synonyms"});
    }
  }

  void Scheme(const v1::Scheme& s, const Where& at) {
    Name(s.name(), {&at, "name"});
    Name(s.title(), {&at, "title"});
    Where categories{&at, "categories"};
    if (!Count(s.categories_size(), kMaxListItems, categories)) return;
    for (int i = 0; i < s.categories_size() && ok(); ++i) {
      const v1::Category& c = s.categories(i);
      Where category{&categories, nullptr, i};
      Name(c.name(), {&category, "name"});
      Names(c.aliases(), kMaxListItems, {&category, "aliases"});
      Name(c.points(), {&category, "points"});
      Enum(c.allocation(), v1::Category::Allocation_IsValid, "Allocation",
           {&category, "allocation"});
      Rule(c.quantitative_rule(), {&category, "quantitative_rule"});
      Rule(c.qualitative_rule(), {&category, "qualitative_rule"});
    }
    Where bands{&at, "grade_bands"};
    if (!Count(s.grade_bands_size(), kMaxListItems, bands)) return;
    for (int i = 0; i < s.grade_bands_size() && ok(); ++i) {
      Where band{&bands, nullptr, i};
      Name(s.grade_bands(i).label(), {&band, "label"});
      Name(s.grade_bands(i).min(), {&band, "min"});
    }
    GradeRule(s.grade_scale(), {&at, "grade_scale"});
    TierRule(s.tiers(), {&at, "tiers"});
    Enum(s.rounding(), v1::Scheme::Rounding_IsValid, "Rounding", {&at, "rounding"});
    Enum(s.execution_rate_basis(), v1::Scheme::ExecutionRateBasis_IsValid, "ExecutionRateBasis",
         {&at, "execution_rate_basis"});
    Where derived{&at, "derived_names"};
    if (!Count(static_cast<int>(s.derived_names().size()), kMaxListItems, derived)) return;
    for (const auto& [key, value] : s.derived_names()) {
      Where entry{&derived, nullptr, -1, &key};
      Name(key, entry);
      Enum(value, v1::DerivedFrom_IsValid, "DerivedFrom", entry);
    }
  }

  // A budget line at `depth` (the root is 1) and the lines below it.
  void Line(const v1::BudgetLine& line, const Where& at, int depth) {
    if (!ok()) return;
    if (depth > kMaxBudgetDepth) {
      return Fail(at, absl::StrCat("budget lines nest deeper than ", kMaxBudgetDepth,
                                   " levels, the limit"));
    }
    if (++budget_lines_ > kMaxBudgetLines) {
      return Fail(at, absl::StrCat("more than ", kMaxBudgetLines, " budget lines, the limit"));
    }
    Name(line.name(), {&at, "name"});
    Name(line.initial(), {&at, "initial"});
    Name(line.adjusted(), {&at, "adjusted"});
    Name(line.invested(), {&at, "invested"});
    Name(line.received(), {&at, "received"});
    Name(line.spent(), {&at, "spent"});
    Where breakdowns{&at, "breakdowns"};
    if (!Count(line.breakdowns_size(), kMaxListItems, breakdowns)) return;
    for (int b = 0; b < line.breakdowns_size() && ok(); ++b) {
      const v1::Breakdown& breakdown = line.breakdowns(b);
      Where at_breakdown{&breakdowns, nullptr, b};
      Name(breakdown.dimension(), {&at_breakdown, "dimension"});
      Where lines{&at_breakdown, "lines"};
      if (!Count(breakdown.lines_size(), kMaxBreakdownLines, lines)) return;
      for (int i = 0; i < breakdown.lines_size() && ok(); ++i) {
        Line(breakdown.lines(i), {&lines, nullptr, i}, depth + 1);
      }
    }
  }

  // DepartmentBudget ---------------------------------------------------------------------------

  void Budget(const v1::DepartmentBudget& b) {
    Id(b.id(), {nullptr, "id"});
    Name(b.department(), {nullptr, "department"});
    Name(b.code(), {nullptr, "code"});
    Name(b.unit(), {nullptr, "unit"});
    Amounts(b.income(), {nullptr, "income"});
    Name(b.income_total(), {nullptr, "income_total"});
    Table(b.functions(), {nullptr, "functions"}, [&](const v1::FunctionLine& f, const Where& at) {
      Columns({{"code", &f.code()},
               {"name", &f.name()},
               {"wages", &f.wages()},
               {"household", &f.household()},
               {"goods_services", &f.goods_services()},
               {"capital", &f.capital()},
               {"project_social", &f.project_social()},
               {"project_debt", &f.project_debt()},
               {"project_construction", &f.project_construction()},
               {"project_other", &f.project_other()},
               {"total", &f.total()}},
              at);
    });
    Name(b.expenditure_total(), {nullptr, "expenditure_total"});
    Table(b.economics(), {nullptr, "economics"}, [&](const v1::EconomicLine& e, const Where& at) {
      Columns({{"dept_code", &e.dept_code()},
               {"dept_name", &e.dept_name()},
               {"gov_code", &e.gov_code()},
               {"gov_name", &e.gov_name()},
               {"basic", &e.basic()},
               {"project", &e.project()},
               {"total", &e.total()}},
              at);
    });
    const v1::ThreePublic& t = b.three_public();
    Columns({{"overseas", &t.overseas()},
             {"reception", &t.reception()},
             {"vehicle_purchase", &t.vehicle_purchase()},
             {"vehicle_operation", &t.vehicle_operation()},
             {"total", &t.total()}},
            {nullptr, "three_public"});
    Table(b.procurement(), {nullptr, "procurement"},
          [&](const v1::ProcurementLine& p, const Where& at) {
            Columns({{"function_code", &p.function_code()},
                     {"item", &p.item()},
                     {"catalog", &p.catalog()},
                     {"spec", &p.spec()},
                     {"unit", &p.unit()},
                     {"quantity", &p.quantity()},
                     {"unit_price", &p.unit_price()},
                     {"amount", &p.amount()}},
                    at);
          });
    Name(b.procurement_total(), {nullptr, "procurement_total"});
    Amounts(b.projects(), {nullptr, "projects"});
    Name(b.previous_total(), {nullptr, "previous_total"});
    Table(b.claims(), {nullptr, "claims"}, [&](const v1::Claim& c, const Where& at) {
      Columns({{"metric", &c.metric()}, {"value", &c.value()}, {"unit", &c.unit()}}, at);
    });
  }

  // The string columns of one row of a table.
  void Columns(std::initializer_list<std::pair<const char*, const std::string*>> columns,
               const Where& at) {
    for (const auto& [name, value] : columns) Name(*value, {&at, name});
  }

  template <typename Row, typename CheckRow>
  void Table(const google::protobuf::RepeatedPtrField<Row>& rows, const Where& at,
             CheckRow check_row) {
    if (!Count(rows.size(), kMaxTableRows, at)) return;
    for (int i = 0; i < rows.size() && ok(); ++i) check_row(rows.Get(i), {&at, nullptr, i});
  }

  void Amounts(const google::protobuf::RepeatedPtrField<v1::NamedAmount>& rows, const Where& at) {
    Table(rows, at, [&](const v1::NamedAmount& a, const Where& row) {
      Name(a.name(), {&row, "name"});
      Name(a.amount(), {&row, "amount"});
    });
  }

 private:
  void Fail(const Where& at, absl::string_view what) {
    status_ = absl::InvalidArgumentError(absl::StrCat(Render(at), ": ", what));
  }

  bool check_utf8_;
  absl::Status status_;
  int budget_lines_ = 0;
};

}  // namespace

absl::Status CheckLimits(const v1::Evaluation& evaluation, bool utf8_checked) {
  Checker checker(!utf8_checked);
  checker.Evaluation(evaluation);
  return checker.status();
}

absl::Status CheckLimits(const v1::DepartmentBudget& budget) {
  Checker checker;
  checker.Budget(budget);
  return checker.status();
}

}  // namespace jixiao
