#!/usr/bin/env bash
# Regenerates the EMF model code and fails when it differs from what is committed: the generated
# code in bundles/org.wasmpart.model/src-gen must always be what model/wasmpart.genmodel produces.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/regenerate-model.sh >/dev/null
if ! git diff --quiet -- bundles/org.wasmpart.model || [ -n "$(git ls-files --others --exclude-standard bundles/org.wasmpart.model)" ]; then
  echo "wasmpart: the generated model code is out of date with model/wasmpart.ecore; run scripts/regenerate-model.sh and commit:" >&2
  git status --short -- bundles/org.wasmpart.model >&2
  exit 1
fi
echo "model code matches model/wasmpart.genmodel"
