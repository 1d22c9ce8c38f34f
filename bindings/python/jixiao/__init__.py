"""jixiao: score and review budget performance self-evaluation forms (绩效自评表).

A thin ctypes layer over the C ABI of libjixiao (jixiao.h); standard library only.

    import jixiao
    result = jixiao.evaluate(form)   # dict or JSON str in -> dict out; bytes in -> bytes out
    result["total"], result["grade"], result["findings"]
    jixiao.parse_target("≥300项")     # {"comparator": "AT_LEAST", "value": "300", "unit": "项", …}
    form = jixiao.import_csv("附表1.csv", "zhengzhou-2021-project")   # an exported spreadsheet
    form = jixiao.import_table("附表1.xlsx", "zhengzhou-2021-project")  # .xlsx, .xls or CSV

Forms and results are the jixiao.v1 messages (Evaluation, EvaluationResult) in protobuf's JSON
mapping, or serialized as binary protobuf.

libjixiao is looked for in three places, in this order, and the first that loads is used:
  1. beside this package (jixiao/libjixiao.so.0, as a wheel ships it);
  2. the JIXIAO_LIBRARY environment variable (a path; one that does not load is an error);
  3. the system: ctypes.util.find_library("jixiao"), then the soname libjixiao.so.0 on the
     dynamic loader's path (LD_LIBRARY_PATH, ldconfig).
Never a build/ directory above the package or the working directory. When none loads, the
OSError says the three places looked.
Every function may be called from many threads at once.
"""

from __future__ import annotations

import ctypes
import json
import os
from typing import Any, Dict, List, Optional, Union, overload

from . import _library

__all__ = ["evaluate", "evaluate_batch", "parse_target", "import_csv", "import_table",
           "review_targets", "skeleton", "schemes", "version",
           "JixiaoError", "OK", "INVALID_ARGUMENT", "RESOURCE_EXHAUSTED", "INTERNAL"]

# Return codes of jixiao.h (absl::StatusCode values).
OK = 0
INVALID_ARGUMENT = 3
RESOURCE_EXHAUSTED = 8
INTERNAL = 13

_FORMAT_PROTO = 0
_FORMAT_JSON = 1


