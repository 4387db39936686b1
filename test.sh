#!/usr/bin/env bash
# The whole test suite: model drift check, plain-JVM tests, OSGi tests and workbench UI tests
# (under Xvfb), the p2 repository and the product, which is then started and checked (its first
# start, the design editor, a screenshot: scripts/test-product.sh); the repository's install into a
# stock Eclipse Platform + EMF, which is then started once; then the proofs with
# real toolchains and emulators (generated C and fragments, reference-types flags, MPU/PMP tables
# under QEMU). Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/prepare.sh
wasmpart_need_packages xvfb xauth libgtk-3-0 xfonts-base x11-utils

scripts/check-model-drift.sh

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -ntp clean verify "$@" || status=$?
if [ $status -eq 0 ] && [ $# -eq 0 ]; then
  xvfb-run -a -s "-screen 0 1280x1024x24" scripts/test-product.sh || status=$?
fi
# the build installed the update site into a stock Platform + EMF (releng/org.wasmpart.installtest)
if [ $status -eq 0 ] && [ $# -eq 0 ]; then
  xvfb-run -a -s "-screen 0 1280x1024x24" scripts/check-site-install.sh || status=$?
fi
# proofs with real tools: the generated C, linker and build fragments; the reference-types flags
# with clang-19 and wabt; the generated MPU/PMP tables on QEMU's Cortex-M and RISC-V models
for proof in scripts/compile-generated.sh scripts/prove-reference-types.sh scripts/qemu-proof.sh; do
  if [ $status -eq 0 ] && [ $# -eq 0 ]; then
    "$proof" || status=$?
  fi
done
if [ $status -ne 0 ]; then
  for log in tests/*/target/work/data/.metadata/.log; do
    if [ -f "$log" ]; then
      echo "===== $log ====="
      cat "$log"
    fi
  done
fi
exit $status
