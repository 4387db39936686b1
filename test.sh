#!/usr/bin/env bash
# The whole test suite: model drift check, plain-JVM tests, OSGi tests and workbench UI tests
# (under Xvfb), then the p2 repository and the product. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/prepare.sh
wasmpart_need_packages xvfb xauth libgtk-3-0 xfonts-base

scripts/check-model-drift.sh

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -ntp clean verify "$@" || status=$?
if [ $status -ne 0 ]; then
  for log in tests/*/target/work/data/.metadata/.log; do
    if [ -f "$log" ]; then
      echo "===== $log ====="
      cat "$log"
    fi
  done
fi
exit $status
