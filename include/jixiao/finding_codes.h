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

// ---- Target declarations (TargetSetReview, TARGETS.md §2–§3) ---------------------------------
// In a TargetReview (one declaration):

// WARNING. A requirement of the target profile is met by no indicator; the message names it and
// the printed groups that would meet it but are empty.
inline constexpr char kMissingGroup[] = "MISSING_GROUP";
// WARNING. An indicator of a quantitative group (数量, 成本, 满意度 …), or whose name contains
// "满意", has a qualitative target.
inline constexpr char kNotQuantified[] = "NOT_QUANTIFIED";
// INFO. A qualitative target that is only a direction ("提高", "有效提升").
inline constexpr char kVagueTarget[] = "VAGUE_TARGET";
// WARNING. 指标性质 定性 with a numeric target, or 定量 with a qualitative one.
inline constexpr char kNatureMismatch[] = "NATURE_MISMATCH";
// WARNING. The target's own unit differs from the 度量单位 column.
inline constexpr char kUnitMismatch[] = "UNIT_MISMATCH";
// ERROR. A cost target in 元/万元/亿元 above the project's own amount.
inline constexpr char kCostOverAmount[] = "COST_OVER_AMOUNT";
// WARNING. Two indicators with the same 二级指标 and name.
inline constexpr char kDuplicateIndicator[] = "DUPLICATE_INDICATOR";
// WARNING. amounts.current_year > amounts.total.
inline constexpr char kAmountOrder[] = "AMOUNT_ORDER";
// ERROR. fiscal + other ≠ total, or basic + project ≠ total (department funding).
inline constexpr char kFundingSumMismatch[] = "FUNDING_SUM_MISMATCH";

// In a TargetLink (a declaration against its year-end Evaluation):

// WARNING. A declared target whose comparator, value, upper, unit or text the evaluation changed.
inline constexpr char kTargetChanged[] = "TARGET_CHANGED";
// WARNING. A declared indicator the evaluation does not score.
inline constexpr char kTargetDropped[] = "TARGET_DROPPED";
// INFO. An evaluated indicator that was not declared.
inline constexpr char kTargetAdded[] = "TARGET_ADDED";
// WARNING. amounts.current_year ≠ the evaluation's budget (initial, else adjusted).
inline constexpr char kAmountChanged[] = "AMOUNT_CHANGED";

// Across documents (TargetSetReview.findings); indicator_id is the declaration's id.
// PROJECTS_SUM_MISMATCH (kProjectsSumMismatch above) is ERROR here: Σ current_year of the project
// declarations ≠ the department declaration's funding.project.

// ERROR. The department declaration's funding.total ≠ the budget's expenditure_total.
inline constexpr char kFundingBudgetMismatch[] = "FUNDING_BUDGET_MISMATCH";
// ERROR. A project declaration's current_year ≠ the budget project line of the same name.
inline constexpr char kProjectAmountMismatch[] = "PROJECT_AMOUNT_MISMATCH";
// INFO. A project declaration that no budget project line matches.
inline constexpr char kProjectNotInBudget[] = "PROJECT_NOT_IN_BUDGET";
// INFO. A project declaration that no evaluation links to.
inline constexpr char kNotEvaluated[] = "NOT_EVALUATED";

}  // namespace jixiao::finding

#endif  // JIXIAO_FINDING_CODES_H_
