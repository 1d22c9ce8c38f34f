#!/usr/bin/env bash
# jixiao check-budget (BUDGETS.md "Result"): the worked example prints the 类 → 款 → 项 tree and
# exactly its two findings with exit 0; a malformed file exits 2 naming the field; a missing one 1.
# usage: check_budget_cli_test.sh JIXIAO_BINARY TEST_DATA_DIR
set -u
jixiao=$1
data=$2/budget
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_line() {  # $1 = output, $2 = extended regex one line must match
  grep -Eq -- "$2" <<<"$1" || fail "no line matches: $2"
}

out=$("$jixiao" check-budget "$data/example-district-2022-budget.json")
status=$?
echo "$out"
[ "$status" -eq 0 ] || fail "exit $status on the worked example, want 0"
expect_line "$out" '^  201 +12400000\.00 +96\.88%$'
expect_line "$out" '^    20103 +12400000\.00 +96\.88%$'
expect_line "$out" '^      2010301 +行政运行 +2500000\.00 +19\.53%$'
expect_line "$out" '^      2010350 +事业运行 +1100000\.00 +8\.59%$'
expect_line "$out" '^  221 +400000\.00 +3\.13%$'
expect_line "$out" '^      2210201 +住房公积金 +400000\.00 +3\.13%$'
expect_line "$out" '基本支出 basic +4000000\.00 +31\.25%$'
expect_line "$out" '比上年增长 growth +1600000\.00 +14\.29%$'
expect_line "$out" 'findings \(2\):$'
findings=$(grep -E '^  (INFO|WARNING|ERROR) ' <<<"$out")
[ "$(grep -c . <<<"$findings")" -eq 2 ] || fail "want exactly 2 findings, got: $findings"
expect_line "$findings" '^  WARNING PROCUREMENT_LINE_MISMATCH: procurement line 1: .*\(reported 50000, computed 60000\.00\)$'
expect_line "$findings" '^  WARNING CLAIM_MISMATCH: claim three_public = 6\.00万元 .*\(reported 6\.00, computed 5\.00\)$'

json=$("$jixiao" check-budget "$data/example-district-2022-budget.json" --format json)
[ $? -eq 0 ] || fail "exit $? with --format json"
expect_line "$json" '"function_share:2010350": "8\.59"'
expect_line "$json" '"code": "CLAIM_MISMATCH"'

err=$("$jixiao" check-budget "$data/malformed-function-code.json" 2>&1 >/dev/null)
status=$?
[ "$status" -eq 2 ] || fail "exit $status on a malformed code, want 2"
[ "$(grep -c . <<<"$err")" -eq 1 ] || fail "want one line on stderr, got: $err"
expect_line "$err" 'functions\[1\]\.code "20103x"'

"$jixiao" check-budget "$data/no-such-file.json" 2>/dev/null
status=$?
[ "$status" -eq 1 ] || fail "exit $status on a missing file, want 1"

[ "$failures" -eq 0 ] && echo "PASS" || exit 1
