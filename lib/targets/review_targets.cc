// ReviewTargets (TARGETS.md §2–§3): every declaration reviewed, linked to its evaluation, and
// checked against the other declarations and the department budget.
#include "jixiao/review_targets.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "jixiao/finding_codes.h"
#include "lib/base/finding.h"
#include "lib/base/status_macros.h"
#include "lib/budget/budget_figures.h"
#include "lib/targets/declaration.h"
#include "lib/targets/link_targets.h"
#include "lib/targets/money.h"
#include "lib/targets/profiles.h"
#include "lib/targets/review_declaration.h"
#include "lib/targets/target_names.h"

namespace jixiao {
namespace {

std::string Where(absl::string_view list, int i, absl::string_view id) {
  return id.empty() ? absl::StrCat(list, "[", i, "]") : absl::StrCat(list, "[", i, "] (", id, ")");
}

// The profile for every declaration of the set: custom_profile, else `profile`, else nullptr (by
// kind).
absl::StatusOr<const v1::TargetProfile*> SetProfile(const v1::TargetSet& set) {
  if (set.has_custom_profile()) {
    JX_RETURN_IF_ERROR(CheckTargetProfile(set.custom_profile(), "custom_profile."));
    return &set.custom_profile();
  }
  if (set.profile().empty()) return nullptr;
  if (const v1::TargetProfile* p = FindTargetProfile(set.profile())) return p;
  std::vector<std::string> names;
  for (const v1::TargetProfile* p : BuiltinTargetProfiles()) names.push_back(p->name());
  return absl::InvalidArgumentError(absl::StrCat("profile: unknown profile \"", set.profile(),
                                                 "\"; the built-in profiles are ",
                                                 absl::StrJoin(names, ", ")));
}

const v1::TargetProfile& ProfileFor(const DeclarationView& d, const v1::TargetProfile* chosen) {
  if (chosen != nullptr) return *chosen;
  return *FindTargetProfile(d.department() ? "mof-2021-department" : "mof-2021-project");
}

// Links each project declaration to an evaluation: the same id first (for all of them), then the
// first unlinked one of the same normalised name. linked[i] is the evaluation of declaration i.
std::vector<int> LinkEvaluations(const std::vector<DeclarationView>& ds, const v1::TargetSet& set) {
  std::vector<int> linked(ds.size(), -1);
  std::vector<bool> used(set.evaluations_size(), false);
  for (size_t i = 0; i < ds.size(); ++i) {
    if (ds[i].department() || ds[i].proto->id().empty()) continue;
    for (int j = 0; j < set.evaluations_size(); ++j) {
      if (!used[j] && set.evaluations(j).id() == ds[i].proto->id()) {
        linked[i] = j;
        used[j] = true;
        break;
      }
    }
  }
  for (size_t i = 0; i < ds.size(); ++i) {
    if (ds[i].department() || linked[i] >= 0) continue;
    const std::string name = NormalizeProjectName(ds[i].proto->name());
    for (int j = 0; j < set.evaluations_size(); ++j) {
      if (!used[j] && NormalizeProjectName(set.evaluations(j).name()) == name) {
        linked[i] = j;
        used[j] = true;
        break;
      }
    }
  }
  return linked;
}

absl::Status CrossDocument(const std::vector<DeclarationView>& ds, const v1::TargetSet& set,
                           const std::vector<int>& linked, v1::TargetSetReview* review) {
  auto* out = review->mutable_findings();
  const DeclarationView* department = nullptr;
  for (const DeclarationView& d : ds) {
    if (d.department()) department = &d;
  }

  // Σ project declarations against the department's 项目支出.
  if (department != nullptr && !department->project.blank) {
    Money sum;
    int with_amount = 0;
    for (const DeclarationView& d : ds) {
      if (d.department() || d.current_year.blank) continue;
      sum = AddMoney(sum, d.current_year);
      ++with_amount;
    }
    if (with_amount > 0 && !MoneyAgrees(sum, department->project)) {
      SetFinding(out->Add(), v1::Finding::ERROR, finding::kProjectsSumMismatch,
                 department->proto->id(),
                 absl::StrCat(with_amount, " 个项目的本年度金额合计 ", sum.In(department->unit),
                              " ", MoneyUnitName(department->unit), "，与部门申报的项目支出 ",
                              department->project.Display(), " 不符"),
                 department->project.text, sum.In(department->unit));
    }
  }

  if (set.has_budget()) {
    absl::StatusOr<BudgetFigures> budget = ReadBudgetFigures(set.budget());
    if (!budget.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("budget.", budget.status().message()));
    }
    auto money = [&](const Figure& f, const std::string& field) {
      return ReadMoney(f.text, budget->unit, field);
    };
    if (department != nullptr && !department->funding_total.blank) {
      JX_ASSIGN_OR_RETURN(Money expenditure,
                          money(budget->expenditure_total, "budget.expenditure_total"));
      if (!expenditure.blank && !MoneyAgrees(department->funding_total, expenditure)) {
        SetFinding(out->Add(), v1::Finding::ERROR, finding::kFundingBudgetMismatch,
                   department->proto->id(),
                   absl::StrCat("部门预算总额 ", department->funding_total.Display(),
                                "，部门预算支出总计 ", expenditure.Display()),
                   department->funding_total.Display(), expenditure.Display());
      }
    }
    std::vector<Money> lines;
    std::vector<std::string> names;
    for (int k = 0; k < set.budget().projects_size(); ++k) {
      JX_ASSIGN_OR_RETURN(
          Money m, money(budget->projects[k], absl::StrCat("budget.projects[", k, "].amount")));
      lines.push_back(m);
      names.push_back(NormalizeProjectName(set.budget().projects(k).name()));
    }
    for (const DeclarationView& d : ds) {
      if (d.department() || lines.empty()) continue;
      const std::string name = NormalizeProjectName(d.proto->name());
      int match = -1;
      for (size_t k = 0; k < names.size() && match < 0; ++k) {
        if (names[k] == name) match = static_cast<int>(k);
      }
      if (match < 0) {
        SetFinding(out->Add(), v1::Finding::INFO, finding::kProjectNotInBudget, d.proto->id(),
                   absl::StrCat("项目“", d.proto->name(), "”不在部门预算的项目表中"), "", "");
        continue;
      }
      const Money& line = lines[match];
      if (!d.current_year.blank && !line.blank && !MoneyAgrees(d.current_year, line)) {
        SetFinding(out->Add(), v1::Finding::ERROR, finding::kProjectAmountMismatch, d.proto->id(),
                   absl::StrCat("项目“", d.proto->name(), "”本年度金额 ", d.current_year.Display(),
                                "，部门预算项目“", set.budget().projects(match).name(), "” ",
                                line.Display()),
                   d.current_year.Display(), line.Display());
      }
    }
  }

