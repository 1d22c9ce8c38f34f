// Skeleton (TARGETS.md §4): a declaration as the year-end form it becomes, ready to fill.
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "jixiao/review_targets.h"
#include "lib/base/status_macros.h"
#include "lib/scoring/scheme.h"
#include "lib/targets/declaration.h"
#include "lib/targets/target_names.h"

namespace jixiao {
namespace {

int FindCategory(const SchemeView& scheme, absl::string_view level1) {
  int c = scheme.FindCategory(level1);
  return c >= 0 ? c : scheme.FindCategory(RemoveSpaces(level1));
}

// The DerivedFrom of a category whose indicators are derived (预算执行率 of the MOF and Henan
// schemes): its name or an alias is one of the scheme's derived names.
v1::DerivedFrom DerivedCategory(const SchemeView& scheme, const v1::Category& category,
                                std::string* name) {
  std::vector<std::string> names = {category.name()};
  names.insert(names.end(), category.aliases().begin(), category.aliases().end());
  for (const std::string& n : names) {
    auto it = scheme.derived_names.find(n);
    if (it != scheme.derived_names.end()) {
      *name = n;
      return it->second;
    }
  }
  return v1::DERIVED_NONE;
}

}  // namespace

absl::StatusOr<v1::Evaluation> Skeleton(const v1::TargetDeclaration& declaration,
                                        absl::string_view scheme_name) {
  const std::string where =
      declaration.id().empty() ? "declaration" : absl::StrCat("declaration ", declaration.id());
  JX_ASSIGN_OR_RETURN(DeclarationView d, ReadDeclaration(declaration, where));

  v1::Evaluation form;
  form.set_scheme(std::string(scheme_name));
  std::unique_ptr<SchemeView> owned;
  JX_ASSIGN_OR_RETURN(const SchemeView* scheme, ResolveScheme(form, &owned));

  form.set_id(declaration.id());
  form.set_name(declaration.name());
  form.set_kind(declaration.kind());
  form.set_unit(declaration.unit());
  form.set_authority(declaration.authority());
  form.set_year(declaration.year());
  if (!d.current_year.blank) {
    form.mutable_budget()->mutable_total()->set_initial(
        d.unit == MoneyUnit::kYuan ? d.current_year.text : d.current_year.In(MoneyUnit::kYuan));
  }

  std::vector<bool> used(scheme->categories.size(), false);
  for (const DeclaredIndicatorView& v : d.indicators) {
    const int c = FindCategory(*scheme, v.proto->level1());
    if (c < 0) {
      std::vector<std::string> names;
      for (const CategoryView& cv : scheme->categories) {
        std::string n = cv.proto->name();
        if (!cv.proto->aliases().empty()) {
          absl::StrAppend(&n, " (", absl::StrJoin(cv.proto->aliases(), ", "), ")");
        }
        names.push_back(std::move(n));
      }
      return absl::InvalidArgumentError(absl::StrCat(
          v.where, " level1: \"", v.proto->level1(), "\" is not a category or alias of scheme ",
          scheme_name, ": ", absl::StrJoin(names, ", ")));
    }
    used[c] = true;
  }

  // Derived categories the declaration has nothing in come first, as the schemes list them.
  int next = declaration.indicators_size();
  for (size_t c = 0; c < scheme->categories.size(); ++c) {
    std::string name;
    const v1::Category& category = *scheme->categories[c].proto;
    v1::DerivedFrom derived = DerivedCategory(*scheme, category, &name);
    if (used[c] || derived == v1::DERIVED_NONE) continue;
    std::string id;
    do {
      id = absl::StrFormat("t%02d", ++next);
    } while ([&] {
      for (const DeclaredIndicatorView& v : d.indicators) {
        if (v.id == id) return true;
      }
      return false;
    }());
    v1::Indicator* in = form.add_indicators();
    in->set_id(id);
    in->set_level1(category.name());
    in->set_level2(category.name());
    in->set_name(name);
    in->set_derived_from(derived);
    // The rate is scored against all of the budget (预算执行率 =100%).
    in->mutable_target()->set_comparator(v1::Target::EQUAL);
    in->mutable_target()->set_value("100");
    in->mutable_target()->set_unit("%");
  }
  for (const DeclaredIndicatorView& v : d.indicators) {
    v1::Indicator* in = form.add_indicators();
    in->set_id(v.id);
    in->set_level1(v.proto->level1());
    in->set_level2(v.proto->level2());
    in->set_name(v.proto->name());
    *in->mutable_target() = v.proto->target();
  }
  return form;
}

}  // namespace jixiao
