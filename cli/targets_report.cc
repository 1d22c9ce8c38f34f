#include "cli/targets_report.h"

#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "cli/table.h"
#include "jixiao/finding_codes.h"
#include "jixiao/review_targets.h"

namespace jixiao::cli {
namespace {

// One table, printed aligned (text) or as a Markdown table.
struct Grid {
  std::vector<std::string> header;
  std::vector<bool> right;
  std::vector<std::vector<std::string>> rows;

  std::string Render(bool markdown) const {
    if (markdown) {
      auto cell = [](const std::string& s) {
        return s.empty() ? std::string(" ") : absl::StrReplaceAll(s, {{"|", "\\|"}});
      };
      std::string out = "|";
      for (const std::string& h : header) absl::StrAppend(&out, " ", cell(h), " |");
      out += "\n|";
      for (bool r : right) out += r ? " ---: |" : " --- |";
      out += "\n";
      for (const auto& row : rows) {
        out += "|";
        for (const std::string& c : row) absl::StrAppend(&out, " ", cell(c), " |");
        out += "\n";
      }
      return out + "\n";
    }
    Table table(right, "  ");
    table.AddRow(header);
    table.AddRule();
    for (const auto& row : rows) table.AddRow(row);
    return table.Render();
  }
};

std::string Heading(const std::string& title, bool markdown) {
  return markdown ? absl::StrCat("## ", title, "\n\n") : absl::StrCat("\n== ", title, " ==\n");
}

std::string Line(const std::string& text, bool markdown) {
  return markdown ? absl::StrCat(text, "\n\n") : absl::StrCat(text, "\n");
}

std::string FindingsBlock(const google::protobuf::RepeatedPtrField<v1::Finding>& findings,
                          bool markdown) {
  if (findings.empty()) return Line("发现 findings：无 none", markdown);
  std::string out = Line(absl::StrCat("发现 findings (", findings.size(), ")："), markdown);
  for (const v1::Finding& f : findings) {
    std::string line =
        absl::StrCat(v1::Finding::Severity_Name(f.severity()), " ", f.code(), ": ", f.message());
    absl::StrAppend(&out, markdown ? "- " : "  ", markdown ? absl::StrCat("**", line, "**") : line,
                    "\n");
  }
  return markdown ? out + "\n" : out;
}

std::string Declared(const v1::TargetIndicator& t) {
  if (!t.text().empty()) return t.text();
  return TargetText(t.target());
}

const v1::TargetDeclaration* FindDeclaration(const v1::TargetSet& set, const std::string& id,
                                             const std::string& name) {
  for (const v1::TargetDeclaration& d : set.declarations()) {
    if (d.id() == id && d.name() == name) return &d;
  }
  for (const v1::TargetDeclaration& d : set.declarations()) {
    if (d.id() == id) return &d;
  }
  return nullptr;
}

std::string Amounts(const v1::TargetDeclaration& d) {
  const std::string unit = d.money_unit().empty() ? "元" : d.money_unit();
  std::vector<std::string> parts;
  auto add = [&](const char* label, const std::string& v) {
    if (!v.empty()) parts.push_back(absl::StrCat(label, " ", v, " ", unit));
  };
  add("项目总金额", d.amounts().total());
  add("本年度", d.amounts().current_year());
  add("部门预算总额", d.funding().total());
  add("财政性资金", d.funding().fiscal());
  add("其他资金", d.funding().other());
  add("基本支出", d.funding().basic());
  add("项目支出", d.funding().project());
  return parts.empty() ? "金额：（未填）" : absl::StrCat("金额：", absl::StrJoin(parts, "；"));
}

std::string ReviewSection(const v1::TargetSet& set, const v1::TargetReview& r, bool markdown) {
  const v1::TargetDeclaration* d = FindDeclaration(set, r.id(), r.name());
  std::string out = Heading(
      absl::StrCat("绩效目标表 ", r.id(), " ", r.name(),
                   d != nullptr && d->kind() == v1::Evaluation::DEPARTMENT ? "（部门整体）" : "",
                   d != nullptr && d->year() != 0 ? absl::StrCat(" ", d->year()) : ""),
      markdown);
  if (d != nullptr) out += Line(Amounts(*d), markdown);
  out += Line(absl::StrCat("指标 ", r.indicators(), " 个：定量 ", r.quantitative(), "，定性 ",
                           r.qualitative(), "，量化率 ",
                           r.quantified_share().empty() ? "—" : r.quantified_share() + "%"),
              markdown);
  Grid g{{"一级指标", "二级指标", "指标数"}, {false, false, true}, {}};
  std::string last_level1;
  int empty = 0;
  for (const v1::GroupCoverage& c : r.coverage()) {
    std::string level1 = c.level1() == last_level1 && !markdown ? "" : c.level1();
    last_level1 = c.level1();
    empty += c.indicators() == 0;
    g.rows.push_back(
        {level1, c.level2(), c.indicators() == 0 ? "— 空" : absl::StrCat(c.indicators())});
  }
  out += g.Render(markdown);
  if (empty > 0) out += Line(absl::StrCat("  （", empty, " 个二级指标为空）"), markdown);
  out += FindingsBlock(r.findings(), markdown);
  return out;
}

std::string LinkSection(const v1::TargetSet& set, const v1::TargetLink& link, bool markdown) {
  const v1::TargetDeclaration* d = nullptr;
  for (const v1::TargetDeclaration& x : set.declarations()) {
    if (x.id() == link.declaration_id()) d = &x;
  }
  const v1::Evaluation* e = nullptr;
  for (const v1::Evaluation& x : set.evaluations()) {
    if (x.id() == link.evaluation_id()) e = &x;
  }
  std::string out = Heading(absl::StrCat("申报 → 自评 ", link.declaration_id(), " → ",
                                         link.evaluation_id(), e != nullptr ? " " + e->name() : ""),
                            markdown);
  if (d == nullptr || e == nullptr) return out + FindingsBlock(link.findings(), markdown);

  absl::flat_hash_map<std::string, std::string> changed;  // declared id → the changes
  absl::flat_hash_map<std::string, bool> dropped, added;
  const v1::Finding* amount = nullptr;
  for (const v1::Finding& f : link.findings()) {
    if (f.code() == finding::kTargetChanged) {
      size_t colon = f.message().rfind("：");
      changed[f.indicator_id()] =
          colon == std::string::npos ? f.message() : f.message().substr(colon + 3);
    } else if (f.code() == finding::kTargetDropped) {
      dropped[f.indicator_id()] = true;
    } else if (f.code() == finding::kTargetAdded) {
      added[f.indicator_id()] = true;
    } else if (f.code() == finding::kAmountChanged) {
      amount = &f;
    }
  }
  const std::string unit = d->money_unit().empty() ? "元" : d->money_unit();
  const v1::BudgetLine& total = e->budget().total();
  const std::string budgeted = total.initial().empty() ? total.adjusted() : total.initial();
  out +=
      Line(absl::StrCat("金额：申报本年度 ",
                        d->amounts().current_year().empty() ? "—" : d->amounts().current_year(),
                        " ", unit, " → 自评预算 ", budgeted.empty() ? "—" : budgeted, " 元",
                        amount != nullptr ? "   ≠ 已变 AMOUNT_CHANGED"
                        : d->amounts().current_year().empty() || budgeted.empty() ? ""
                                                                                  : "   （一致）"),
           markdown);

  Grid g{{"申报", "自评", "二级指标", "三级指标", "申报目标", "自评目标", "变化"},
         {false, false, false, false, false, false, false},
         {}};
  int n_changed = 0, n_dropped = 0, n_added = 0, n_same = 0;
  for (const TargetPair& p : PairTargets(*d, *e)) {
    const v1::TargetIndicator* t = p.declared >= 0 ? &d->indicators(p.declared) : nullptr;
    const v1::Indicator* x = p.evaluated >= 0 ? &e->indicators(p.evaluated) : nullptr;
    const std::string did = t != nullptr ? DeclaredIndicatorId(*d, p.declared) : "—";
    const std::string eid = x != nullptr ? (x->id().empty() ? "#" : x->id()) : "—";
    std::string mark;
    if (t == nullptr) {
      mark = "+ 新增 added";
      ++n_added;
    } else if (x == nullptr) {
      mark = "✗ 删除 dropped";
      ++n_dropped;
    } else if (auto it = changed.find(did); it != changed.end()) {
      mark = absl::StrCat("≠ 修改 ", it->second);
      ++n_changed;
    } else {
      ++n_same;
    }
    g.rows.push_back({did, eid, t != nullptr ? t->level2() : x->level2(),
                      t != nullptr ? t->name() : x->name(), t != nullptr ? Declared(*t) : "—",
                      x != nullptr ? TargetText(x->target()) : "—", mark});
  }
  out += Line(absl::StrCat("指标：未变 ", n_same, "，修改 ", n_changed, "，删除 ", n_dropped,
                           "，新增 ", n_added),
              markdown);
  out += g.Render(markdown);
  out += FindingsBlock(link.findings(), markdown);
  return out;
}

}  // namespace

std::string TargetsReport(const v1::TargetSet& set, const v1::TargetSetReview& review,
                          bool markdown) {
  std::string out = markdown ? "# 绩效目标审核 target review\n\n" : "绩效目标审核 target review\n";
  for (const v1::TargetReview& r : review.reviews()) out += ReviewSection(set, r, markdown);
  for (const v1::TargetLink& link : review.links()) out += LinkSection(set, link, markdown);
  out += Heading("跨文件核对 across documents", markdown);
  out += FindingsBlock(review.findings(), markdown);
  return out;
}

}  // namespace jixiao::cli
