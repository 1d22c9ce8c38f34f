"""A plain Python implementation of SCORING.md, as a budget office would write it without jixiao:
exact decimal arithmetic (fractions.Fraction), standard library only.

It is the baseline of bench/python_vs_abi.py (jixiao's JSON batch through the C ABI must be at
least 100 times faster) and an independent check of jixiao's totals: both must agree on every
generated form.
"""
from fractions import Fraction

SCHEMES = {
    # name: ([(category, aliases, points, quantitative rule, qualitative rule)], even_split,
    #        spent_over_budget, bands)
    "zhengzhou-2021-project": ([
        ("投入和管理目标", ["投入与目标管理", "投入"], 20, {"ratio": {}}, {"grade": {}}),
        ("产出目标", ["产出"], 40, {"ratio": {}}, {"grade": {}}),
        ("效果目标", ["效果"], 30, {"ratio": {}}, {"grade": {}}),
        ("影响力目标", ["影响力"], 10, {"ratio": {}}, {"grade": {}})],
        True, False, [("优秀", 90), ("良好", 80), ("中等", 60), ("差", 0)]),
    "suzhou-2020-project": ([
        ("投入目标", ["投入"], 26, {"deduction": {"below_per_point": "5", "band_upper": "130",
                                               "above_per_point": "1"}}, {"grade": {}}),
        ("产出目标", ["产出"], 24, {"deduction": {"below_per_point": "5", "band_upper": "130",
                                               "above_per_point": "1"}}, {"grade": {}}),
        ("结果目标", ["结果"], 22, {"deduction": {"below_per_point": "5"}}, {"grade": {}}),
        ("影响力目标", ["影响力"], 8, {"deduction": {"below_per_point": "5"}}, {"grade": {}})],
        True, True, [("优秀", 90), ("良好", 80), ("中等", 60), ("差", 0)]),
    "mof-2020-project": ([
        ("预算执行率", ["预算执行"], 10, {"ratio": {}}, {"tier": {}}),
        ("产出指标", ["产出"], 50, {"ratio": {}}, {"tier": {}}),
        ("效益指标", ["效益"], 30, {"ratio": {}}, {"tier": {}}),
        ("满意度指标", ["满意度"], 10, {"ratio": {}}, {"tier": {}})],
        True, True, [("优", 90), ("良", 80), ("中", 60), ("差", 0)]),
    "henan-2021-department": ([
        ("预算执行率", ["预算执行"], 10, {"ratio": {}}, {"tier": {}}),
        ("投入管理指标", ["投入管理", "投入"], 20, {"ratio": {}}, {"tier": {}}),
        ("产出指标", ["产出"], 40, {"ratio": {}}, {"tier": {}}),
        ("效益指标", ["效益"], 30, {"ratio": {}}, {"tier": {}})],
        False, True, [("优", 90), ("良", 80), ("中", 60), ("差", 0)]),
}
GRADES = [("好", 100, ["优", "优秀", "完成", "达成", "达到"]),
          ("较好", 80, ["良", "良好", "基本完成", "基本达成", "基本达到"]),
          ("一般", 60, ["中", "中等", "部分完成", "部分达成", "部分达到"]),
          ("较差", 40, []), ("差", 20, [])]
TIERS = [("达成", 80, 100, ["达成预期指标", "达到预期指标", "完成", "达到"]),
         ("部分达成", 60, 80, ["部分达成预期指标并具有一定效果", "部分完成", "部分达到"]),
         ("未达成", 0, 60, ["未达成预期指标且效果较差", "未完成", "未达到"])]
DERIVED = {"预算执行率": "EXECUTION_RATE", "预算资金到位情况": "ARRIVAL_RATE",
           "资金到位率": "ARRIVAL_RATE", "资金实际支出率": "SPENDING_RATE"}


def decimal(text):
    """An exact decimal string ("-12.50") as a Fraction; anything else is an error."""
    sign, digits = (-1, text[1:]) if text[:1] == "-" else (1, text.lstrip("+"))
    whole, _, fraction = digits.partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()) or not whole.isascii():
        raise ValueError(f"{text!r} is not a decimal number")
    return sign * Fraction(int(whole + fraction), 10 ** len(fraction))


def round_half_up(x, places=2):
    scale = 10 ** places
    q, r = divmod(abs(x) * scale, 1)
    q = int(q) + (1 if r >= Fraction(1, 2) else 0)
    return Fraction(q if x >= 0 else -q, scale)


def completion(comparator, t, upper, v):
    if comparator == "AT_MOST":
        return Fraction(100) if v <= t else 100 * t / v
    if comparator == "BETWEEN":
        if v > upper:
            return 100 * upper / v
        if v >= t:
            return Fraction(100)
    if t == 0:
        return Fraction(100) if v >= 0 else Fraction(0)
    return max(Fraction(0), 100 * v / t)


