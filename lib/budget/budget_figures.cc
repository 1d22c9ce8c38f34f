#include "lib/budget/budget_figures.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "lib/base/status_macros.h"

namespace jixiao {
namespace {

bool IsDigits(absl::string_view text, size_t length) {
  return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) {
           return absl::ascii_isdigit(static_cast<unsigned char>(c));
         });
}

std::string Field(absl::string_view list, size_t index, absl::string_view name) {
  return absl::StrCat(list, "[", index, "].", name);
}

// Reads one amount; blank is 0.
absl::Status Read(const std::string& text, absl::string_view field, Figure* out) {
  out->text = text;
  if (text.empty()) {
    out->decimal = Decimal{};
    return absl::OkStatus();
  }
  auto parsed = ParseDecimal(text);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": ", parsed.status().message()));
  }
  out->decimal = *parsed;
  return absl::OkStatus();
}

absl::Status ReadFunction(const v1::FunctionLine& line, size_t i, FunctionFigures* out) {
  if (!IsFunctionCode(line.code())) {
    return absl::InvalidArgumentError(
        absl::StrCat(Field("functions", i, "code"), " \"", line.code(),
                     "\": a function code is 3, 5 or 7 digits (类, 类款, 类款项, like 2010301)"));
  }
  out->code = line.code();
  out->name = line.name();
  struct Column {
    const std::string& text;
    const char* name;
    Figure* figure;
  };
  const Column columns[] = {
      {line.wages(), "wages", &out->wages},
      {line.household(), "household", &out->household},
      {line.goods_services(), "goods_services", &out->goods_services},
      {line.capital(), "capital", &out->capital},
      {line.project_social(), "project_social", &out->project_social},
      {line.project_debt(), "project_debt", &out->project_debt},
      {line.project_construction(), "project_construction", &out->project_construction},
      {line.project_other(), "project_other", &out->project_other},
      {line.total(), "total", &out->total},
  };
  for (const Column& column : columns) {
    JX_RETURN_IF_ERROR(Read(column.text, Field("functions", i, column.name), column.figure));
  }
  return absl::OkStatus();
}

absl::Status ReadEconomic(const v1::EconomicLine& line, size_t i, EconomicFigures* out) {
  if (!IsDigits(line.dept_code(), 5)) {
    return absl::InvalidArgumentError(
        absl::StrCat(Field("economics", i, "dept_code"), " \"", line.dept_code(),
                     "\": an economic code is 5 digits (类 3, 款 2, like 30101)"));
  }
  if (!line.gov_code().empty() && !IsDigits(line.gov_code(), 5)) {
    return absl::InvalidArgumentError(
        absl::StrCat(Field("economics", i, "gov_code"), " \"", line.gov_code(),
                     "\": a government economic code is 5 digits (like 50101)"));
  }
  out->dept_code = line.dept_code();
  out->dept_name = line.dept_name();
  JX_RETURN_IF_ERROR(Read(line.basic(), Field("economics", i, "basic"), &out->basic));
  JX_RETURN_IF_ERROR(Read(line.project(), Field("economics", i, "project"), &out->project));
  return Read(line.total(), Field("economics", i, "total"), &out->total);
}

absl::Status ReadProcurement(const v1::ProcurementLine& line, size_t i, ProcurementFigures* out) {
  if (!line.function_code().empty() && !IsFunctionCode(line.function_code())) {
    return absl::InvalidArgumentError(
        absl::StrCat(Field("procurement", i, "function_code"), " \"", line.function_code(),
                     "\": a function code is 3, 5 or 7 digits (类, 类款, 类款项, like 2010301)"));
  }
  JX_RETURN_IF_ERROR(Read(line.quantity(), Field("procurement", i, "quantity"), &out->quantity));
  JX_RETURN_IF_ERROR(
      Read(line.unit_price(), Field("procurement", i, "unit_price"), &out->unit_price));
  return Read(line.amount(), Field("procurement", i, "amount"), &out->amount);
}

absl::Status ReadClaim(const v1::Claim& claim, size_t i, ClaimFigures* out) {
  const std::string& unit = claim.unit();
  if (!(unit.empty() || unit == "元" || unit == "万元" || unit == "亿元" || unit == "%")) {
    return absl::InvalidArgumentError(
        absl::StrCat(Field("claims", i, "unit"), " \"", unit,
                     "\": a claim's unit is \"元\", \"万元\", \"亿元\" or, for a share, \"%\""));
  }
  if (claim.value().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(Field("claims", i, "value"), ": a claim needs the figure it states"));
  }
  out->metric = claim.metric();
  out->unit = unit;
  return Read(claim.value(), Field("claims", i, "value"), &out->value);
}

}  // namespace

