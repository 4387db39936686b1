#!/usr/bin/env bash
# Builds the wasmpart command line and prints the info of a bundled example design.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/prepare.sh
./mvnw -B -q -ntp clean package -DskipTests -pl releng/org.wasmpart.cli.app -am
./wasmpart info examples/stm32f4-sensor-hub.wasmpart