class JixiaoError(Exception):
    """A call into libjixiao failed. `code` is the absl::StatusCode value (3 = invalid
    argument: the form is malformed, and `message` names the indicator and field)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"{message} (code {code})")
        self.code = code
        self.message = message


def _call(function: Any, *arguments: Any) -> bytes:
    """Calls a jx_* function that hands back library-owned bytes, and frees them."""
    lib = _library.load()
    output = ctypes.POINTER(ctypes.c_char)()
    size = ctypes.c_size_t(0)
    error = ctypes.POINTER(ctypes.c_char)()
    code = function(*arguments, ctypes.byref(output), ctypes.byref(size), ctypes.byref(error))
    try:
        if code != OK:
            message = ctypes.string_at(error).decode("utf-8", "replace") if error else ""
            raise JixiaoError(code, message or f"jixiao failed with code {code}")
        return ctypes.string_at(output, size.value) if output else b""
    finally:
        lib.jx_free(output)
        lib.jx_free(error)


@overload
def evaluate(evaluation: Union[Dict[str, Any], str]) -> Dict[str, Any]: ...
@overload
def evaluate(evaluation: bytes) -> bytes: ...


def evaluate(evaluation: Union[Dict[str, Any], str, bytes]) -> Union[Dict[str, Any], bytes]:
    """Scores and reviews one form.

    A dict or a JSON str (a jixiao.v1.Evaluation) gives a dict (the EvaluationResult, with proto
    field names and every field present). Bytes (a serialized jixiao.v1.Evaluation) give bytes
    (the serialized EvaluationResult). Findings about the form's own figures are in
    result["findings"]; a malformed form raises JixiaoError with code INVALID_ARGUMENT.
    """
    if isinstance(evaluation, (bytes, bytearray, memoryview)):
        data = bytes(evaluation)
        return _call(_library.load().jx_evaluate, data, len(data), _FORMAT_PROTO)
    if isinstance(evaluation, dict):
        text = json.dumps(evaluation, ensure_ascii=False)
    elif isinstance(evaluation, str):
        text = evaluation
    else:
        raise TypeError(f"evaluate() takes a dict, a JSON str or bytes, not "
                        f"{type(evaluation).__name__}")
    data = text.encode("utf-8")
    return json.loads(_call(_library.load().jx_evaluate, data, len(data), _FORMAT_JSON))


def evaluate_batch(evaluations: List[Union[Dict[str, Any], str]],
                   threads: int = 0) -> Dict[str, Any]:
    """Scores many forms at once on `threads` threads (0: all cores).

    `evaluations` is a list of forms (dicts or JSON strs). The result is a dict with "items" (one
    per form, in order: {"id", "index", "result"} or, for a form that cannot be evaluated,
    {"id", "index", "error": {"code", "message"}}) and "summary" (the portfolio: counts by grade,
    mean/min/max normalized total, findings by code, the budget, the same per authority).
    One bad form fails only its own item; a batch that is not a list raises TypeError.
    """
    if not isinstance(evaluations, (list, tuple)):
        raise TypeError(f"evaluate_batch() takes a list of forms, not {type(evaluations).__name__}")
    parts = []
    for form in evaluations:
        if isinstance(form, dict):
            parts.append(json.dumps(form, ensure_ascii=False))
        elif isinstance(form, str):
            parts.append(form)
        else:
            raise TypeError(f"evaluate_batch() takes dicts or JSON strs, not {type(form).__name__}")
    data = ('{"evaluations":[' + ",".join(parts) + "]}").encode("utf-8")
    return json.loads(_call(_library.load().jx_evaluate_batch, data, len(data), _FORMAT_JSON,
                            threads))


def parse_target(text: str) -> Dict[str, Any]:
    """A target as a form writes it ("≥300项", "15%及其以下", "100%-130%", "健全") as a
    jixiao.v1.Target dict: comparator, value, upper, unit and text (the wording as written).
    Text that is not a target ("≥", "1e5") raises JixiaoError with code INVALID_ARGUMENT."""
    if not isinstance(text, str):
        raise TypeError(f"parse_target() takes a str, not {type(text).__name__}")
    data = text.encode("utf-8")
    return json.loads(_call(_library.load().jx_parse_target, data, len(data), _FORMAT_JSON))


def import_csv(path: Union[str, "os.PathLike[str]"], scheme: str) -> Dict[str, Any]:
    """The self-evaluation form (附表1) in the CSV file at `path` (UTF-8 or GB18030, as
    spreadsheets export it) under the built-in `scheme`, as a jixiao.v1.Evaluation dict ready for
    evaluate(). Rows that cannot be read raise JixiaoError (INVALID_ARGUMENT) whose message lists
    every one with its line; a file that cannot be read raises OSError."""
    with open(path, "rb") as f:
        data = f.read()
    return json.loads(_call(_library.load().jx_import_csv, data, len(data),
                            scheme.encode("utf-8"), _FORMAT_JSON))


def import_table(path_or_bytes: Union[str, bytes, "os.PathLike[str]"], scheme: str,
                 sheet: Optional[str] = None) -> Dict[str, Any]:
    """The self-evaluation form in a spreadsheet: an .xlsx or .xls workbook (told by its first
    bytes), or a CSV as import_csv reads it, given as a path or as the file's bytes, under the
    built-in `scheme`. `sheet` names the sheet to read; None reads the first sheet with a header
    row. Returns a jixiao.v1.Evaluation dict ready for evaluate(). An unknown sheet, a file that is
    not a readable workbook or rows that cannot be read raise JixiaoError (INVALID_ARGUMENT; the
    message names the sheet and cell, or lists the rows); a path that cannot be read raises
    OSError."""
    if isinstance(path_or_bytes, (bytes, bytearray)):
        data = bytes(path_or_bytes)
    else:
        with open(path_or_bytes, "rb") as f:
            data = f.read()
    return json.loads(_call(_library.load().jx_import_table, data, len(data),
                            scheme.encode("utf-8"),
                            None if sheet is None else sheet.encode("utf-8"), _FORMAT_JSON))


def _json_bytes(message: Union[Dict[str, Any], str], function: str) -> bytes:
    if isinstance(message, dict):
        return json.dumps(message, ensure_ascii=False).encode("utf-8")
    if isinstance(message, str):
        return message.encode("utf-8")
    raise TypeError(f"{function}() takes a dict or a JSON str, not {type(message).__name__}")


def review_targets(target_set: Union[Dict[str, Any], str]) -> Dict[str, Any]:
    """Reviews performance target declarations (绩效目标表, TARGETS.md).

    `target_set` is a jixiao.v1.TargetSet dict (or JSON str): "declarations", their year-end
    "evaluations", optionally "budget" (a DepartmentBudget) and "profile" or "custom_profile".
    The result is the TargetSetReview dict: "reviews" (counts, quantified share, coverage and
    findings per declaration), "links" (declared against evaluated targets) and "findings"
    (across documents). A malformed set raises JixiaoError (INVALID_ARGUMENT) naming the field."""
    data = _json_bytes(target_set, "review_targets")
    return json.loads(_call(_library.load().jx_review_targets, data, len(data), _FORMAT_JSON))


def skeleton(declaration: Union[Dict[str, Any], str], scheme: str) -> Dict[str, Any]:
    """The year-end form (a jixiao.v1.Evaluation dict) of a TargetDeclaration under the built-in
    `scheme`, ready to fill with actuals and then evaluate(). A level1 the scheme does not know,
    or an unknown scheme, raises JixiaoError (INVALID_ARGUMENT) naming it."""
    if not isinstance(scheme, str):
        raise TypeError(f"skeleton() takes the scheme's name as a str, not {type(scheme).__name__}")
    data = _json_bytes(declaration, "skeleton")
    return json.loads(_call(_library.load().jx_skeleton, data, len(data), _FORMAT_JSON,
                            scheme.encode("utf-8")))


def schemes() -> List[Dict[str, Any]]:
    """The built-in scoring schemes (jixiao.v1.Scheme as dicts), to start a custom_scheme from."""
    return json.loads(_call(_library.load().jx_list_schemes, _FORMAT_JSON))["schemes"]


def version() -> str:
    """The version of the loaded libjixiao, "MAJOR.MINOR.PATCH"."""
    return _library.load().jx_version_string().decode("ascii")
