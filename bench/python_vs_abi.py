"""jixiao's JSON batch through the C ABI against the plain Python baseline, on the same forms.

usage: python3 bench/python_vs_abi.py BUILD_DIR [N]   (N generated forms, default 2000)

Both must agree on every form's total and grade; prints the time of each and the ratio.
The Python side is bench/python_baseline.py; jixiao's side is jixiao.evaluate_batch (dicts are
dumped to JSON, scored by jx_evaluate_batch on 2 threads, and the result loaded back).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bindings", "python"))
sys.path.insert(0, HERE)

import python_baseline  # noqa: E402


def main():
    build = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    os.environ.setdefault("JIXIAO_LIBRARY", os.path.join(build, "libjixiao.so"))
    import jixiao  # noqa: E402

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "forms.json")
        subprocess.run([os.path.join(build, "bench", "generate_forms"), str(n), path], check=True)
        with open(path, encoding="utf-8") as f:
            forms = json.load(f)["evaluations"]

    start = time.perf_counter()
    expected = []
    for form in forms:
        try:
            expected.append(python_baseline.evaluate(form))
        except (ValueError, KeyError):
            expected.append(None)
    python_seconds = time.perf_counter() - start

    def best_of_3(call):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            value = call()
            seconds = time.perf_counter() - start
            best = seconds if best is None else min(best, seconds)
        return best, value

    # From Python dicts to dicts: includes Python's own json.dumps and json.loads.
    best, batch = best_of_3(lambda: jixiao.evaluate_batch(forms, threads=2))
    # The C ABI alone, as a budget platform calls it: JSON bytes in, JSON bytes out.
    data = ('{"evaluations":[' + ",".join(json.dumps(f, ensure_ascii=False) for f in forms) +
            "]}").encode("utf-8")
    lib = jixiao._library.load()
    abi, _ = best_of_3(lambda: jixiao._call(lib.jx_evaluate_batch, data, len(data), 1, 2))

    disagreements = 0
    for form, want, item in zip(forms, expected, batch["items"]):
        got = item.get("result")
        if want is None:
            disagreements += got is not None
            continue
        if got is None or any(got[k] != want[k] for k in want):
            disagreements += 1
            if disagreements <= 5:
                print("disagree:", form["id"], want, got and {k: got[k] for k in want}, item.get("error"))
    print(f"{n} forms, {len(data) / n / 1024:.1f} KiB of JSON each; {disagreements} disagreements")
    print(f"  python baseline (fractions)          {python_seconds / n * 1e6:8.1f} us/form")
    print(f"  jx_evaluate_batch, JSON, 2 threads   {abi / n * 1e6:8.1f} us/form  "
          f"ratio {python_seconds / abi:.1f}x")
    print(f"  jixiao.evaluate_batch (dicts, incl. Python's json) {best / n * 1e6:8.1f} us/form  "
          f"ratio {python_seconds / best:.1f}x")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
