#!/usr/bin/env bash
# pip_install_test.sh PYTHON bindings/python LIBJIXIAO: `pip install` works offline, and the
# installed package finds the library through JIXIAO_LIBRARY, beside itself, and the system.
set -euo pipefail
python=$1 source=$2 library=$3
# The build's python may be one without wheel (pyenv); Debian's has it once scripts/deps ran.
for candidate in "$python" /usr/bin/python3; do
  if "$candidate" -c "import setuptools, wheel, pip" 2>/dev/null; then
    python=$candidate
    break
  fi
  candidate=""
done
if [ -z "$candidate" ]; then
  echo "skipped: no python3 with pip, setuptools and wheel (Debian: python3-pip python3-setuptools python3-wheel)"
  exit 77
fi
work=$(mktemp -d)  # outside the checkout
trap 'rm -rf "$work"' EXIT
cp -r "$source" "$work/src"  # pip builds in the source tree; keep the checkout clean
"$python" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-build-isolation --no-deps \
  --no-index --target "$work/site" "$work/src"

check='import jixiao, jixiao._library as l, sys
assert jixiao.__file__.startswith(sys.argv[1]), jixiao.__file__
assert jixiao.version() == "0.1.0"
assert "zhengzhou-2021-project" in [s["name"] for s in jixiao.schemes()]
print(jixiao.version(), l.load()._name)'
cd "$work"
env -u LD_LIBRARY_PATH JIXIAO_LIBRARY="$library" PYTHONPATH="$work/site" "$python" -c "$check" "$work/site"
env -u JIXIAO_LIBRARY LD_LIBRARY_PATH="$(dirname "$library")" PYTHONPATH="$work/site" \
  "$python" -c "$check" "$work/site"
cp "$library" "$work/site/jixiao/libjixiao.so.0"
env -u JIXIAO_LIBRARY -u LD_LIBRARY_PATH PYTHONPATH="$work/site" "$python" -c "$check" "$work/site" |
  grep -q "$work/site/jixiao/libjixiao.so.0"
echo "pip install: the package finds libjixiao through JIXIAO_LIBRARY, the system and beside itself"
