"""The Python package jixiao over libjixiao: every form, errors with codes, bytes, schemes.

Run by ctest with JIXIAO_LIBRARY (the built libjixiao.so), PYTHONPATH (bindings/python) and
JIXIAO_TEST_FIXTURES (the binary fixtures made at build time).
"""

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import jixiao

REPO = pathlib.Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
EXAMPLES = REPO / "examples"
FIXTURES = pathlib.Path(os.environ.get("JIXIAO_TEST_FIXTURES", "/nonexistent"))

# Every form shipped with the repository and its total and grade (examples/README.md).
EXPECTED = {
    EXAMPLES / "zz-2021-data-governance.json": ("98.66", "优秀", []),
    EXAMPLES / "zz-2021-geodata.json": ("99.37", "优秀", ["EXECUTION_RATE_MISMATCH"]),
    EXAMPLES / "henan-2021-department.json":
        ("96.62", "优", ["SCORE_MISMATCH", "SUBTOTAL_MISMATCH", "TOTAL_MISMATCH"]),
    EXAMPLES / "mof-2020-project.json": ("96.03", "优", []),
    DATA / "zz-2021-data-governance.json": ("98.66", "优秀", []),
    DATA / "zz-2021-geodata.json": ("99.37", "优秀", ["EXECUTION_RATE_MISMATCH"]),
}


