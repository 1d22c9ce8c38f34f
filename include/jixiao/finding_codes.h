// Every finding code jixiao writes (Finding.code), with what it means and its severity.
//
// Findings are data-quality results: the evaluation or the budget check still succeeds. Codes are
// part of the interface: they never change meaning, and new ones are only added. Evaluations:
// SCORING.md §3–§6; department budgets: BUDGETS.md "Checks" and BUDGETS-DECISIONS.md.
#ifndef JIXIAO_FINDING_CODES_H_
#define JIXIAO_FINDING_CODES_H_

namespace jixiao::finding {

// ---- Evaluations (EvaluationResult.findings) ------------------------------------------------

// ERROR. A category's indicator weights do not sum to its points (§3); the total is still
// computed from the weights as given.
inline constexpr char kWeightSumMismatch[] = "WEIGHT_SUM_MISMATCH";
// WARNING. An indicator has no actual value and no explanation: factor 0 (§4,
// "无法提供具体数值，且无说明，得0分").
inline constexpr char kMissingActual[] = "MISSING_ACTUAL";
// WARNING. A tier rule's actual.factor lies outside the tier its text names (§4).
inline constexpr char kFactorOutOfTier[] = "FACTOR_OUT_OF_TIER";
// ERROR. A budget line's children do not sum to it, for one stage, at its precision (§5).
inline constexpr char kFundsSumMismatch[] = "FUNDS_SUM_MISMATCH";
// WARNING. A derived indicator's actual disagrees with the budget's execution rate (§5); the
// score still uses the reported actual.
inline constexpr char kExecutionRateMismatch[] = "EXECUTION_RATE_MISMATCH";
// WARNING. As kExecutionRateMismatch, for the arrival rate (资金到位率).
inline constexpr char kArrivalRateMismatch[] = "ARRIVAL_RATE_MISMATCH";
// WARNING. As kExecutionRateMismatch, for the spending rate (资金实际支出率).
inline constexpr char kSpendingRateMismatch[] = "SPENDING_RATE_MISMATCH";
// WARNING. An indicator's reported_score is not the score jixiao computes (§6).
inline constexpr char kScoreMismatch[] = "SCORE_MISMATCH";
// WARNING. A reported category subtotal (reported.categories) is not the computed one (§6).
inline constexpr char kSubtotalMismatch[] = "SUBTOTAL_MISMATCH";
// WARNING. reported.total is not the computed total (§6).
inline constexpr char kTotalMismatch[] = "TOTAL_MISMATCH";
// WARNING. reported.grade is not the grade of the computed total (§6).
inline constexpr char kGradeMismatch[] = "GRADE_MISMATCH";
// WARNING. An indicator's review.score is not the score its review.actual earns (§6).
inline constexpr char kReviewScoreMismatch[] = "REVIEW_SCORE_MISMATCH";
// WARNING. The form reports the total, the grade or a category's subtotal twice (two 总分 rows
// of a CSV form: reported.again): the first is checked as always, the second is this finding,
// which says whether it agrees (IMPORT.md). `reported` is the second figure, `computed` jixiao's.
inline constexpr char kDuplicateReported[] = "DUPLICATE_REPORTED";
// WARNING. An indicator below its target (factor < 100) whose reported_score is its full weight.
inline constexpr char kFullMarksNotAchieved[] = "FULL_MARKS_NOT_ACHIEVED";
// WARNING. A row with neither target nor actual, only a reported score: it counts as reported
// (capped at the weight) since nothing can check it.
inline constexpr char kUnverifiableScore[] = "UNVERIFIABLE_SCORE";
// WARNING. reported.max_total (the 总分 row's 分值) is not the sum of the category points.
inline constexpr char kMaxTotalMismatch[] = "MAX_TOTAL_MISMATCH";
// INFO. A template row of the form (指标2：, ……, / / /) with no figures, skipped by the importer
// (Evaluation.skipped_rows).
inline constexpr char kTemplateRowSkipped[] = "TEMPLATE_ROW_SKIPPED";

// ---- Department budgets (DepartmentBudgetResult.findings); every one is a WARNING ------------

// Σ income amounts ≠ income_total.
inline constexpr char kIncomeSumMismatch[] = "INCOME_SUM_MISMATCH";
// income_total ≠ expenditure_total (收支平衡).
inline constexpr char kBalanceMismatch[] = "BALANCE_MISMATCH";
// A function line's total ≠ Σ its eight columns.
inline constexpr char kFunctionLineMismatch[] = "FUNCTION_LINE_MISMATCH";
// Two function lines share a code (BUDGETS-DECISIONS.md); `reported` is the code.
inline constexpr char kDuplicateFunctionCode[] = "DUPLICATE_FUNCTION_CODE";
// A 类 or 款 function line's total ≠ Σ the lines under it (BUDGETS-DECISIONS.md).
inline constexpr char kFunctionSubtotalMismatch[] = "FUNCTION_SUBTOTAL_MISMATCH";
// Σ function totals ≠ expenditure_total.
inline constexpr char kExpenditureSumMismatch[] = "EXPENDITURE_SUM_MISMATCH";
// An economic line's basic + project ≠ its total.
inline constexpr char kEconomicLineMismatch[] = "ECONOMIC_LINE_MISMATCH";
// Σ economic basic ≠ Σ function basic, or Σ economic project ≠ Σ function project.
inline constexpr char kEconomicSumMismatch[] = "ECONOMIC_SUM_MISMATCH";
// A basic column of the function table ≠ Σ basic of the economic lines of its class; one per
// column.
inline constexpr char kEconomicClassMismatch[] = "ECONOMIC_CLASS_MISMATCH";
// Σ of the four 三公 items ≠ their total.
inline constexpr char kThreePublicSumMismatch[] = "THREE_PUBLIC_SUM_MISMATCH";
// quantity × unit_price ≠ amount (when unit_price is given).
inline constexpr char kProcurementLineMismatch[] = "PROCUREMENT_LINE_MISMATCH";
// Σ procurement amounts ≠ procurement_total.
inline constexpr char kProcurementSumMismatch[] = "PROCUREMENT_SUM_MISMATCH";
// Σ listed projects ≠ project expenditure.
inline constexpr char kProjectsSumMismatch[] = "PROJECTS_SUM_MISMATCH";
// A claim disagrees with its metric, converted to the claim's unit, at the claim's precision.
inline constexpr char kClaimMismatch[] = "CLAIM_MISMATCH";
// A claim names no metric jixiao computes.
inline constexpr char kUnknownMetric[] = "UNKNOWN_METRIC";

}  // namespace jixiao::finding

#endif  // JIXIAO_FINDING_CODES_H_
