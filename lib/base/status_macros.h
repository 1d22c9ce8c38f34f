// Early returns for absl::Status and absl::StatusOr (Abseil has no public ones).
//
//   JX_RETURN_IF_ERROR(CheckLimits(form));              // returns the status unless it is OK
//   JX_ASSIGN_OR_RETURN(auto unit, ParseMoneyUnit(t));  // declares `unit`, or returns the error
//   JX_ASSIGN_OR_RETURN(rows_, ReadIndicators(e, s));   // assigns an existing lvalue
//
// Both evaluate `expr` once and move the error (or the value) out of their temporary. They
// work in any function that returns absl::Status or absl::StatusOr<T>. JX_ASSIGN_OR_RETURN
// expands to more than one statement: do not use it as the body of an unbraced if or for,
// and `lhs` may not contain an unparenthesized comma (no structured bindings).
#ifndef JIXIAO_LIB_BASE_STATUS_MACROS_H_
#define JIXIAO_LIB_BASE_STATUS_MACROS_H_

#include <utility>

#include "absl/base/optimization.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define JX_RETURN_IF_ERROR(expr)                                            \
  do {                                                                      \
    ::absl::Status jx_status_macro_status = (expr);                         \
    /* A named local: the return moves it (into a Status or a StatusOr). */ \
    if (ABSL_PREDICT_FALSE(!jx_status_macro_status.ok())) {                 \
      return jx_status_macro_status;                                        \
    }                                                                       \
  } while (false)

#define JX_ASSIGN_OR_RETURN(lhs, expr) \
  JX_ASSIGN_OR_RETURN_IMPL_(JX_STATUS_MACROS_CONCAT_(jx_status_macro_or_, __LINE__), lhs, expr)

// Implementation details.
#define JX_STATUS_MACROS_CONCAT_INNER_(a, b) a##b
#define JX_STATUS_MACROS_CONCAT_(a, b) JX_STATUS_MACROS_CONCAT_INNER_(a, b)
#define JX_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                              \
  if (ABSL_PREDICT_FALSE(!statusor.ok())) {            \
    return std::move(statusor).status();               \
  }                                                    \
  lhs = *std::move(statusor)

#endif  // JIXIAO_LIB_BASE_STATUS_MACROS_H_
