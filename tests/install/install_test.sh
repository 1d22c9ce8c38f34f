#!/usr/bin/env bash
# install_test.sh BUILD_DIR WORK_DIR FORM TOTAL: cmake --install into WORK_DIR/prefix, then build
# tests/install/consumer.c against it with find_package(jixiao) and with pkg-config; both must
# print the form's TOTAL.
set -euo pipefail
build=$1 work=$2 form=$3 total=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in include/jixiao/jixiao.h include/jixiao/export.h include/jixiao/version.h \
         include/jixiao/evaluate.h include/jixiao/finding_codes.h \
         include/jixiao/v1/result.pb.h bin/jixiao \
         share/jixiao/proto/jixiao/v1/evaluation.proto; do
  [ -e "$work/prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
pc=$(find "$work/prefix" -name jixiao.pc)
libdir=$(dirname "$(dirname "$pc")")
[ -L "$libdir/libjixiao.so.0" ] || { echo "not installed: libjixiao.so.0"; exit 1; }

echo "== find_package(jixiao)"
cmake -S "$here" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cmake" >/dev/null
"$work/cmake/consumer" "$form" | tee "$work/out" && grep -q "\"total\":\"$total\"" "$work/out"

echo "== pkg-config jixiao"
export PKG_CONFIG_PATH=$(dirname "$pc")
[ "$(pkg-config --modversion jixiao)" = "0.1.0" ]
cc -std=c99 -pedantic -Wall -Wextra -Werror $(pkg-config --cflags jixiao) "$here/consumer.c" \
  $(pkg-config --libs jixiao) -o "$work/consumer-pkg-config"
LD_LIBRARY_PATH=$(pkg-config --variable=libdir jixiao) "$work/consumer-pkg-config" "$form" |
  tee "$work/out" && grep -q "\"total\":\"$total\"" "$work/out"
