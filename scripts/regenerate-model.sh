#!/usr/bin/env bash
# Regenerates bundles/org.wasmpart.model/src-gen from model/wasmpart.genmodel (plain Java, no Eclipse).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prepare.sh
./mvnw -B -q -ntp -f releng/org.wasmpart.codegen/pom.xml compile exec:java
