#!/usr/bin/env bash
# Builds the wasmpart command line and runs its main job on a bundled example: lay out, validate
# and generate the runtime configuration and build settings of examples/esp32c3-pmp-shared-heap,
# printing a summary; the files land in generated/esp32c3-pmp-shared-heap/.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/prepare.sh
./mvnw -B -q -ntp clean package -DskipTests -pl releng/org.wasmpart.cli.app -am
./wasmpart generate examples/esp32c3-pmp-shared-heap.wasmpart -o generated/esp32c3-pmp-shared-heap --force
