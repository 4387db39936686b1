#!/usr/bin/env bash
# The whole test suite: model drift check, plain-JVM tests, OSGi tests and workbench UI tests
# (under Xvfb), the p2 repository and the product, which is then started once; then the generated C
# of every golden output is compiled with the Arm and RISC-V cross compilers. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/prepare.sh
wasmpart_need_packages xvfb xauth libgtk-3-0 xfonts-base x11-utils

scripts/check-model-drift.sh

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -ntp clean verify "$@" || status=$?
if [ $status -eq 0 ] && [ $# -eq 0 ]; then
  xvfb-run -a -s "-screen 0 1280x1024x24" scripts/smoke-product.sh || status=$?
fi
if [ $status -eq 0 ] && [ $# -eq 0 ]; then
  scripts/compile-generated.sh || status=$?
fi
if [ $status -ne 0 ]; then
  for log in tests/*/target/work/data/.metadata/.log; do
    if [ -f "$log" ]; then
      echo "===== $log ====="
      cat "$log"
    fi
  done
fi
exit $status