bool IsFunctionCode(absl::string_view code) {
  return IsDigits(code, 3) || IsDigits(code, 5) || IsDigits(code, 7);
}

void AddTo(Decimal* sum, const Decimal& term) {
  sum->value += term.value;
  sum->places = std::max(sum->places, term.places);
}

Decimal FunctionFigures::Basic() const {
  Decimal sum;
  for (const Figure* f : {&wages, &household, &goods_services, &capital}) AddTo(&sum, f->decimal);
  return sum;
}

Decimal FunctionFigures::Project() const {
  Decimal sum;
  for (const Figure* f : {&project_social, &project_debt, &project_construction, &project_other}) {
    AddTo(&sum, f->decimal);
  }
  return sum;
}

absl::StatusOr<BudgetFigures> ReadBudgetFigures(const v1::DepartmentBudget& budget) {
  BudgetFigures out;
  JX_ASSIGN_OR_RETURN(out.unit, ParseMoneyUnit(budget.unit(), MoneyUnit::kYuan, "unit"));

  out.income.resize(static_cast<size_t>(budget.income_size()));
  for (size_t i = 0; i < out.income.size(); ++i) {
    const auto& line = budget.income(static_cast<int>(i));
    JX_RETURN_IF_ERROR(Read(line.amount(), Field("income", i, "amount"), &out.income[i]));
  }
  JX_RETURN_IF_ERROR(Read(budget.income_total(), "income_total", &out.income_total));

  out.functions.resize(static_cast<size_t>(budget.functions_size()));
  for (size_t i = 0; i < out.functions.size(); ++i) {
    JX_RETURN_IF_ERROR(ReadFunction(budget.functions(static_cast<int>(i)), i, &out.functions[i]));
  }
  JX_RETURN_IF_ERROR(Read(budget.expenditure_total(), "expenditure_total", &out.expenditure_total));

  out.economics.resize(static_cast<size_t>(budget.economics_size()));
  for (size_t i = 0; i < out.economics.size(); ++i) {
    JX_RETURN_IF_ERROR(ReadEconomic(budget.economics(static_cast<int>(i)), i, &out.economics[i]));
  }

  out.has_three_public = budget.has_three_public();
  const v1::ThreePublic& three = budget.three_public();
  struct Item {
    const std::string& text;
    const char* field;
    Figure* figure;
  };
  const Item items[] = {
      {three.overseas(), "three_public.overseas", &out.overseas},
      {three.reception(), "three_public.reception", &out.reception},
      {three.vehicle_purchase(), "three_public.vehicle_purchase", &out.vehicle_purchase},
      {three.vehicle_operation(), "three_public.vehicle_operation", &out.vehicle_operation},
      {three.total(), "three_public.total", &out.three_public_total},
  };
  for (const Item& item : items) {
    JX_RETURN_IF_ERROR(Read(item.text, item.field, item.figure));
  }

  out.procurement.resize(static_cast<size_t>(budget.procurement_size()));
  for (size_t i = 0; i < out.procurement.size(); ++i) {
    JX_RETURN_IF_ERROR(
        ReadProcurement(budget.procurement(static_cast<int>(i)), i, &out.procurement[i]));
  }
  JX_RETURN_IF_ERROR(Read(budget.procurement_total(), "procurement_total", &out.procurement_total));

  out.projects.resize(static_cast<size_t>(budget.projects_size()));
  for (size_t i = 0; i < out.projects.size(); ++i) {
    const auto& project = budget.projects(static_cast<int>(i));
    JX_RETURN_IF_ERROR(Read(project.amount(), Field("projects", i, "amount"), &out.projects[i]));
  }
  JX_RETURN_IF_ERROR(Read(budget.previous_total(), "previous_total", &out.previous_total));

  out.claims.resize(static_cast<size_t>(budget.claims_size()));
  for (size_t i = 0; i < out.claims.size(); ++i) {
    JX_RETURN_IF_ERROR(ReadClaim(budget.claims(static_cast<int>(i)), i, &out.claims[i]));
  }
  return out;
}

}  // namespace jixiao