def load(path: pathlib.Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def with_defaults_removed(value):
    """The JSON as an expected file writes it: fields with default values left out."""
    if isinstance(value, dict):
        kept = {k: with_defaults_removed(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in ("", 0, False, [], {}, None)}
    if isinstance(value, list):
        return [with_defaults_removed(v) for v in value]
    return value


class EvaluateTest(unittest.TestCase):
    def test_every_form_from_a_dict(self):
        for path, (total, grade, findings) in EXPECTED.items():
            with self.subTest(form=str(path.relative_to(REPO))):
                result = jixiao.evaluate(load(path))
                self.assertEqual(result["total"], total)
                self.assertEqual(result["grade"], grade)
                self.assertEqual([f["code"] for f in result["findings"]], findings)

    def test_the_whole_result_is_the_expected_one(self):
        for name in ("zz-2021-data-governance", "zz-2021-geodata"):
            with self.subTest(form=name):
                result = jixiao.evaluate(load(DATA / f"{name}.json"))
                expected = load(DATA / "expected" / f"{name}.json")
                self.assertEqual(with_defaults_removed(result), with_defaults_removed(expected))

    def test_a_json_str_gives_a_dict(self):
        text = (DATA / "zz-2021-geodata.json").read_text(encoding="utf-8")
        result = jixiao.evaluate(text)
        self.assertIsInstance(result, dict)
        self.assertEqual(result["total"], "99.37")

    def test_default_values_are_printed(self):
        result = jixiao.evaluate(load(DATA / "zz-2021-data-governance.json"))
        self.assertIn("achieved", result["indicators"][0])
        self.assertEqual(result["review_total"], "")

    def test_mof_review(self):
        result = jixiao.evaluate(load(EXAMPLES / "mof-2020-project.json"))
        self.assertEqual((result["review_total"], result["review_grade"]), ("95.88", "优"))


class BytesTest(unittest.TestCase):
    def setUp(self):
        if not FIXTURES.is_dir():
            self.skipTest("JIXIAO_TEST_FIXTURES is not set to the build's tests/fixtures")

    def test_bytes_in_bytes_out_equal_the_expected_result(self):
        for name in ("zz-2021-data-governance", "zz-2021-geodata"):
            with self.subTest(form=name):
                form = (FIXTURES / "data" / f"{name}.pb").read_bytes()
                result = jixiao.evaluate(form)
                self.assertIsInstance(result, bytes)
                self.assertEqual(result, (FIXTURES / "data" / "expected" / f"{name}.pb").read_bytes())

    def test_bytearray_and_memoryview_are_bytes(self):
        form = (FIXTURES / "data" / "zz-2021-geodata.pb").read_bytes()
        self.assertEqual(jixiao.evaluate(bytearray(form)), jixiao.evaluate(form))
        self.assertEqual(jixiao.evaluate(memoryview(form)), jixiao.evaluate(form))

    def test_binary_output_holds_the_result(self):
        form = (FIXTURES / "data" / "zz-2021-data-governance.pb").read_bytes()
        result = jixiao.evaluate(form)
        self.assertIn("全市政务数据治理经费".encode("utf-8"), result)
        self.assertIn(b"98.66", result)


class ErrorTest(unittest.TestCase):
    def assertFails(self, form, code, *words):
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.evaluate(form)
        self.assertEqual(caught.exception.code, code)
        for word in words:
            self.assertIn(word, caught.exception.message)
        return caught.exception

    def test_malformed_json(self):
        self.assertFails('{"id": "x", "indicators": [', jixiao.INVALID_ARGUMENT, "JSON")

    def test_unknown_field_is_named(self):
        self.assertFails({"id": "x", "bogus_field": 1}, jixiao.INVALID_ARGUMENT, "bogus_field")

    def test_truncated_binary(self):
        form = (DATA / "zz-2021-geodata.pb").read_bytes()
        self.assertFails(form[: len(form) // 2], jixiao.INVALID_ARGUMENT,
                         "not a valid serialized jixiao.v1.Evaluation")

    def test_bad_indicator_names_the_indicator_and_field(self):
        form = load(DATA / "zz-2021-geodata.json")
        form["indicators"][2]["weight"] = "abc"
        error = self.assertFails(form, jixiao.INVALID_ARGUMENT, form["indicators"][2]["id"],
                                 "weight")
        self.assertIn("code 3", str(error))

    def test_wrong_python_type(self):
        with self.assertRaises(TypeError):
            jixiao.evaluate(42)  # type: ignore[arg-type]

    def test_a_library_that_cannot_be_loaded_is_named(self):
        env = dict(os.environ, JIXIAO_LIBRARY="/nonexistent/libjixiao.so.0")
        run = subprocess.run([sys.executable, "-c", "import jixiao; jixiao.version()"],
                             env=env, capture_output=True, text=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("JIXIAO_LIBRARY=/nonexistent/libjixiao.so.0", run.stderr)


class EvaluateBatchTest(unittest.TestCase):
    def test_items_in_order_with_the_summary(self):
        forms = [load(path) for path in EXPECTED]
        forms.insert(2, {"id": "bad", "scheme": "nope"})
        batch = jixiao.evaluate_batch(forms, threads=2)
        items = batch["items"]
        self.assertEqual(len(items), len(forms))
        self.assertEqual(items[2]["error"]["code"], jixiao.INVALID_ARGUMENT)
        self.assertIn("unknown scheme", items[2]["error"]["message"])
        for item, path in zip(items[:2] + items[3:], list(EXPECTED)):
            self.assertEqual(item["result"]["total"], EXPECTED[path][0])
        summary = batch["summary"]
        self.assertEqual(summary["count"], str(len(forms)))  # int64 is a JSON string
        self.assertEqual(summary["failed"], "1")
        self.assertEqual(summary["by_grade"], {"优秀": "4", "优": "2"})

    def test_same_output_for_any_thread_count(self):
        forms = [load(path) for path in EXPECTED] * 5
        self.assertEqual(jixiao.evaluate_batch(forms, threads=1),
                         jixiao.evaluate_batch(forms, threads=2))

    def test_strs_and_an_empty_batch(self):
        text = (EXAMPLES / "zz-2021-geodata.json").read_text(encoding="utf-8")
        self.assertEqual(jixiao.evaluate_batch([text])["items"][0]["result"]["total"], "99.37")
        self.assertEqual(jixiao.evaluate_batch([])["summary"]["count"], "0")

    def test_bad_arguments(self):
        with self.assertRaises(TypeError):
            jixiao.evaluate_batch({"evaluations": []})
        with self.assertRaises(TypeError):
            jixiao.evaluate_batch([1])
        with self.assertRaises(jixiao.JixiaoError) as raised:
            jixiao.evaluate_batch([], threads=-2)
        self.assertEqual(raised.exception.code, jixiao.INVALID_ARGUMENT)
        with self.assertRaises(jixiao.JixiaoError) as raised:
            jixiao.evaluate_batch(["{not json"])
        self.assertEqual(raised.exception.code, jixiao.INVALID_ARGUMENT)


class SchemesAndVersionTest(unittest.TestCase):
    def test_schemes(self):
        schemes = jixiao.schemes()
        names = [s["name"] for s in schemes]
        self.assertIn("zhengzhou-2021-project", names)
        self.assertIn("mof-2020-project", names)
        self.assertTrue(all(s["categories"] for s in schemes))

    def test_version(self):
        self.assertEqual(jixiao.version(), "0.1.0")

    def test_the_package_version_is_the_header_version(self):
        header = (REPO / "include" / "jixiao" / "version.h").read_text()
        parts = [re.search(rf"#define JIXIAO_VERSION_{p} (\d+)", header).group(1)
                 for p in ("MAJOR", "MINOR", "PATCH")]
        pyproject = (REPO / "bindings" / "python" / "pyproject.toml").read_text(encoding="utf-8")
        self.assertIn(f'version = "{".".join(parts)}"', pyproject)
        self.assertEqual(jixiao.version(), ".".join(parts))


class LibrarySearchTest(unittest.TestCase):
    """The package loads libjixiao from beside itself, then $JIXIAO_LIBRARY, then the system;
    never from a build/ directory above it or above the working directory."""

    def setUp(self):
        self.root = pathlib.Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.root)
        self.python_path = self.root / "bindings" / "python"
        shutil.copytree(REPO / "bindings" / "python" / "jixiao", self.python_path / "jixiao",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so*"))
        self.cwd = self.root / "work"
        self.cwd.mkdir()

    def run_python(self, script, **env):
        environ = {k: v for k, v in os.environ.items()
                   if k not in ("JIXIAO_LIBRARY", "LD_LIBRARY_PATH")}
        environ.update(env, PYTHONPATH=str(self.python_path))
        return subprocess.run([sys.executable, "-c", script], env=environ, cwd=self.cwd,
                              capture_output=True, text=True)

    def library(self):
        built = os.environ.get("JIXIAO_LIBRARY")
        if not built:
            self.skipTest("JIXIAO_LIBRARY (the library just built) is not set")
        return built

    def test_a_build_directory_in_a_parent_is_not_loaded(self):
        (self.root / "build").mkdir()  # a parent of both the package and the working directory
        shutil.copy(self.library(), self.root / "build" / "libjixiao.so.0")
        script = ("import jixiao._library as l\n"
                  "print([path for path, _ in l.candidates()])\n"
                  "try:\n    print(l.load()._name)\nexcept OSError as e:\n    print(e)")
        run = self.run_python(script)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotIn(str(self.root / "build"), run.stdout)

    def test_nothing_found_names_the_three_places_looked(self):
        script = ("import ctypes.util\nctypes.util.find_library = lambda name: None\n"
                  "import jixiao\njixiao.version()")
        run = self.run_python(script)
        if run.returncode == 0:
            self.skipTest("a libjixiao.so.0 is installed on this system")
        self.assertIn("libjixiao not found; looked in three places", run.stderr)
        self.assertIn(f"1. beside the package: {self.python_path / 'jixiao'}", run.stderr)
        self.assertIn("2. the JIXIAO_LIBRARY environment variable: not set", run.stderr)
        self.assertIn("3. the system: ctypes.util.find_library('jixiao'), then libjixiao.so.0",
                      run.stderr)

    def test_beside_the_package_comes_before_jixiao_library(self):
        beside = self.python_path / "jixiao" / "libjixiao.so.0"
        shutil.copy(self.library(), beside)
        run = self.run_python("import jixiao, jixiao._library as l\n"
                              "print(jixiao.version(), l.load()._name)",
                              JIXIAO_LIBRARY="/nonexistent/libjixiao.so.0")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.split(), ["0.1.0", str(beside)])

    def test_jixiao_library_is_loaded_when_nothing_is_beside_the_package(self):
        run = self.run_python("import jixiao, jixiao._library as l\n"
                              "print(jixiao.version(), l.load()._name)",
                              JIXIAO_LIBRARY=self.library())
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.split(), ["0.1.0", self.library()])


class FormsAsWrittenTest(unittest.TestCase):
    def test_parse_target(self):
        self.assertEqual(jixiao.parse_target("15%及其以下"),
                         {"comparator": "AT_MOST", "value": "15", "upper": "", "unit": "%",
                          "text": "15%及其以下"})
        self.assertEqual(jixiao.parse_target("１００％～１３０％")["upper"], "130")
        self.assertEqual(jixiao.parse_target("健全")["comparator"], "QUALITATIVE")
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.parse_target("≥")
        self.assertEqual(caught.exception.code, jixiao.INVALID_ARGUMENT)
        self.assertIn("a comparator must be followed by a number", caught.exception.message)
        with self.assertRaises(TypeError):
            jixiao.parse_target(b"300")  # type: ignore[arg-type]

    def test_import_csv_then_evaluate(self):
        for name in ("zz-2021-geodata.gb18030.csv", "zz-2021-geodata.csv"):
            with self.subTest(form=name):
                form = jixiao.import_csv(EXAMPLES / name, "zhengzhou-2021-project")
                self.assertEqual(form["name"], "基础地理信息数据年度更新维护经费")
                result = jixiao.evaluate(form)
                self.assertEqual((result["total"], result["grade"]), ("99.37", "优秀"))

    def test_a_total_written_twice_reaches_the_review(self):
        # Issue 12: the imported form keeps both figures, so jx_evaluate reports the second.
        csv = (EXAMPLES / "zz-2021-geodata.csv").read_text(encoding="utf-8").replace(
            "总分,,,100,,,99.37,,", "总分,,,100,,,88.00,,\r\n合计,,,100,,,99.37,,")
        with tempfile.TemporaryDirectory() as work:
            path = pathlib.Path(work) / "twice.csv"
            path.write_text(csv, encoding="utf-8")
            form = jixiao.import_csv(path, "zhengzhou-2021-project")
        self.assertEqual(form["reported"]["total"], "88.00")
        self.assertEqual(form["reported"]["again"],
                         [{"category": "", "total": "99.37", "grade": "", "source": "line 29"}])
        codes = [f["code"] for f in jixiao.evaluate(form)["findings"]]
        self.assertEqual(codes, ["TOTAL_MISMATCH", "DUPLICATE_REPORTED"])

    def test_import_csv_errors(self):
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.import_csv(EXAMPLES / "zz-2021-geodata.csv", "nowhere")
        self.assertEqual(caught.exception.code, jixiao.INVALID_ARGUMENT)
        self.assertIn("nowhere", caught.exception.message)
        with self.assertRaises(OSError):
            jixiao.import_csv(EXAMPLES / "no-such-form.csv", "zhengzhou-2021-project")

    def test_import_table_reads_workbooks_by_path_or_bytes(self):
        xlsx = EXAMPLES / "zz-2021-geodata.xlsx"
        xls = EXAMPLES.parent / "tests" / "data" / "zz-2021-geodata.xls"
        for source in (xlsx, xls, str(xlsx), xlsx.read_bytes(), EXAMPLES / "zz-2021-geodata.csv"):
            with self.subTest(source=str(source)[:60]):
                form = jixiao.import_table(source, "zhengzhou-2021-project")
                self.assertEqual(len(form["indicators"]), 18)
                result = jixiao.evaluate(form)
                self.assertEqual((result["total"], result["grade"]), ("99.37", "优秀"))
        form = jixiao.import_table(xlsx, "zhengzhou-2021-project", sheet="自评表")
        self.assertEqual(form["indicators"][0]["id"], "r3")

    def test_import_table_errors(self):
        xlsx = EXAMPLES / "zz-2021-geodata.xlsx"
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.import_table(xlsx, "zhengzhou-2021-project", sheet="附表1")
        self.assertEqual(caught.exception.code, jixiao.INVALID_ARGUMENT)
        self.assertIn("its sheets: 自评表, 复核发现", caught.exception.message)
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.import_table(xlsx.read_bytes()[:500], "zhengzhou-2021-project")
        self.assertIn("not a readable xlsx file", caught.exception.message)
        with self.assertRaises(OSError):
            jixiao.import_table(EXAMPLES / "no-such-form.xlsx", "zhengzhou-2021-project")


class TargetsTest(unittest.TestCase):
    """TARGETS.md through the C ABI: the fixture set, a skeleton scored, errors naming fields."""

    def test_review_targets_fixture_set(self):
        review = jixiao.review_targets(load(DATA / "targets" / "fixture-set.input.json"))
        expected = load(DATA / "targets" / "fixture-set.expected.json")
        self.assertEqual([r["quantified_share"] for r in review["reviews"]], ["38.89", "33.33"])
        for got, want in zip(review["reviews"], expected["reviews"]):
            self.assertEqual([(f["code"], f["indicator_id"]) for f in got["findings"]],
                             [(f["code"], f["indicator_id"]) for f in want["findings"]])
        self.assertEqual([(f["code"], f["indicator_id"]) for f in review["links"][0]["findings"]],
                         [("TARGET_CHANGED", "t11")])
        self.assertEqual(review["findings"], [])

    def test_review_targets_names_a_malformed_amount(self):
        declaration = load(DATA / "targets" / "zz-2021-geodata.json")
        declaration["amounts"]["current_year"] = "377万"
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.review_targets({"declarations": [declaration]})
        self.assertEqual(caught.exception.code, jixiao.INVALID_ARGUMENT)
        self.assertIn("amounts.current_year", caught.exception.message)

    def test_skeleton_filled_from_the_year_end_form_scores_its_total(self):
        form = load(DATA / "zz-2021-geodata.json")
        skeleton = jixiao.skeleton(load(DATA / "targets" / "zz-2021-geodata.json"), form["scheme"])
        self.assertEqual(skeleton["budget"]["total"]["initial"], "3770000.00")
        by_name = {i["name"]: i for i in form["indicators"]}
        for indicator in skeleton["indicators"]:
            indicator["actual"] = by_name[indicator["name"]]["actual"]
            if "rule" in by_name[indicator["name"]]:
                indicator["rule"] = by_name[indicator["name"]]["rule"]
        for stage in ("invested", "received", "spent"):
            skeleton["budget"]["total"][stage] = form["budget"]["total"][stage]
        self.assertEqual(jixiao.evaluate(skeleton)["total"], form["reported"]["total"])

    def test_skeleton_errors(self):
        declaration = load(DATA / "targets" / "zz-2021-geodata.json")
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.skeleton(declaration, "mof-2020-project")
        self.assertIn("投入与目标管理", caught.exception.message)
        with self.assertRaises(TypeError):
            jixiao.skeleton(declaration, None)


if __name__ == "__main__":
    unittest.main()