def factor(rule, target, actual, numeric):
    if not actual or set(actual) <= {"text"}:
        return Fraction(0)
    if "achieved" in actual:
        return Fraction(100 if actual["achieved"] else 0)
    if "factor" in actual:
        return decimal(actual["factor"])
    comparator = target.get("comparator") or ("AT_LEAST" if target.get("value") else "QUALITATIVE")
    text = target.get("text", "")
    kind = next(iter(rule))
    if kind in ("ratio", "deduction", "binary") and "number" in actual:
        t, v = decimal(target["value"]), decimal(actual["number"])
        upper = decimal(target["upper"]) if comparator == "BETWEEN" else None
        c = completion(comparator, t, upper, v)
        if kind == "ratio":
            return min(c, Fraction(100))
        if kind == "binary":
            return Fraction(100 if c >= 100 else 0)
        d = rule["deduction"]
        below = decimal(d.get("below_per_point") or "0")
        above = decimal(d.get("above_per_point") or "0")
        over = Fraction(0)
        if d.get("band_upper") and comparator in ("AT_LEAST", "EQUAL"):
            over = max(Fraction(0), c - decimal(d["band_upper"]))
        return max(Fraction(0), 100 - max(Fraction(0), 100 - c) * below - over * above)
    if kind == "binary":
        return Fraction(100 if actual.get("grade") == text else 0)
    if kind == "grade":
        label = actual["grade"]
        if label == text:
            return Fraction(100)
        if label == "基本" + text:
            return Fraction(80)
        for name, value, synonyms in GRADES:
            if label == name or label in synonyms:
                return Fraction(value)
        raise ValueError(f"unknown grade {label!r}")
    if kind == "tier":
        label = actual["grade"]
        if label == text:
            return Fraction(TIERS[0][2])
        for name, _, top, synonyms in TIERS:
            if label == name or label in synonyms:
                return Fraction(top)
        raise ValueError(f"unknown tier {label!r}")
    if kind == "checklist":
        elements = rule["checklist"]["elements"]
        satisfied = set(actual["elements"].get("satisfied", []))
        if any(e.get("veto") and i + 1 not in satisfied for i, e in enumerate(elements)):
            return Fraction(0)
        if rule["checklist"].get("full_when_all") and len(satisfied) == len(elements):
            return Fraction(100)
        return min(Fraction(100), sum(decimal(elements[i - 1]["share"]) for i in satisfied))
    raise ValueError(f"the {kind} rule cannot read {actual}")


def root_rates(form, spent_over_budget):
    line = form.get("budget", {}).get("total")
    if not line:
        return {}
    get = lambda k: decimal(line[k]) if line.get(k) else None
    plan = get("adjusted") if line.get("adjusted") else get("initial")
    received, spent, invested = get("received"), get("spent"), get("invested")
    numerator = spent if spent_over_budget else received
    rates = {}
    for name, x, d in (("EXECUTION_RATE", numerator, plan), ("ARRIVAL_RATE", received, invested),
                       ("SPENDING_RATE", spent, received)):
        if x is not None and d:
            rates[name] = round_half_up(100 * x / d)
    return rates


def evaluate(form):
    """The total, normalized total and grade of one form (the spec's figures)."""
    categories, even_split, spent_over_budget, bands = SCHEMES[form["scheme"]]
    index = {}
    for i, (name, aliases, *_rest) in enumerate(categories):
        for key in [name] + aliases:
            index[key] = i
    rates = root_rates(form, spent_over_budget)
    rows = [(index[ind["level1"]], ind) for ind in form.get("indicators", [])]
    weights = {}
    for c, (_, _, points, _, _) in enumerate(categories):
        members = [ind for i, ind in rows if i == c]
        unweighted = [ind for ind in members if not ind.get("weight")]
        rest = points - sum(decimal(ind["weight"]) for ind in members if ind.get("weight"))
        if unweighted:
            if not even_split:
                raise ValueError("EXPLICIT category with an unweighted indicator")
            share = round_half_up(rest / len(unweighted))
            for ind in unweighted:
                weights[ind["id"]] = share
            weights[unweighted[-1]["id"]] = rest - share * (len(unweighted) - 1)
        for ind in members:
            if ind.get("weight"):
                weights[ind["id"]] = decimal(ind["weight"])
    total = Fraction(0)
    for c, ind in rows:
        target = ind.get("target", {})
        numeric = target.get("comparator") not in (None, "QUALITATIVE", "COMPARATOR_UNSPECIFIED") \
            or bool(target.get("value"))
        rule = ind.get("rule") or categories[c][3 if numeric else 4]
        actual = ind.get("actual", {})
        derived = ind.get("derived_from") or DERIVED.get(ind.get("name", ""))
        if derived in rates and not (set(actual) - {"text"}):
            actual = {"number": format_2(rates[derived])}  # the rate is its actual (§5)
        total += round_half_up(weights[ind["id"]] * factor(rule, target, actual, numeric) / 100)
    normalized = round_half_up(total * 100 / sum(points for _, _, points, _, _ in categories))
    grade = next((label for label, low in bands if normalized >= low), "")
    return {"total": format_2(total),
            "normalized_total": format_2(normalized), "grade": grade}


def format_2(x):
    """An exact value with two places, as jixiao prints it."""
    cents = round_half_up(x) * 100
    sign = "-" if cents < 0 else ""
    cents = abs(int(cents))
    return f"{sign}{cents // 100}.{cents % 100:02d}"
