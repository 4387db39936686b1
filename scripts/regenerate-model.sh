#!/usr/bin/env bash
# Regenerates bundles/org.wasmpart.model/src-gen and the item providers of bundles/org.wasmpart.edit
# from model/wasmpart.genmodel (plain Java, no Eclipse). Item providers are merged: methods marked
# @generated NOT keep their hand edits.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prepare.sh
./mvnw -B -q -ntp -f releng/org.wasmpart.codegen/pom.xml compile exec:java