  for (size_t i = 0; i < ds.size(); ++i) {
    if (ds[i].department() || linked[i] >= 0) continue;
    SetFinding(out->Add(), v1::Finding::INFO, finding::kNotEvaluated, ds[i].proto->id(),
               absl::StrCat("项目“", ds[i].proto->name(), "”没有对应的自评表"), "", "");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::TargetSetReview> ReviewTargets(const v1::TargetSet& set) {
  JX_ASSIGN_OR_RETURN(const v1::TargetProfile* chosen, SetProfile(set));
  std::vector<DeclarationView> ds;
  ds.reserve(set.declarations_size());
  int department = -1;
  for (int i = 0; i < set.declarations_size(); ++i) {
    const v1::TargetDeclaration& declaration = set.declarations(i);
    JX_ASSIGN_OR_RETURN(DeclarationView d,
                        ReadDeclaration(declaration, Where("declarations", i, declaration.id())));
    if (d.department()) {
      if (department >= 0) {
        return absl::InvalidArgumentError(absl::StrCat(
            d.where, " kind: a second DEPARTMENT declaration (the first is declarations[",
            department, "]); a set holds the declarations of one department"));
      }
      department = i;
    }
    ds.push_back(std::move(d));
  }

  v1::TargetSetReview review;
  for (const DeclarationView& d : ds) {
    JX_ASSIGN_OR_RETURN(*review.add_reviews(), ReviewDeclaration(d, ProfileFor(d, chosen)));
  }
  std::vector<int> linked = LinkEvaluations(ds, set);
  for (size_t i = 0; i < ds.size(); ++i) {
    if (linked[i] < 0) continue;
    const v1::Evaluation& e = set.evaluations(linked[i]);
    JX_ASSIGN_OR_RETURN(*review.add_links(),
                        LinkDeclaration(ds[i], e, Where("evaluations", linked[i], e.id())));
  }
  JX_RETURN_IF_ERROR(CrossDocument(ds, set, linked, &review));
  return review;
}

}  // namespace jixiao
